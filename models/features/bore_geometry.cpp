#include "models/features/bore_geometry.hpp"

#include <algorithm>
#include <stdexcept>

#include "models/features/wells.hpp"
#include "solver/flow/bore.hpp"
#include "solver/flow/conductance.hpp"

namespace gwp::model {

double open_bore_conductivity(double radius) {
  const double rho = 998.2, g = 9.81, mu = 1.002e-3;  // kg/m3, m/s2, Pa s (water at 20 degC)
  return rho * g * radius * radius / (8.0 * mu) * 86400.0;  // m/s -> m/d
}

std::optional<BoreGeometry> bore_geometry(const gwp::Grid& grid, const std::vector<std::int64_t>& cells,
                                          const std::vector<double>& kh, double radius, double open_top,
                                          double open_bottom, std::string* error) {
  BoreGeometry out;
  const std::optional<std::array<double, 2>> open = std::array<double, 2>{open_top, open_bottom};
  auto middle = [&](std::int64_t n) {  // m, elevation of the middle of the open part of cell n
    return 0.5 * (std::min(grid.cell_top(n), open_top) + std::max(grid.cell_bottom(n), open_bottom));
  };
  for (std::size_t s = 0; s < cells.size(); ++s) {
    const std::int64_t n = cells[s];
    const CellIndex ci = grid.cell(n);
    const double re = solver::peaceman_radius(grid.dx[std::size_t(ci.j)], grid.dy[std::size_t(ci.i)]);
    if (re <= radius) {
      if (error)
        *error = "the well radius (" + std::to_string(radius) + " m) must be smaller than the effective radius of its cells (" +
                 std::to_string(re) + " m); use larger cells or a smaller radius";
      return std::nullopt;
    }
    out.aquifer_conductance.push_back(
        solver::thiem_conductance(kh[std::size_t(n)], screened_length(grid, n, open), re, radius));
    if (s + 1 < cells.size()) out.segment_length.push_back(middle(n) - middle(cells[s + 1]));
  }
  return out;
}

std::vector<double> segment_conductances(const BoreGeometry& g, double radius, double k_bore) {
  std::vector<double> out;
  for (double length : g.segment_length) out.push_back(solver::bore_conductance(radius, k_bore, length));
  return out;
}

std::optional<solver::ConnectionGroup> bore_connections(const std::string& name, const std::vector<std::int64_t>& cells,
                                                const std::vector<double>& aquifer_conductance,
                                                const std::vector<double>& state_times,
                                                const std::vector<std::vector<double>>& segment_conductance,
                                                std::string* error) {
  solver::ConnectionGroup group;
  group.name = name;
  group.state_times = state_times;
  for (std::size_t i = 0; i < cells.size(); ++i)
    for (std::size_t j = i + 1; j < cells.size(); ++j) {
      group.n.push_back(cells[i]);
      group.m.push_back(cells[j]);
    }
  try {
    for (const auto& segments : segment_conductance) {
      const solver::BorePairs pairs = eliminate_bore(solver::Bore{aquifer_conductance, segments});
      std::vector<double> state;
      for (std::size_t i = 0; i < cells.size(); ++i)
        for (std::size_t j = i + 1; j < cells.size(); ++j) state.push_back(pairs(i, j));
      group.conductance.push_back(std::move(state));
    }
  } catch (const std::invalid_argument& e) {
    if (error) *error = std::string("the bore cannot be joined to its cells: ") + e.what();
    return std::nullopt;
  }
  return group;
}

}  // namespace gwp::model
