// [flow]: mode, layer types, initial head, iteration controls, [[flow.boundary]] and recharge.
#include <algorithm>
#include <limits>

#include "models/number_text.hpp"
#include "models/read_sections.hpp"
#include "models/read_values.hpp"

namespace gwp::model {

namespace {

using LT = Flow::LayerType;
using BT = Boundary::Type;

std::optional<LT> layer_type_of(const Field& f) {
  return f.choice<LT>({{"confined", LT::confined}, {"convertible", LT::convertible}});
}

std::string type_name(BT t) {
  switch (t) {
    case BT::head: return "head";
    case BT::flux: return "flux";
    case BT::general_head: return "general_head";
    case BT::river: return "river";
    case BT::drain: return "drain";
  }
  return "head";
}

// The key that carries the boundary's head-like schedule: head, stage (river) or elevation (drain).
const char* level_key(BT t) {
  switch (t) {
    case BT::river: return "stage";
    case BT::drain: return "elevation";
    case BT::flux: return "";
    default: return "head";
  }
}

void read_river_bed(Section& b, Boundary& out, const std::string& context) {
  const Field bed_conductance = b.get("bed_conductance");
  const Field bed_k = b.get("bed_k");
  const Field bed_thickness = b.get("bed_thickness");
  if (bed_conductance && (bed_k || bed_thickness)) {
    (bed_k ? bed_k : bed_thickness).error("conflicts with 'bed_conductance' (expected bed_conductance, or bed_k with bed_thickness)");
  } else if (bed_conductance) {
    out.conductance = bed_conductance.quantity(Dimension::conductance, Range::positive());
  } else if (bed_k || bed_thickness) {
    out.bed_k = bed_k ? bed_k.quantity(Dimension::velocity, Range::positive()) : b.require("bed_k").quantity(Dimension::velocity);
    out.bed_thickness = bed_thickness ? bed_thickness.quantity(Dimension::length, Range::positive())
                                      : b.require("bed_thickness").quantity(Dimension::length);
  } else {
    b.reader().error(b.where_missing("bed_conductance"),
                     "missing required key (expected bed_conductance, or bed_k with bed_thickness)");
  }
  const Field bottom = b.require("bottom");
  if (auto v = bottom.quantity(Dimension::length)) {
    out.bottom = *v;
    // The bed bottom must lie below every stage, or the river could never lose water to the aquifer.
    if (!out.head.values.empty()) {
      const double lowest = *std::min_element(out.head.values.begin(), out.head.values.end());
      if (!(out.bottom < lowest))
        bottom.error("river bed bottom not below the stage (found " + bottom.text() + ", expected < " +
                     number_text(lowest) + ", the lowest stage of this " + context + ")");
    }
  }
}

Boundary read_boundary(Section& b, std::size_t index) {
  Boundary out;
  out.location = b.where();
  const auto type = b.require("type").choice<BT>({{"head", BT::head},
                                                   {"flux", BT::flux},
                                                   {"general_head", BT::general_head},
                                                   {"river", BT::river},
                                                   {"drain", BT::drain}});
  if (type) out.type = *type;
  const Field name = b.get("name");
  out.name = name.string().value_or(std::to_string(index + 1));
  if (name && !printable_name(name, out.name)) out.name = std::to_string(index + 1);
  out.where = read_selection(b, SelectionKeys::all_kinds());
  b.allow({"head", "stage", "elevation", "flux", "conductance", "bed_conductance", "bed_k", "bed_thickness",
           "bottom", "inflow_concentration"});
  if (!type) {
    // Without a type no key can be checked for whether it applies; mark them read.
    for (const char* k : {"head", "stage", "elevation", "flux", "conductance", "bed_conductance", "bed_k",
                          "bed_thickness", "bottom", "inflow_concentration"})
      b.get(k);
    return out;
  }
  const std::string context = "a " + type_name(out.type) + " boundary";

  const std::string level = level_key(out.type);
  for (const char* k : {"head", "stage", "elevation"}) {
    if (k == level) {
      if (auto s = read_schedule(b.require(k), Dimension::length)) out.head = *s;
    } else {
      b.not_applicable(k, level.empty() ? context : context + " (expected '" + level + "')");
    }
  }
  if (out.type == BT::flux) {
    if (auto s = read_schedule(b.require("flux"), Dimension::volume_rate)) out.flux = *s;
  } else {
    b.not_applicable("flux", context);
  }
  if (out.type == BT::general_head || out.type == BT::drain)
    out.conductance = b.quantity("conductance", Dimension::conductance, Range::positive(), true);
  else
    b.not_applicable("conductance", out.type == BT::river ? context + " (expected 'bed_conductance')" : context);
  if (out.type == BT::river) {
    read_river_bed(b, out, context);
  } else {
    for (const char* k : {"bed_conductance", "bed_k", "bed_thickness", "bottom"}) b.not_applicable(k, context);
  }
  // A drain only removes water, so nothing enters through it to carry a concentration.
  if (out.type == BT::drain)
    b.not_applicable("inflow_concentration", context);
  else
    out.inflow_concentration = read_concentrations(b.get("inflow_concentration"));
  return out;
}

Recharge read_recharge(Section& r) {
  Recharge out;
  out.location = r.where();
  if (auto s = read_schedule(r.require("rate"), Dimension::velocity)) out.rate = *s;
  out.concentration = read_concentrations(r.get("concentration"));
  if (r.has("polygon")) {
    out.polygon_where = r.get("polygon").where();
    out.polygon = read_polygon(r.get("polygon"));
  }
  r.allow({"polygon"});
  return out;
}

void read_layer_types(const Field& f, Flow& flow) {
  if (!f) return;
  if (!f.is_table()) {
    if (auto t = layer_type_of(f)) flow.layer_type = *t;
    return;
  }
  auto table = f.section();
  for (const NamedEntry& e : table->entries()) {
    layer_ref_from_key(f.reader(), e.name, e.name_where);
    if (auto t = layer_type_of(e.value)) flow.layer_type_by_layer[e.name] = *t;
  }
}

// A number, { file = "head.csv" }, or one head per case layer: { "upper aquifer" = 48.0, ... },
// where `default` gives the head of the layers not named.
void read_initial_head(const Field& f, Flow& flow) {
  if (f.is_table() && !f.node()->as_table()->contains("file")) {
    auto table = f.section();
    for (const NamedEntry& e : table->entries()) {
      if (e.name == "default") {
        if (auto head = e.value.quantity(Dimension::length)) flow.initial_head = *head;
        continue;
      }
      layer_ref_from_key(f.reader(), e.name, e.name_where);
      if (auto head = e.value.quantity(Dimension::length)) flow.initial_head_by_layer[e.name] = *head;
    }
    return;
  }
  if (auto s = read_surface(f)) {
    if (s->file.empty())
      flow.initial_head = s->value;
    else
      flow.initial_head_file = s->file;
  }
}

}  // namespace

void read_flow(Section& root, Case& c) {
  auto flow = root.table("flow");
  if (!flow) return;
  Flow& f = c.flow;
  f.where = flow->has("initial_step") ? flow->get("initial_step").where() : flow->where();
  const Field mode = flow->get("mode");
  if (auto m = mode.choice<Flow::Mode>({{"steady", Flow::Mode::steady}, {"transient", Flow::Mode::transient}}))
    f.mode = *m;
  read_layer_types(flow->get("layer_type"), f);

  const Field initial = flow->get("initial_head");
  read_initial_head(initial, f);
  if (!initial && f.mode == Flow::Mode::transient)
    root.reader().error(flow->where_missing("initial_head"), "missing required key (a transient flow starts from it)");

  if (auto v = flow->quantity("initial_step", Dimension::time, Range::positive())) f.initial_step = *v;
  if (auto v = flow->quantity("step_multiplier", Dimension::dimensionless, Range::at_least(1.0))) f.step_multiplier = *v;
  if (auto v = flow->quantity("head_tolerance", Dimension::length, Range::positive())) f.head_tolerance = *v;
  if (auto v = flow->quantity("residual_tolerance", Dimension::volume_rate, Range::positive()))
    f.residual_tolerance = *v;
  if (auto v = flow->get("max_iterations").integer(Range{1.0, double(std::numeric_limits<int>::max())}))
    f.max_iterations = static_cast<int>(*v);
  if (auto s = flow->get("linear_solver").choice<Flow::LinearSolver>({{"auto", Flow::LinearSolver::automatic},
                                                                     {"amg", Flow::LinearSolver::multigrid},
                                                                     {"ilu", Flow::LinearSolver::incomplete_factor}}))
    f.linear_solver = *s;

  std::vector<std::pair<std::string, Location>> names;
  std::size_t index = 0;
  for (Section& b : flow->tables("boundary")) {
    const bool named = b.has("name");
    f.boundaries.push_back(read_boundary(b, index++));
    if (named) names.emplace_back(f.boundaries.back().name, b.where());
  }
  check_unique_names(root.reader(), names, "boundary");
  for (Section& r : flow->tables("recharge", true)) f.recharge.push_back(read_recharge(r));
}

}  // namespace gwp::model
