// [[species]]: diffusion, sorption, decay, parents, initial concentrations and limits; also the sorption
// and decay tables that zones use to change a species' reaction.
#include <algorithm>

#include "models/read_sections.hpp"
#include "models/read_values.hpp"
#include "models/standards.hpp"

namespace gwp::model {

bool is_species_name(std::string_view name) {
  if (name.empty()) return false;
  for (std::size_t i = 0; i < name.size();) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c < 0x80) {
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
        return false;
      ++i;
      continue;
    }
    // A character beyond ASCII; toml++ has checked the encoding, but names come from --set too.
    const std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    if (n == 0 || i + n > name.size()) return false;
    char32_t code = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < n; ++k) {
      const auto b = static_cast<unsigned char>(name[i + k]);
      if ((b & 0xC0) != 0x80) return false;
      code = (code << 6) | (b & 0x3F);
    }
    // Control characters and spaces of any script: C1 controls and no-break space, the spaces,
    // zero-width characters and separators of General Punctuation, the ideographic space, the
    // byte-order mark.
    if (code <= 0xA0 || (code >= 0x2000 && code <= 0x200F) || (code >= 0x2028 && code <= 0x202F) ||
        code == 0x205F || code == 0x3000 || code == 0xFEFF)
      return false;
    i += n;
  }
  return true;
}

std::optional<Sorption> read_sorption(const Field& f) {
  auto s = f.section();
  if (!s) return std::nullopt;
  using M = Sorption::Model;
  Sorption out;
  // Linear unless said otherwise: the common case for Kd values.
  const M model = s->get("model")
                      .choice<M>({{"none", M::none}, {"linear", M::linear}, {"freundlich", M::freundlich},
                                  {"langmuir", M::langmuir}})
                      .value_or(M::linear);
  out.model = model;
  const char* model_name = model == M::none         ? "sorption model 'none'"
                           : model == M::linear     ? "sorption model 'linear'"
                           : model == M::freundlich ? "sorption model 'freundlich'"
                                                    : "sorption model 'langmuir'";
  const bool uses_kd = model == M::linear || model == M::freundlich;
  const bool uses_exponent = model == M::freundlich;
  const bool uses_langmuir = model == M::langmuir;

  if (uses_kd) out.kd = s->quantity("kd", Dimension::partition, Range::non_negative(), true).value_or(0.0);
  else s->not_applicable("kd", model_name);
  if (uses_exponent) out.exponent = s->quantity("exponent", Dimension::dimensionless, Range::positive(), true).value_or(1.0);
  else s->not_applicable("exponent", model_name);
  if (uses_langmuir) {
    out.langmuir_k = s->quantity("langmuir_k", Dimension::inverse_concentration, Range::non_negative(), true).value_or(0.0);
    out.capacity = s->quantity("capacity", Dimension::mass_fraction, Range::non_negative(), true).value_or(0.0);
  } else {
    s->not_applicable("langmuir_k", model_name);
    s->not_applicable("capacity", model_name);
  }
  return out;
}

std::optional<Decay> read_decay(const Field& f) {
  auto s = f.section();
  if (!s) return std::nullopt;
  using P = Decay::Phase;
  Decay out;
  const bool first_order_given = s->has("half_life") || s->has("rate");
  if (auto k = read_first_order(*s, false)) out.rate = *k;
  if (auto p = s->get("phase").choice<P>({{"dissolved", P::dissolved}, {"sorbed", P::sorbed}, {"both", P::both}}))
    out.phase = *p;
  const Field zero = s->get("zero_order");
  if (auto z = zero.quantity(Dimension::concentration_rate)) out.zero_order = *z;
  if (!first_order_given && !zero) {
    f.error("empty decay (expected half_life, rate or zero_order)");
    return std::nullopt;
  }
  return out;
}

