#include "models/features/abandoned_wells.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "models/features/bore_geometry.hpp"
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

}  // namespace

std::vector<AbandonedWellBore> add_abandoned_wells(const Case& c, const BuiltGrid& g, const CellFields& f,
                                                   FlowProblem& problem, Diagnostics& d,
                                                   std::vector<std::string>& warnings) {
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
    if (bore.cells.size() < 2) {
      warnings.push_back("abandoned well " + w.name + " is open in one cell only and joins nothing");
      continue;
    }
    std::string error;
    const auto geometry = bore_geometry(grid, bore.cells, f.kh, w.radius, w.open_top, w.open_bottom, &error);
    if (!geometry) {
      d.add(w.location, error);
      continue;
    }
    bore.aquifer_conductance = geometry->aquifer_conductance;
    bore.state_times = {-std::numeric_limits<double>::infinity()};
    bore.segment_conductance = {segment_conductances(*geometry, w.radius, bore_conductivity(w, w.state))};
    if (w.plugged_at) {
      bore.state_times.push_back(*w.plugged_at);
      bore.segment_conductance.push_back(segment_conductances(*geometry, w.radius, w.plug_k));
    }

    std::optional<ConnectionGroup> group =
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
  const BoreState state = bore_state(Bore{bore.aquifer_conductance, bore.segments_at(t)}, cell_head);
  BoreReport r;
  r.segment_flow = state.segment_flow;
  r.cell_exchange = state.cell_exchange;
  for (double q : r.segment_flow)
    if (std::abs(q) > std::abs(r.flow)) r.flow = q;
  return r;
}

}  // namespace gwp::model
