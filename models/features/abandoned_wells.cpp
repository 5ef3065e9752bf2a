#include "models/features/abandoned_wells.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "models/features/wells.hpp"
#include "models/selection.hpp"
#include "solver/flow/bore.hpp"
#include "solver/flow/conductance.hpp"

namespace gwp::model {

const std::vector<double>& AbandonedWellBore::segments_at(double t) const {
  std::size_t s = 0;
  while (s + 1 < state_times.size() && state_times[s + 1] <= t) ++s;
  return segment_conductance[s];
}

double open_bore_conductivity(double radius) {
  const double rho = 998.2, g = 9.81, mu = 1.002e-3;  // kg/m3, m/s2, Pa s (water at 20 degC)
  return rho * g * radius * radius / (8.0 * mu) * 86400.0;  // m/s -> m/d
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

// Elevation (m) of the middle of the open part of cell n.
double open_middle(const gwp::Grid& grid, std::int64_t n, double open_top, double open_bottom) {
  return 0.5 * (std::min(grid.cell_top(n), open_top) + std::max(grid.cell_bottom(n), open_bottom));
}

std::vector<double> segment_conductances(const gwp::Grid& grid, const std::vector<std::int64_t>& cells,
                                         const AbandonedWell& w, double k_bore) {
  std::vector<double> out;
  for (std::size_t s = 0; s + 1 < cells.size(); ++s) {
    const double length = open_middle(grid, cells[s], w.open_top, w.open_bottom) -
                          open_middle(grid, cells[s + 1], w.open_top, w.open_bottom);
    out.push_back(bore_conductance(w.radius, k_bore, length));
  }
  return out;
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
    bool ok = true;
    for (std::int64_t n : bore.cells) {
      const CellIndex ci = grid.cell(n);
      const double re = peaceman_radius(grid.dx[std::size_t(ci.j)], grid.dy[std::size_t(ci.i)]);
      if (re <= w.radius) {
        d.add(w.location, "the well radius (" + std::to_string(w.radius) +
                              " m) must be smaller than the effective radius of its cells (" + std::to_string(re) +
                              " m); use smaller cells or a smaller radius");
        ok = false;
        break;
      }
      const double b = screened_length(grid, n, where.screen);
      bore.aquifer_conductance.push_back(thiem_conductance(f.kh[std::size_t(n)], b, re, w.radius));
    }
    if (!ok) continue;

    bore.state_times = {-std::numeric_limits<double>::infinity()};
    bore.segment_conductance = {segment_conductances(grid, bore.cells, w, bore_conductivity(w, w.state))};
    if (w.plugged_at) {
      bore.state_times.push_back(*w.plugged_at);
      bore.segment_conductance.push_back(segment_conductances(grid, bore.cells, w, w.plug_k));
    }

    ConnectionGroup group;
    group.name = "abandoned_well:" + w.name;
    group.state_times = bore.state_times;
    for (std::size_t i = 0; i < bore.cells.size(); ++i)
      for (std::size_t j = i + 1; j < bore.cells.size(); ++j) {
        group.n.push_back(bore.cells[i]);
        group.m.push_back(bore.cells[j]);
      }
    try {
      for (const auto& segments : bore.segment_conductance) {
        const BorePairs pairs = eliminate_bore(Bore{bore.aquifer_conductance, segments});
        std::vector<double> state;
        for (std::size_t i = 0; i < bore.cells.size(); ++i)
          for (std::size_t j = i + 1; j < bore.cells.size(); ++j) state.push_back(pairs(i, j));
        group.conductance.push_back(std::move(state));
      }
    } catch (const std::invalid_argument& e) {
      d.add(w.location, std::string("the bore cannot be joined to its cells: ") + e.what());
      continue;
    }
    problem.extra_connections.push_back(std::move(group));
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
