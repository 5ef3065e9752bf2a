#include "solver/flow/darcy_flux.hpp"

#include <cmath>

#include "solver/flow/saturation.hpp"

namespace gwp::solver {

namespace {

constexpr double kPi = 3.14159265358979323846;

// Thickness through which a cell passes horizontal flow (m).
double flow_thickness(const FlowProblem& p, std::int64_t n, double head) {
  const Grid& g = *p.grid;
  if (p.layer_type[std::size_t(g.cell(n).k)] == LayerType::confined) return g.thickness(n);
  return saturated_thickness(head, g.cell_top(n), g.cell_bottom(n));
}

}  // namespace

std::vector<double> darcy_flux(const FlowProblem& problem, const Connections& connections,
                               const FlowSolution& solution) {
  const Grid& g = *problem.grid;
  // Local components: x east along columns, y north (rows run south), z up.
  std::vector<double> local(std::size_t(3 * g.cell_count()), 0.0);
  for (std::int64_t l = 0; l < connections.grid_count; ++l) {
    const std::size_t i = std::size_t(l);
    const std::int64_t n = connections.n[i], m = connections.m[i];
    const double q = solution.connection_flow[i];  // m3/d from n to m
    const Axis axis = connections.axis[i];
    if (axis == Axis::z) {
      // n above m: flow n -> m is downward, i.e. negative z.
      const double flux = -q / connections.plan_area[i];
      local[std::size_t(3 * n + 2)] += 0.5 * flux;
      local[std::size_t(3 * m + 2)] += 0.5 * flux;
      continue;
    }
    // x: n west of m, flow n -> m is eastward (+x). y: n north of m, flow n -> m is -y.
    const int component = axis == Axis::x ? 0 : 1;
    const double sign = axis == Axis::x ? 1.0 : -1.0;
    for (std::int64_t cell : {n, m}) {
      const double area = connections.width[i] * flow_thickness(problem, cell, solution.head[std::size_t(cell)]);
      if (area > 0.0) local[std::size_t(3 * cell + component)] += 0.5 * sign * q / area;
    }
  }
  const double a = g.rotation_deg * kPi / 180.0;
  const double ca = std::cos(a), sa = std::sin(a);
  std::vector<double> world(local.size(), 0.0);
  for (std::int64_t n = 0; n < g.cell_count(); ++n) {
    const double qx = local[std::size_t(3 * n)], qy = local[std::size_t(3 * n + 1)];
    world[std::size_t(3 * n)] = ca * qx - sa * qy;
    world[std::size_t(3 * n + 1)] = sa * qx + ca * qy;
    world[std::size_t(3 * n + 2)] = local[std::size_t(3 * n + 2)];
  }
  return world;
}

}  // namespace gwp::solver
