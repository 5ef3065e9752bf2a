#include "postprocess/render/plan_values.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace gwp::post::render {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void require_cells(const Grid& grid, const std::vector<double>& cells) {
  if (cells.size() != std::size_t(grid.cell_count()))
    throw std::invalid_argument("field of " + std::to_string(cells.size()) + " values for a grid of " +
                                std::to_string(grid.cell_count()) + " cells");
}

}  // namespace

std::vector<double> layer_values(const Grid& grid, const std::vector<double>& cells, int k) {
  require_cells(grid, cells);
  if (k < 0 || k >= grid.nz) throw std::invalid_argument("no layer " + std::to_string(k + 1) + " in a grid of " +
                                                         std::to_string(grid.nz) + " layers");
  std::vector<double> out(std::size_t(grid.column_count()), kNaN);
  for (std::int64_t c = 0; c < grid.column_count(); ++c) {
    const std::size_t n = std::size_t(k * grid.column_count() + c);
    if (grid.active[n]) out[std::size_t(c)] = cells[n];
  }
  return out;
}

std::vector<double> water_table(const Grid& grid, const std::vector<double>& heads) {
  require_cells(grid, heads);
  std::vector<double> out(std::size_t(grid.column_count()), kNaN);
  for (std::int64_t c = 0; c < grid.column_count(); ++c)
    for (int k = 0; k < grid.nz; ++k) {
      const std::int64_t n = k * grid.column_count() + c;
      if (grid.active[std::size_t(n)] && heads[std::size_t(n)] > grid.cell_bottom(n)) {
        out[std::size_t(c)] = heads[std::size_t(n)];
        break;
      }
    }
  return out;
}

std::vector<double> finite_range(const std::vector<double>& values) {
  double low = std::numeric_limits<double>::infinity(), high = -low;
  for (double v : values)
    if (std::isfinite(v)) low = std::min(low, v), high = std::max(high, v);
  if (low > high) return {kNaN, kNaN};
  return {low, high};
}

}  // namespace gwp::post::render