namespace {

void read_initial(const Field& f, Species& sp) {
  if (!f) return;
  if (f.is_array()) {
    // Parts applied in order over zero: later parts overwrite earlier ones where they overlap.
    const auto items = f.elements();
    for (const Field& item : *items) {
      auto part = item.section();
      if (!part) continue;
      Species::InitialPart p;
      p.where = read_selection(*part, SelectionKeys::all_kinds());
      p.value = part->quantity("value", Dimension::concentration, Range::non_negative(), true).value_or(0.0);
      sp.initial_parts.push_back(std::move(p));
    }
    return;
  }
  if (f.is_table()) {
    auto from = f.section();
    const Field from_key = from->require("from");
    if (auto path = from_key.string()) {
      sp.initial_from = *path;
      sp.initial_from_where = from_key.where();
    }
    if (auto t = from->quantity("time", Dimension::time, Range::non_negative(), true)) sp.initial_from_time = *t;
    return;
  }
  if (auto v = f.quantity(Dimension::concentration, Range::non_negative())) sp.initial = *v;
}

// parent = { species = "a", yield = 1.0, phase = "both" } or a list of such tables. The names
// are checked by check_chains once every species is declared.
std::vector<ParentLink> read_parents(const Field& f) {
  std::vector<ParentLink> out;
  if (!f) return out;
  std::vector<Field> items;
  if (f.is_array()) {
    if (auto e = f.elements()) items = *e;
  } else {
    items.push_back(f);
  }
  for (const Field& item : items) {
    auto s = item.section();
    if (!s) continue;
    ParentLink link;
    const Field species = s->require("species");
    link.location = species ? species.where() : s->where_missing("species");
    if (auto name = species.string()) link.species = *name;
    if (auto y = s->quantity("yield", Dimension::dimensionless, Range::positive(), true)) link.yield = *y;
    using P = Decay::Phase;
    if (auto p = s->get("phase").choice<P>({{"dissolved", P::dissolved}, {"sorbed", P::sorbed}, {"both", P::both}}))
      link.phase = *p;
    if (!link.species.empty()) out.push_back(std::move(link));
  }
  return out;
}

}  // namespace

void read_species(Section& root, Case& c) {
  std::vector<std::pair<std::string, Location>> names;
  for (Section& s : root.tables("species")) {
    Species sp;
    sp.location = s.where();
    const Field name = s.get("name");
    sp.name = read_entry_name(s, names);
    // Species names become keys of concentration tables, group names of the result file and
    // parts of file names: no spaces, dots, slashes or quotes.
    if (!sp.name.empty() && !is_species_name(sp.name)) {
      name.error("not a valid species name (found " + name.text() +
                 ", expected letters (any script), digits, '_' and '-' only, as in \"ammonia_n\" or \"氨氮\")");
      sp.name.clear();
    }
    auto& declared = root.reader().species;
    if (!sp.name.empty() && std::find(declared.begin(), declared.end(), sp.name) == declared.end())
      declared.push_back(sp.name);
    if (auto d = s.quantity("diffusion", Dimension::diffusion, Range::non_negative())) sp.diffusion = *d;
    if (auto so = read_sorption(s.get("sorption"))) sp.sorption = *so;
    if (auto de = read_decay(s.get("decay"))) sp.decay = *de;
    sp.parents = read_parents(s.get("parent"));
    read_initial(s.get("initial"), sp);
    // How pictures and reports name the species: given, else the standard's name, else its key.
    const std::optional<SpeciesNames> known = standard_names(sp.name);
    const Field label = s.get("label"), label_zh = s.get("label_zh");
    sp.label = label.string().value_or(known ? std::string(known->label) : sp.name);
    if (label && !printable_name(label, sp.label)) sp.label = sp.name;
    sp.label_zh = label_zh.string().value_or(known ? std::string(known->label_zh) : sp.label);
    if (label_zh && !printable_name(label_zh, sp.label_zh)) sp.label_zh = sp.label;
    if (auto limit = s.quantity("limit", Dimension::concentration, Range::positive()))
      sp.limit = *limit;
    else if (auto standard = gbt14848_limits(sp.name))
      sp.limit = standard->class_iv;
    c.species.push_back(std::move(sp));
  }
  check_unique_names(root.reader(), names, "species");
}

}  // namespace gwp::model
