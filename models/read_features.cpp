// Site features: [[wells]], [[landfills]], [[abandoned_wells]] and [[barriers]].
#include <limits>
#include <numbers>

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
// `leachate` is the landfill's leachate table as written: a species whose concentration there is
// wrong has been reported already and is not reported again here.
std::map<std::string, Decline> read_declines(const Field& f, const Field& leachate) {
  std::map<std::string, Decline> out;
  auto table = f.section();
  if (!table) return out;
  const auto* written = leachate.is_table() ? leachate.node()->as_table() : nullptr;
  for (const NamedEntry& e : table->entries()) {
    const bool declared = check_species(f.reader(), e.name, e.name_where);
    if (declared && (!leachate || (written && !written->contains(e.name))))
      f.reader().error(e.name_where, "species '" + e.name + "' has no leachate concentration to decline (expected it in leachate)");
    auto d = e.value.section();
    if (!d) continue;
    const auto rate = read_first_order(*d, true);
    if (declared && rate) out[e.name] = Decline{*rate};
  }
  return out;
}

// A composite liner: holes per hectare (schedule), hole_area or hole_diameter, head on the
// liner (schedule), the soil under the geomembrane (soil_k, soil_thickness) and the contact.
std::optional<Liner> read_liner(const Field& f) {
  auto s = f.section();
  if (!s) return std::nullopt;
  Liner l;
  l.location = f.where();
  bool ok = true;
  if (auto holes = read_schedule(s->require("holes_per_hectare"), Dimension::dimensionless, Range::non_negative()))
    l.holes_per_hectare = *holes;
  else
    ok = false;
  const Field area = s->get("hole_area");
  const Field diameter = s->get("hole_diameter");
  if (area && diameter) {
    diameter.error("conflicts with 'hole_area' (expected either hole_area or hole_diameter)");
    ok = false;
  } else if (area) {
    auto a = area.quantity(Dimension::area, Range::positive());
    ok = ok && a.has_value();
    l.hole_area = a.value_or(0.0);
  } else if (diameter) {
    auto d = diameter.quantity(Dimension::length, Range::positive());
    ok = ok && d.has_value();
    l.hole_area = d ? std::numbers::pi * *d * *d / 4.0 : 0.0;
  } else {
    s->reader().error(s->where_missing("hole_area"), "missing required key (expected hole_area or hole_diameter)");
    ok = false;
  }
  if (auto head = read_schedule(s->require("head"), Dimension::length, Range::non_negative())) l.head = *head;
  else ok = false;
  auto k = s->quantity("soil_k", Dimension::velocity, Range::positive(), true);
  auto t = s->quantity("soil_thickness", Dimension::length, Range::positive(), true);
  ok = ok && k && t;
  l.soil_k = k.value_or(0.0);
  l.soil_thickness = t.value_or(0.0);
  using C = Liner::Contact;
  if (auto c = s->get("contact").choice<C>({{"good", C::good}, {"poor", C::poor}})) l.contact = *c;
  if (!ok) return std::nullopt;
  return l;
}

Landfill read_landfill(Section& s, std::vector<std::pair<std::string, Location>>& names) {
  Landfill l;
  l.location = s.where();
  l.name = read_entry_name(s, names);
  const Field polygon = s.require("polygon");
  l.polygon_where = polygon.where();
  if (auto p = read_polygon(polygon)) l.polygon = *p;
  // The leakage is given, or computed from a liner's holes: one of the two.
  const Field leakage = s.get("leakage");
  const Field liner = s.get("liner");
  if (leakage && liner) {
    liner.error("conflicts with 'leakage' (expected either leakage, or a liner from which it is computed)");
  } else if (liner) {
    l.liner = read_liner(liner);
  } else if (auto leak = read_schedule(s.require("leakage"), Dimension::velocity, Range::non_negative())) {
    l.leakage = *leak;
  }
  if (auto start = s.time_point("start")) l.start = *start;
  const Field end = s.get("end");
  if (auto e = end.time_point()) {
    if (*e > l.start)
      l.end = *e;
    else
      end.error("not after start (found " + end.text() + ", expected > " + number_text(l.start) + " d)");
  }
  const Field leachate = s.get("leachate");
  l.leachate = read_concentration_schedules(leachate);
  l.decline = read_declines(s.get("leachate_decline"), leachate);
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
  const Field plugged_at = s.get("plugged_at");
  w.plugged_at = plugged_at.time_point(Range::non_negative());
  if (const Field pumped = s.get("pumped")) {
    if (plugged_at) plugged_at.error("conflicts with 'pumped' (a pumped bore is sealed when the pumping ends)");
    if (auto p = pumped.section()) {
      AbandonedWell::Pumping pump;
      pump.location = pumped.where();
      auto rate = p->quantity("rate", Dimension::volume_rate, Range{-std::numeric_limits<double>::infinity(), 0.0, false, true}, true);
      auto start = p->time_point("start", Range::non_negative(), true);
      const Field end = p->require("end");
      auto stop = end.time_point(Range::positive());
      if (start && stop && !(*stop > *start)) {
        end.error("not after start (found " + end.text() + ", expected > " + number_text(*start) + " d)");
        stop.reset();
      }
      if (rate && start && stop) {
        pump.rate = *rate;
        pump.start = *start;
        pump.end = *stop;
        w.pumped = pump;
      }
    }
  }
  return w;
}

Barrier read_barrier(Section& s, std::vector<std::pair<std::string, Location>>& names) {
  Barrier b;
  b.location = s.where();
  b.name = read_entry_name(s, names);
  if (auto line = read_polyline(s.require("line"))) b.line = *line;
  b.thickness = s.quantity("thickness", Dimension::length, Range::positive(), true).value_or(0.0);
  b.k = s.quantity("k", Dimension::velocity, Range::positive(), true).value_or(0.0);
  b.layers = read_layers(s.get("layers"));
  if (auto start = s.time_point("start", Range::non_negative())) b.start = *start;
  return b;
}

}  // namespace

void read_wells(Section& root, Case& c) {
  // Wells and abandoned wells share one name space: both are stored under /wells/<name>.
  std::vector<std::pair<std::string, Location>> names;
  for (Section& s : root.tables("wells")) c.wells.push_back(read_well(s, names));
  for (Section& s : root.tables("abandoned_wells")) c.abandoned_wells.push_back(read_abandoned_well(s, names));
  check_unique_names(root.reader(), names, "well");
}

void read_barriers(Section& root, Case& c) {
  std::vector<std::pair<std::string, Location>> names;
  for (Section& s : root.tables("barriers")) c.barriers.push_back(read_barrier(s, names));
  check_unique_names(root.reader(), names, "barrier");
}

void read_landfills(Section& root, Case& c) {
  std::vector<std::pair<std::string, Location>> names;
  for (Section& s : root.tables("landfills")) c.landfills.push_back(read_landfill(s, names));
  check_unique_names(root.reader(), names, "landfill");
}

}  // namespace gwp::model
