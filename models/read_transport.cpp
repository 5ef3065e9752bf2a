// [transport], [time], [[monitoring]], and the run's identity: [case] and [output].
#include <algorithm>

#include "models/number_text.hpp"
#include "models/read_sections.hpp"
#include "models/read_values.hpp"

namespace gwp::model {

void read_case_info(Section& root, Case& c, const std::string& default_name) {
  c.name = default_name;
  if (auto info = root.table("case")) {
    const Field name = info->get("name");
    if (auto n = name.string()) {
      if (!printable_name(name, *n)) {
        // reported
      } else if (n->empty() || n->find('/') != std::string::npos || *n == "." || *n == "..")
        // It names the output folder out/<name>: ".." would write the result beside out/.
        name.error("not a usable case name (found " + name.text() + ", expected a non-empty name without '/', not . or ..)");
      else
        c.name = *n;
    }
    const Field title = info->get("title");
    if (auto t = title.string(); t && printable_name(title, *t)) c.title = *t;
  }
  c.output_dir = "out/" + c.name;
  if (auto output = root.table("output")) {
    if (auto dir = output->string("dir")) c.output_dir = *dir;
    if (auto vtk = output->get("vtk").boolean()) c.vtk = *vtk;
  }
}

namespace {

bool nonlinear(Sorption::Model m) { return m == Sorption::Model::freundlich || m == Sorption::Model::langmuir; }

// Whether a species takes part in the first-order reactions: it decays at first order in
// [[species]] or a zone, is produced from a parent, or is one.
bool reacts(const Species& s, const Case& c) {
  if (s.decay.rate > 0.0 || !s.parents.empty()) return true;
  for (const Zone& z : c.properties.zones) {
    const auto it = z.species.find(s.name);
    if (it != z.species.end() && it->second.decay && it->second.decay->rate > 0.0) return true;
  }
  return std::any_of(c.species.begin(), c.species.end(), [&](const Species& d) {
    return std::any_of(d.parents.begin(), d.parents.end(), [&](const ParentLink& l) { return l.species == s.name; });
  });
}

// reactions = "exact" integrates each cell's reactions on the species' total masses, which must
// be proportional to their concentrations: no reacting species may sorb nonlinearly, in
// [[species]] or in a zone. Each such species is reported at the key.
void check_exact_reactions(const Field& key, const Case& c) {
  for (const Species& s : c.species) {
    if (!reacts(s, c)) continue;
    std::string where;
    if (nonlinear(s.sorption.model)) where = "[[species]]";
    for (const Zone& z : c.properties.zones) {
      const auto it = z.species.find(s.name);
      if (where.empty() && it != z.species.end() && it->second.sorption && nonlinear(it->second.sorption->model))
        where = "zone \"" + z.name + "\"";
    }
    if (where.empty()) continue;
    key.error("exact reactions need linear sorption or none, but species '" + s.name + "' reacts at first order and " +
              "sorbs nonlinearly (its isotherm in " + where + "), so its mass is not proportional to its " +
              "concentration (found \"exact\", expected \"coupled\" with a Freundlich or Langmuir isotherm)");
  }
}

}  // namespace

void read_transport(Section& root, Case& c) {
  auto transport = root.table("transport");
  if (!transport) return;
  Transport& t = c.transport;
  if (auto d = transport->table("dispersivity")) {
    if (auto v = d->quantity("longitudinal", Dimension::length, Range::non_negative())) t.alpha_l = *v;
    if (auto v = d->quantity("transverse", Dimension::length, Range::non_negative())) t.alpha_th = *v;
    if (auto v = d->quantity("vertical", Dimension::length, Range::non_negative())) t.alpha_tv = *v;
  }
  using A = Transport::Advection;
  if (auto a = transport->get("advection").choice<A>({{"upwind", A::upwind}, {"central", A::central}, {"tvd", A::tvd}}))
    t.advection = *a;
  using W = Transport::Weighting;
  if (auto w = transport->get("weighting")
                   .choice<W>({{"implicit", W::implicit}, {"crank-nicolson", W::crank_nicolson},
                               {"explicit", W::explicit_}}))
    t.weighting = *w;
  using R = Transport::Reactions;
  const Field reactions = transport->get("reactions");
  if (auto r = reactions.choice<R>({{"coupled", R::coupled}, {"exact", R::exact}})) {
    t.reactions = *r;
    if (*r == R::exact) check_exact_reactions(reactions, c);
  }
  if (auto v = transport->quantity("max_courant", Dimension::dimensionless, Range::positive())) t.max_courant = *v;
  if (auto x = transport->get("cross_dispersion").boolean()) t.cross_dispersion = *x;

  for (Section& b : transport->tables("boundary")) {
    ConcentrationBoundary cb;
    cb.location = b.where();
    // "concentration" is the only kind today; the key keeps room for others (mass flux ...).
    b.require("type").choice<int>({{"concentration", 0}});
    cb.where = read_selection(b, SelectionKeys::all_kinds());
    cb.values = read_concentration_schedules(b.require("values"));
    t.boundaries.push_back(std::move(cb));
  }
}

void read_time(Section& root, Case& c) {
  auto time = root.table("time", true);
  if (!time) return;
  Time& t = c.time;
  // `start` was read before every other section (case_reader.cpp): dates anywhere count from it.
  const Field start = time->get("start");
  if (start && !start.node()->is_date() && !(start.is_string() && parse_date(*start.string())))
    start.error("not a calendar date (found " + start.text() + ", expected YYYY-MM-DD such as \"2005-01-01\")");
  t.start = time->reader().start;
  const auto end = time->time_point("end", Range::positive(), true);
  if (end) t.end = *end;
  if (auto v = time->quantity("max_step", Dimension::time, Range::positive())) t.max_step = *v;

  const Field outputs = time->get("outputs");
  if (auto items = outputs.elements()) {
    // Output times lie in (0, end] and increase, so that each stored state is a new one.
    const Range within = end ? Range{0.0, *end, true, false} : Range::positive();
    for (const Field& item : *items) {
      auto v = item.time_point(within);
      if (!v) continue;
      if (!t.outputs.empty() && !(*v > t.outputs.back())) {
        item.error("times out of order (found " + item.text() + ", expected a time after " +
                   number_text(t.outputs.back()) + " d)");
        continue;
      }
      t.outputs.push_back(*v);
    }
    if (items->empty()) outputs.error("no output times (expected a list such as [\"1 yr\", \"20 yr\"])");
  } else if (!outputs && end) {
    t.outputs = {*end};  // at least the final state is stored
  }
}

namespace {

// A receptor: a point (`at`, with `z` or `layer`), a boundary named by `boundary`, a
// pumping well named by `well`, or a control plane along `line` (with `layers`).
Receptor read_receptor(Section& s, std::vector<std::pair<std::string, Location>>& names) {
  Receptor r;
  r.location = s.where();
  r.name = read_entry_name(s, names);
  const Field at = s.get("at");
  const Field boundary = s.get("boundary");
  const Field well = s.get("well");
  const Field line = s.get("line");
  const Field z = s.get("z");
  const Field layer = s.get("layer");
  const Field layers = s.get("layers");
  const int kinds = int(bool(at)) + int(bool(boundary)) + int(bool(well)) + int(bool(line));
  const char* first = at ? "at" : boundary ? "boundary" : well ? "well" : "line";
  if (kinds > 1) {
    (line ? line : well ? well : boundary)
        .error("conflicts with '" + std::string(first) +
               "' (expected one of at, a point; boundary, a river reach or other boundary; well; line, a control plane)");
  } else if (boundary || well) {
    r.kind = boundary ? Receptor::Kind::boundary : Receptor::Kind::well;
    if (auto name = (boundary ? boundary : well).string()) r.boundary = *name;
    for (const Field* f : {&z, &layer})
      if (*f) f->error("applies only to a point receptor (with 'at')");
  } else if (line) {
    r.kind = Receptor::Kind::line;
    if (auto l = read_polyline(line)) r.line = *l;
    r.layers = read_layers(layers);
    for (const Field* f : {&z, &layer})
      if (*f) f->error("applies only to a point receptor (with 'at'); a line takes 'layers'");
  } else if (at) {
    r.kind = Receptor::Kind::point;
    if (auto p = read_point(at)) r.at = *p;
    if (z && layer) layer.error("conflicts with 'z' (expected either z or layer)");
    else if (z) r.z = z.quantity(Dimension::length);
    else if (layer) r.layer = read_layer_ref(layer);
  } else {
    s.reader().error(s.where_missing("at"),
                     "missing required key (expected at = [x, y], boundary = \"name\", well = \"name\" or "
                     "line = [[x, y], ...])");
  }
  if (layers && r.kind != Receptor::Kind::line && kinds == 1)
    layers.error("applies only to a line receptor (with 'line')");
  return r;
}

}  // namespace

void read_monitoring(Section& root, Case& c) {
  std::vector<std::pair<std::string, Location>> names;
  for (Section& s : root.tables("monitoring")) {
    Monitoring m;
    m.location = s.where();
    m.name = read_entry_name(s, names);
    if (auto at = read_point(s.require("at"))) m.at = *at;
    const Field z = s.get("z");
    const Field layer = s.get("layer");
    if (z && layer) {
      layer.error("conflicts with 'z' (expected either z or layer)");
    } else if (z) {
      m.z = z.quantity(Dimension::length);
    } else if (layer) {
      m.layer = read_layer_ref(layer);
    }  // neither: the point reads the uppermost active cell of its column
    if (auto r = s.get("receptor").boolean()) m.receptor = *r;
    c.monitoring.push_back(std::move(m));
  }
  // Point receptors are read like monitoring points and stored beside them: one name space.
  for (Section& s : root.tables("receptors")) c.receptors.push_back(read_receptor(s, names));
  check_unique_names(root.reader(), names, "monitoring point or receptor");
}

}  // namespace gwp::model
