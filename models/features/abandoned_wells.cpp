#include "models/features/abandoned_wells.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "models/features/bore_geometry.hpp"
#include "models/features/recharge.hpp"
#include "models/selection.hpp"
#include "solver/flow/bore.hpp"

namespace gwp::model {

const std::vector<double>& AbandonedWellBore::segments_at(double t) const {
  std::size_t s = 0;
  while (s + 1 < state_times.size() && state_times[s + 1] <= t) ++s;
  return segment_conductance[s];
}

namespace {

// Conductivity (m/d) along the bore in a given state.
double bore_conductivity(const AbandonedWell& w, AbandonedWell::State state) {
  switch (state) {
    case AbandonedWell::State::open: return open_bore_conductivity(w.radius);
    case AbandonedWell::State::collapsed: return w.fill_k;
    case AbandonedWell::State::plugged: return w.plug_k;
  }
  return 0.0;
}

// The states of the bore in time: as built; open while pumped, then plugged; or plugged at
// plugged_at.
void set_states(const AbandonedWell& w, const BoreGeometry& geometry, AbandonedWellBore& bore) {
  const auto segments = [&](AbandonedWell::State s) {
    return segment_conductances(geometry, w.radius, bore_conductivity(w, s));
  };
  bore.state_times = {-std::numeric_limits<double>::infinity()};
  bore.segment_conductance = {segments(w.state)};
  if (w.pumped) {
    bore.state_times.push_back(w.pumped->start);
    bore.segment_conductance.push_back(segments(AbandonedWell::State::open));
    bore.state_times.push_back(w.pumped->end);
    bore.segment_conductance.push_back(segments(AbandonedWell::State::plugged));
  } else if (w.plugged_at) {
    bore.state_times.push_back(*w.plugged_at);
    bore.segment_conductance.push_back(segments(AbandonedWell::State::plugged));
  }
}

// The pump of a bore cleared before sealing: a well term on the open cells, drawing the rate
// during [start, end) with each cell's share from the open bore's hydraulics. A cell of a
// convertible layer that is dry at the start (initial head at or below its bottom, typically
// the part of the bore above the water table) supplies nothing: the others share the rate.
solver::FlowTerm pump_term(const AbandonedWell& w, const AbandonedWellBore& bore, const BoreGeometry& geometry,
                   const solver::FlowProblem& problem) {
  solver::FlowTerm term;
  term.name = w.name + " pumping";
  term.kind = solver::TermKind::well;
  term.cells = bore.cells;
  term.rate = window(solver::Schedule::constant(w.pumped->rate), w.pumped->start, w.pumped->end, true);
  const gwp::Grid& grid = *problem.grid;
  std::vector<double> supplying = geometry.aquifer_conductance;
  for (std::size_t k = 0; k < bore.cells.size(); ++k) {
    const std::int64_t n = bore.cells[k];
    const bool convertible = problem.layer_type[std::size_t(grid.cell(n).k)] == solver::LayerType::convertible;
    if (convertible && problem.initial_head[std::size_t(n)] <= grid.cell_bottom(n)) supplying[k] = 0.0;
  }
  if (std::all_of(supplying.begin(), supplying.end(), [](double c) { return c == 0.0; }))
    supplying = geometry.aquifer_conductance;  // all dry at the start: share by the bore as built
  term.weight = extraction_shares(solver::Bore{
      supplying, segment_conductances(geometry, w.radius, bore_conductivity(w, AbandonedWell::State::open))});
  return term;
}

}  // namespace

std::vector<AbandonedWellBore> add_abandoned_wells(const Case& c, const BuiltGrid& g, const CellFields& f,
                                                   solver::FlowProblem& problem, std::vector<WaterQuality>& quality,
                                                   Diagnostics& d, std::vector<std::string>& warnings) {
  std::vector<AbandonedWellBore> bores;
  const gwp::Grid& grid = g.grid;
  for (const AbandonedWell& w : c.abandoned_wells) {
    if (!(w.open_top > w.open_bottom)) {
      d.add(w.location, "the open interval must run from a top down to a lower bottom (found top " +
                            std::to_string(w.open_top) + " m, bottom " + std::to_string(w.open_bottom) + " m)");
      continue;
    }
    Selection where;
    where.kind = Selection::Kind::at;
    where.at = w.at;
    where.screen = std::array<double, 2>{w.open_top, w.open_bottom};
    where.where = w.location;
    AbandonedWellBore bore;
    bore.name = w.name;
    bore.cells = select_cells(where, g, d);
    if (bore.cells.empty()) continue;
    std::string error;
    const auto geometry = bore_geometry(grid, bore.cells, f.kh, w.radius, w.open_top, w.open_bottom, &error);
    if (!geometry) {
      d.add(w.location, error);
      continue;
    }
    bore.aquifer_conductance = geometry->aquifer_conductance;
    set_states(w, *geometry, bore);
    if (bore.cells.size() < 2) {
      warnings.push_back("abandoned well " + w.name + " is open in one cell only and joins nothing" +
                         (w.pumped ? " (it is not pumped either)" : ""));
      continue;
    }
    if (w.pumped) {
      bore.extraction = window(solver::Schedule::constant(-w.pumped->rate), w.pumped->start, w.pumped->end, true);
      bore.pump_term = problem.terms.size();
      problem.terms.push_back(pump_term(w, bore, *geometry, problem));
      quality.push_back({});
    }
    std::optional<solver::ConnectionGroup> group =
        bore_connections("abandoned_well:" + w.name, bore.cells, bore.aquifer_conductance, bore.state_times,
                         bore.segment_conductance, &error);
    if (!group) {
      d.add(w.location, error);
      continue;
    }
    problem.extra_connections.push_back(std::move(*group));
    bores.push_back(std::move(bore));
  }
  return bores;
}

BoreReport report(const AbandonedWellBore& bore, const std::vector<double>& head, double t) {
  std::vector<double> cell_head;
  for (std::int64_t n : bore.cells) cell_head.push_back(head[std::size_t(n)]);
  const solver::BoreState state =
      bore_state(solver::Bore{bore.aquifer_conductance, bore.segments_at(t)}, cell_head, bore.extraction.at(t));
  BoreReport r;
  r.segment_flow = state.segment_flow;
  r.cell_exchange = state.cell_exchange;
  for (double q : r.segment_flow)
    if (std::abs(q) > std::abs(r.flow)) r.flow = q;
  return r;
}

}  // namespace gwp::model
