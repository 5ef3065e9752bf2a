#include "models/model.hpp"

#include <algorithm>

#include "models/features/boundaries.hpp"
#include "models/features/recharge.hpp"
#include "models/csv_surface.hpp"
#include "models/features/wells.hpp"
#include "models/selection.hpp"
#include "models/transport_builder.hpp"

namespace gwp::model {

namespace {

FlowSettings flow_settings(const Case& c) {
  FlowSettings s;
  s.mode = c.flow.mode == Flow::Mode::steady ? FlowMode::steady : FlowMode::transient;
  s.head_tolerance = c.flow.head_tolerance;
  s.residual_tolerance = c.flow.residual_tolerance;
  s.max_outer_iterations = c.flow.max_iterations;
  s.initial_step = c.flow.initial_step;
  s.step_multiplier = c.flow.step_multiplier;
  s.max_step = c.time.max_step;
  return s;
}

// Layer type of every grid layer: the case default, changed per case layer.
std::vector<LayerType> layer_types(const Case& c, const LayerTable& table) {
  auto convert = [](Flow::LayerType t) {
    return t == Flow::LayerType::confined ? LayerType::confined : LayerType::convertible;
  };
  std::vector<LayerType> out;
  for (std::size_t e = 0; e < table.entries.size(); ++e) {
    const auto& entry = table.entries[e];
    Flow::LayerType t = c.flow.layer_type;
    for (const std::string& key : {entry.name, std::to_string(e + 1)}) {
      auto it = c.flow.layer_type_by_layer.find(key);
      if (!key.empty() && it != c.flow.layer_type_by_layer.end()) t = it->second;
    }
    out.insert(out.end(), std::size_t(entry.count), convert(t));
  }
  return out;
}

// Starting heads: one value or a map (a CSV of ny x nx heads, the same in every layer),
// changed per case layer (by name or 1-based number).
std::vector<double> initial_heads(const Case& c, const BuiltGrid& g, Diagnostics& d) {
  const Grid& grid = g.grid;
  std::vector<double> head(std::size_t(grid.cell_count()), c.flow.initial_head);
  if (c.flow.initial_head_file) {
    const Location where{c.file, 0, 0, "flow.initial_head.file"};
    if (auto map = read_surface_csv(*c.flow.initial_head_file, grid.nx, grid.ny, where, d))
      for (std::int64_t n = 0; n < grid.cell_count(); ++n) head[std::size_t(n)] = (*map)[std::size_t(n % grid.column_count())];
  }
  for (std::size_t e = 0; e < g.layers.entries.size(); ++e) {
    const auto& entry = g.layers.entries[e];
    for (const std::string& key : {entry.name, std::to_string(e + 1)}) {
      auto it = c.flow.initial_head_by_layer.find(key);
      if (key.empty() || it == c.flow.initial_head_by_layer.end()) continue;
      std::fill(head.begin() + entry.first * grid.column_count(),
                head.begin() + (entry.first + entry.count) * grid.column_count(), it->second);
    }
  }
  return head;
}

std::vector<MonitoringPoint> monitoring_points(const Case& c, const BuiltGrid& g, Diagnostics& d) {
  std::vector<MonitoringPoint> out;
  for (const Monitoring& m : c.monitoring) {
    Selection s;
    s.kind = Selection::Kind::at;
    s.at = m.at;
    s.z = m.z;
    if (m.layer) s.layers = {*m.layer};
    s.where = m.location;
    const auto cells = select_cells(s, g, d);
    if (cells.empty()) continue;
    // Without z or a layer, a monitoring point reads the uppermost active cell of its column.
    out.push_back({m.name, cells.front()});
  }
  return out;
}

}  // namespace

Model build_model(const Case& c) {
  Diagnostics d;
  Model m;
  m.source = c;
  auto grid = std::make_shared<BuiltGrid>(build_grid(c.grid, d));
  d.throw_if_any();  // nothing below makes sense on a broken grid
  m.grid = grid;
  m.fields = resolve_properties(c.properties, *grid, d, c.properties.where);

  FlowProblem& p = m.flow;
  p.grid = &grid->grid;
  p.layer_type = layer_types(c, grid->layers);
  p.properties.kh = m.fields.kh;
  p.properties.kv = m.fields.kv;
  p.properties.ss = m.fields.specific_storage;
  p.properties.sy = m.fields.specific_yield;
  p.initial_head = initial_heads(c, *grid, d);
  p.settings = flow_settings(c);

  add_boundaries(c, *grid, p, m.term_quality, d);
  add_recharge_and_landfills(c, *grid, p, m.term_quality, d);
  const auto well_terms = add_wells(c, *grid, m.fields, p, m.term_quality, d);
  for (std::size_t w = 0; w < well_terms.size(); ++w) m.pumping_wells.push_back({p.terms[well_terms[w]].name, well_terms[w]});
  m.abandoned_wells = add_abandoned_wells(c, *grid, m.fields, p, d, m.warnings);
  m.monitoring = monitoring_points(c, *grid, d);
  m.transport = build_transport(c, *grid, m.fields, m.term_quality, d);
  d.throw_if_any();
  return m;
}

}  // namespace gwp::model
