// Site features: [[wells]], [[landfills]] and [[abandoned_wells]].
#include "models/number_text.hpp"
#include "models/read_sections.hpp"
#include "models/read_values.hpp"

namespace gwp::model {

namespace {

Well read_well(Section& s, std::vector<std::pair<std::string, Location>>& names) {
  Well w;
  w.location = s.where();
  w.name = read_entry_name(s, names);
  if (!s.has("at")) s.require("at");
  SelectionKeys keys;
  keys.at = keys.screen = true;
  w.where = read_selection(s, keys);
  if (!s.has("screen") && !s.has("layers"))
    s.reader().error(s.where_missing("screen"), "missing required key (expected screen = [top, bottom] or layers)");
  if (auto rate = read_schedule(s.require("rate"), Dimension::volume_rate)) w.rate = *rate;
  w.concentration = read_concentrations(s.get("concentration"));
  using S = Well::Split;
  if (auto split = s.get("split").choice<S>({{"transmissivity", S::transmissivity}, {"multi_node", S::multi_node}}))
    w.split = *split;
  if (auto r = s.quantity("radius", Dimension::length, Range::positive())) w.radius = *r;
  return w;
}

// Decline of a leachate concentration: first order from half_life or rate (1/d).
std::map<std::string, Decline> read_declines(const Field& f, const std::map<std::string, double>& leachate) {
  std::map<std::string, Decline> out;
  auto table = f.section();
  if (!table) return out;
  for (const NamedEntry& e : table->entries()) {
    const bool declared = check_species(f.reader(), e.name, e.name_where);
    if (declared && !leachate.count(e.name))
      f.reader().error(e.name_where, "species '" + e.name + "' has no leachate concentration to decline (expected it in leachate)");
    auto d = e.value.section();
    if (!d) continue;
    const auto rate = read_first_order(*d, true);
    if (declared && rate) out[e.name] = Decline{*rate};
  }
  return out;
}

Landfill read_landfill(Section& s, std::vector<std::pair<std::string, Location>>& names) {
  Landfill l;
  l.location = s.where();
  l.name = read_entry_name(s, names);
  if (auto p = read_polygon(s.require("polygon"))) l.polygon = *p;
  if (auto leak = read_schedule(s.require("leakage"), Dimension::velocity, Range::non_negative())) l.leakage = *leak;
  if (auto start = s.quantity("start", Dimension::time)) l.start = *start;
  const Field end = s.get("end");
  if (auto e = end.quantity(Dimension::time)) {
    if (*e > l.start)
      l.end = *e;
    else
      end.error("not after start (found " + end.text() + ", expected > " + number_text(l.start) + " d)");
  }
  l.leachate = read_concentrations(s.get("leachate"));
  l.decline = read_declines(s.get("leachate_decline"), l.leachate);
  return l;
}

AbandonedWell read_abandoned_well(Section& s, std::vector<std::pair<std::string, Location>>& names) {
  AbandonedWell w;
  w.location = s.where();
  w.name = read_entry_name(s, names);
  if (auto at = read_point(s.require("at"))) w.at = *at;
  if (auto open = read_top_bottom(s.require("open"))) {
    w.open_top = (*open)[0];
    w.open_bottom = (*open)[1];
  }
  if (auto r = s.quantity("radius", Dimension::length, Range::positive())) w.radius = *r;
  using St = AbandonedWell::State;
  if (auto st = s.get("state").choice<St>({{"open", St::open}, {"plugged", St::plugged}, {"collapsed", St::collapsed}}))
    w.state = *st;
  if (auto k = s.quantity("plug_k", Dimension::velocity, Range::positive())) w.plug_k = *k;
  if (auto k = s.quantity("fill_k", Dimension::velocity, Range::positive())) w.fill_k = *k;
  w.plugged_at = s.quantity("plugged_at", Dimension::time, Range::non_negative());
  return w;
}

}  // namespace

void read_wells(Section& root, Case& c) {
  // Wells and abandoned wells share one name space: both are stored under /wells/<name>.
  std::vector<std::pair<std::string, Location>> names;
  for (Section& s : root.tables("wells")) c.wells.push_back(read_well(s, names));
  for (Section& s : root.tables("abandoned_wells")) c.abandoned_wells.push_back(read_abandoned_well(s, names));
  check_unique_names(root.reader(), names, "well");
}

void read_landfills(Section& root, Case& c) {
  std::vector<std::pair<std::string, Location>> names;
  for (Section& s : root.tables("landfills")) c.landfills.push_back(read_landfill(s, names));
  check_unique_names(root.reader(), names, "landfill");
}

}  // namespace gwp::model
