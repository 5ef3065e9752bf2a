#include "models/features/barriers.hpp"

#include <limits>

#include "models/grid_points.hpp"
#include "models/line_cells.hpp"
#include "models/selection.hpp"

namespace gwp::model {

solver::Schedule barrier_characteristic(double k, double thickness, double start) {
  const double characteristic = k / thickness;  // 1/d
  if (start <= 0.0) return solver::Schedule::constant(characteristic);
  return solver::Schedule{{0.0, start}, {std::numeric_limits<double>::infinity(), characteristic}};
}

void add_barriers(const Case& c, const BuiltGrid& g, solver::FlowProblem& problem, Diagnostics& d) {
  const gwp::Grid& grid = g.grid;
  for (const Barrier& b : c.barriers) {
    const bool inside = vertices_inside(grid, b.line, "line", b.location, d);
    const std::size_t problems = d.items().size();
    const std::vector<int> layers = resolve_layers(b.layers, g.layers, b.location, d);
    if (!inside || d.items().size() != problems) continue;
    solver::FlowBarrier barrier;
    barrier.name = b.name;
    barrier.characteristic = barrier_characteristic(b.k, b.thickness, b.start);
    for (const auto& face : crossed_faces(grid, b.line))
      for (int k : layers) {
        const std::int64_t n = grid.index(k, face[0][0], face[0][1]), m = grid.index(k, face[1][0], face[1][1]);
        if (!grid.active[std::size_t(n)] || !grid.active[std::size_t(m)]) continue;
        barrier.n.push_back(n);
        barrier.m.push_back(m);
      }
    if (barrier.n.empty()) {
      d.add(b.location, "the wall crosses no face between active cells of its layers (draw it across cell centres)");
      continue;
    }
    problem.barriers.push_back(std::move(barrier));
  }
}

}  // namespace gwp::model
