#include "models/model.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>

#include "models/features/barriers.hpp"
#include "models/features/boundaries.hpp"
#include "models/features/liner.hpp"
#include "models/features/recharge.hpp"
#include "models/csv_surface.hpp"
#include "models/features/wells.hpp"
#include "models/located.hpp"
#include "models/number_text.hpp"
#include "models/selection.hpp"
#include "models/step_control.hpp"
#include "models/suggest.hpp"
#include "models/transport_builder.hpp"
#include "solver/transport/sub_steps.hpp"

namespace gwp::model {

namespace {

solver::FlowSettings flow_settings(const Case& c) {
  solver::FlowSettings s;
  s.mode = c.flow.mode == Flow::Mode::steady ? solver::FlowMode::steady : solver::FlowMode::transient;
  s.head_tolerance = c.flow.head_tolerance;
  s.residual_tolerance = c.flow.residual_tolerance;
  s.max_outer_iterations = c.flow.max_iterations;
  s.linear_solver = c.flow.linear_solver == Flow::LinearSolver::multigrid ? solver::FlowLinearSolver::multigrid
                    : c.flow.linear_solver == Flow::LinearSolver::incomplete_factor
                        ? solver::FlowLinearSolver::incomplete_factor
                        : solver::FlowLinearSolver::automatic;
  s.initial_step = c.flow.initial_step;
  s.step_multiplier = c.flow.step_multiplier;
  s.max_step = c.time.max_step;
  return s;
}

// Layer type of every grid layer: the case default, changed per case layer.
std::vector<solver::LayerType> layer_types(const Case& c, const LayerTable& table) {
  auto convert = [](Flow::LayerType t) {
    return t == Flow::LayerType::confined ? solver::LayerType::confined : solver::LayerType::convertible;
  };
  std::vector<solver::LayerType> out;
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

// The cell a point reads: the one holding z, the uppermost active cell of `layer`, or without
// either the uppermost active cell of its column; -1 when there is none (reported).
std::int64_t point_cell(const Point& at, const std::optional<double>& z, const std::optional<LayerRef>& layer,
                        const Location& where, const BuiltGrid& g, Diagnostics& d) {
  Selection s;
  s.kind = Selection::Kind::at;
  s.at = at;
  s.z = z;
  if (layer) s.layers = {*layer};
  s.where = where;
  const auto cells = select_cells(s, g, d);
  return cells.empty() ? -1 : cells.front();
}

// Whether the case declares a pumping well of this name ([[wells]], or "<abandoned well>
// pumping" of a pumped abandoned well), built or not.
bool declares_pumping_well(const Case& c, const std::string& name) {
  return std::any_of(c.wells.begin(), c.wells.end(), [&](const Well& w) { return w.name == name; }) ||
         std::any_of(c.abandoned_wells.begin(), c.abandoned_wells.end(),
                     [&](const AbandonedWell& w) { return w.pumped && w.name + " pumping" == name; });
}

// Monitoring points, then the point receptors (read the same way); the receptors among them,
// and the boundaries named by the other receptors (the first `boundary_terms` terms of p).
// A receptor naming a well or boundary that the case declares but that could not be built stays
// silent: that feature's own problem is the one to fix.
void monitoring_and_receptors(const Case& c, const BuiltGrid& g, const solver::FlowProblem& p,
                              std::size_t boundary_terms, Model& m, Diagnostics& d) {
  for (const Monitoring& point : c.monitoring) {
    const std::int64_t cell = point_cell(point.at, point.z, point.layer, point.location, g, d);
    if (cell < 0) continue;
    if (point.receptor) m.receptors.push_back({point.name, ReceptorOutput::Kind::point, m.monitoring.size()});
    m.monitoring.push_back({point.name, cell});
  }
  std::vector<std::string> boundaries;
  for (const Boundary& b : c.flow.boundaries) boundaries.push_back(b.name);
  for (const Receptor& r : c.receptors) {
    if (r.kind == Receptor::Kind::point) {
      const std::int64_t cell = point_cell(r.at, r.z, r.layer, r.location, g, d);
      if (cell < 0) continue;
      m.receptors.push_back({r.name, ReceptorOutput::Kind::point, m.monitoring.size()});
      m.monitoring.push_back({r.name, cell});
      continue;
    }
    if (r.kind == Receptor::Kind::line) {
      auto plane = build_control_plane(r, g, d);
      if (!plane) continue;
      m.receptors.push_back({r.name, ReceptorOutput::Kind::line, m.control_planes.size()});
      m.control_planes.push_back(std::move(*plane));
      continue;
    }
    if (r.kind == Receptor::Kind::well) {
      const auto well = std::find_if(m.pumping_wells.begin(), m.pumping_wells.end(),
                                     [&](const PumpingWellOutput& w) { return w.name == r.boundary; });
      if (well == m.pumping_wells.end()) {
        if (declares_pumping_well(c, r.boundary) && !d.empty()) continue;  // the well reported why
        std::vector<std::string> wells;
        for (const PumpingWellOutput& w : m.pumping_wells) wells.push_back(w.name);
        const auto near = nearest(r.boundary, wells);
        d.add(r.location, "no pumping well named '" + r.boundary + "'" +
                              (near ? " (did you mean '" + *near + "'?)"
                                    : wells.empty() ? " (the case has no wells)" : " (names: " + join(wells) + ")"));
        continue;
      }
      m.receptors.push_back({r.name, ReceptorOutput::Kind::term, well->term});
      continue;
    }
    // Boundary terms come first in FlowProblem::terms, one per [[flow.boundary]] that could be built.
    const bool declared = std::find(boundaries.begin(), boundaries.end(), r.boundary) != boundaries.end();
    const auto built = std::find_if(p.terms.begin(), p.terms.begin() + std::ptrdiff_t(boundary_terms),
                                    [&](const solver::FlowTerm& t) { return t.name == r.boundary; });
    const std::size_t term = std::size_t(built - p.terms.begin());
    if (!declared || term >= boundary_terms) {
      if (declared && !d.empty()) continue;  // the boundary reported why it was not built
      const auto near = nearest(r.boundary, boundaries);
      d.add(r.location, "no [[flow.boundary]] named '" + r.boundary + "'" +
                            (near ? " (did you mean '" + *near + "'?)"
                                  : boundaries.empty() ? " (the case has no boundaries)" : " (names: " + join(boundaries) + ")"));
      continue;
    }
    m.receptors.push_back({r.name, ReceptorOutput::Kind::term, term});
  }
}

// HDF5's signature at the start of the file or of a user block (512, 1024, 2048 ... bytes in).
bool has_hdf5_signature(const std::string& path) {
  static constexpr char kSignature[] = "\x89HDF\r\n\x1a\n";
  std::ifstream in(path, std::ios::binary);
  char bytes[8];
  for (std::streamoff at = 0; in; at = at == 0 ? 512 : at * 2) {
    in.seekg(at);
    if (!in.read(bytes, 8)) return false;
    if (std::equal(bytes, bytes + 8, kSignature)) return true;
  }
  return false;
}

// The transient flow steps flow_step_times would list, counted without listing them, up to
// `most` + 1: an initial_step of 1e-12 d that never grows over a run of 1e15 d would be 1e27.
std::int64_t flow_steps_up_to(const solver::FlowProblem& p, double t_end, const std::vector<double>& outputs,
                              std::int64_t most) {
  const solver::FlowSettings& s = p.settings;
  if (s.mode == solver::FlowMode::steady || !(s.initial_step > 0.0) || !(s.step_multiplier >= 1.0) ||
      !(s.max_step > 0.0))
    return 0;
  const auto same = [](double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); };
  const std::vector<double> changes = p.forcing_changes(0.0, t_end);
  std::vector<double> targets = changes;
  for (double t : outputs)
    if (t > 0.0 && t <= t_end) targets.push_back(t);
  targets.push_back(t_end);
  std::sort(targets.begin(), targets.end());
  const double first = std::min(s.initial_step, s.max_step);
  double t = 0.0, step = first;
  std::int64_t count = 0;
  for (double target : targets) {
    while (!same(t, target) && t < target) {
      double next = t + step;
      if (next >= target || same(next, target)) next = target;
      t = next;
      step = std::min(step * s.step_multiplier, s.max_step);
      if (++count > most) return count;
    }
    if (std::any_of(changes.begin(), changes.end(), [&](double ch) { return same(ch, target); })) step = first;
  }
  return count;
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

  solver::FlowProblem& p = m.flow;
  p.grid = &grid->grid;
  p.layer_type = layer_types(c, grid->layers);
  p.properties.kh = m.fields.kh;
  p.properties.kv = m.fields.kv;
  p.properties.ss = m.fields.specific_storage;
  p.properties.sy = m.fields.specific_yield;
  p.initial_head = initial_heads(c, *grid, d);
  p.settings = flow_settings(c);
  // As many steps as the transport may take (solver/transport/sub_steps.hpp): more is a mistake in
  // the case, and listing them would hang `check` and exhaust the memory.
  constexpr std::int64_t kMostFlowSteps = 10000000;
  if (flow_steps_up_to(p, c.time.end, c.time.outputs, kMostFlowSteps) > kMostFlowSteps)
    d.add(located(c.flow.where, c.grid.where),
          "the transient flow would take more than " + std::to_string(kMostFlowSteps) + " steps (initial_step " +
              number_text(c.flow.initial_step) + " d, step_multiplier " + number_text(c.flow.step_multiplier) +
              (std::isfinite(c.time.max_step) ? ", time.max_step " + number_text(c.time.max_step) + " d" : "") +
              ", to " + number_text(c.time.end) + " d); raise initial_step, step_multiplier or time.max_step");

  add_boundaries(c, *grid, p, m.term_quality, d);
  const std::size_t boundary_terms = p.terms.size();
  add_recharge_and_landfills(c, *grid, p, m.term_quality, d);
  for (const Landfill& l : c.landfills)
    if (l.liner) for (std::string& w : liner_warnings(*l.liner, l.name)) m.warnings.push_back(std::move(w));
  const auto well_terms = add_wells(c, *grid, m.fields, p, m.term_quality, d);
  for (std::size_t w = 0; w < well_terms.size(); ++w) m.pumping_wells.push_back({p.terms[well_terms[w]].name, well_terms[w]});
  m.abandoned_wells = add_abandoned_wells(c, *grid, m.fields, p, m.term_quality, d, m.warnings);
  for (const AbandonedWellBore& bore : m.abandoned_wells)
    if (bore.pump_term) m.pumping_wells.push_back({p.terms[*bore.pump_term].name, *bore.pump_term});
  add_barriers(c, *grid, p, d);
  monitoring_and_receptors(c, *grid, p, boundary_terms, m, d);
  m.transport = build_transport(c, *grid, m.fields, m.term_quality, d);
  // A restart's result is read when the run starts (app/initial_state); that it is there, and a
  // file, is checked with the rest of the case, or `check` passed a case whose run failed.
  for (const Species& s : c.species) {
    if (!s.initial_from) continue;
    namespace fs = std::filesystem;
    const std::string found = " (found \"" + *s.initial_from + "\", expected the result.h5 of an earlier run)";
    if (!fs::exists(*s.initial_from))
      d.add(located(s.initial_from_where, s.location), "file not found" + found);
    else if (!fs::is_regular_file(*s.initial_from))
      d.add(located(s.initial_from_where, s.location),
            std::string(fs::is_directory(*s.initial_from) ? "a directory, not a file" : "not a regular file") + found);
    else if (!has_hdf5_signature(*s.initial_from))
      d.add(located(s.initial_from_where, s.location), "not an HDF5 file" + found);
  }
  // Without a max_step the transport steps are set for accuracy (step_control.hpp), short after
  // every output time and every change of what drives the flow or the sources.
  if (!std::isfinite(c.time.max_step)) {
    std::vector<double> marks = c.time.outputs;
    for (double t : p.forcing_changes(0.0, c.time.end)) marks.push_back(t);
    for (double t : transport_schedule_changes(m.transport, 0.0, c.time.end)) marks.push_back(t);
    m.transport.settings.step_limit = accuracy_step_limit(marks, c.time.end);
  }
  d.throw_if_any();
  return m;
}

}  // namespace gwp::model
