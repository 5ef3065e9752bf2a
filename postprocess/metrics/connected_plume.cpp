#include "postprocess/metrics/connected_plume.hpp"

#include <stdexcept>
#include <string>

namespace gwp::metrics {

CellMask connected_above(const Grid& grid, const std::vector<double>& concentration, double threshold,
                         const CellMask& allowed, const std::vector<std::int64_t>& seeds) {
  // cells_above checks the lengths and that every counted concentration is a number.
  const CellMask above = cells_above(grid, concentration, threshold, allowed);
  CellMask region(above.size(), 0);
  std::vector<std::int64_t> stack;
  for (std::int64_t seed : seeds) {
    if (seed < 0 || seed >= grid.cell_count())
      throw std::invalid_argument("seed cell " + std::to_string(seed) + " outside a grid of " +
                                  std::to_string(grid.cell_count()) + " cells");
    if (above[std::size_t(seed)] && !region[std::size_t(seed)]) {
      region[std::size_t(seed)] = 1;
      stack.push_back(seed);
    }
  }
  // Depth-first flood fill; each cell enters the stack once.
  const auto visit = [&](int k, int i, int j) {
    if (k < 0 || k >= grid.nz || i < 0 || i >= grid.ny || j < 0 || j >= grid.nx) return;
    const std::size_t m = std::size_t(grid.index(k, i, j));
    if (!above[m] || region[m]) return;
    region[m] = 1;
    stack.push_back(std::int64_t(m));
  };
  while (!stack.empty()) {
    const CellIndex c = grid.cell(stack.back());
    stack.pop_back();
    visit(c.k, c.i, c.j - 1);
    visit(c.k, c.i, c.j + 1);
    visit(c.k, c.i - 1, c.j);
    visit(c.k, c.i + 1, c.j);
    visit(c.k - 1, c.i, c.j);
    visit(c.k + 1, c.i, c.j);
  }
  return region;
}

double bore_plume_distance(const Grid& grid, const std::vector<double>& concentration, double threshold,
                           const CellMask& delivered, const std::vector<std::int64_t>& bore, const Point& at) {
  const CellMask region = connected_above(grid, concentration, threshold, delivered, bore);
  return farthest_distance(grid, region, Polygon{at});
}

}  // namespace gwp::metrics
