#include "postprocess/export/cell_geometry.hpp"

#include <algorithm>

namespace gwp::exporting {

GridLines grid_lines(const Grid& grid) {
  GridLines lines;
  lines.x.assign(std::size_t(grid.nx) + 1, 0.0);
  for (int j = 0; j < grid.nx; ++j) lines.x[std::size_t(j) + 1] = lines.x[std::size_t(j)] + grid.dx[std::size_t(j)];
  lines.y.assign(std::size_t(grid.ny) + 1, 0.0);
  lines.y[0] = grid.length_y();
  for (int i = 0; i < grid.ny; ++i) lines.y[std::size_t(i) + 1] = lines.y[std::size_t(i)] - grid.dy[std::size_t(i)];
  lines.y[std::size_t(grid.ny)] = 0.0;  // exact, whatever the rounding of the sums
  return lines;
}

std::array<std::array<double, 2>, 4> column_corners(const Grid& grid, const GridLines& lines, int i, int j) {
  const double west = lines.x[std::size_t(j)], east = lines.x[std::size_t(j) + 1];
  const double north = lines.y[std::size_t(i)], south = lines.y[std::size_t(i) + 1];
  return {grid.to_world(west, south), grid.to_world(east, south), grid.to_world(east, north),
          grid.to_world(west, north)};
}

std::array<Point3, 8> cell_corners(const Grid& grid, const GridLines& lines, std::int64_t n) {
  const CellIndex c = grid.cell(n);
  const auto plan = column_corners(grid, lines, c.i, c.j);
  const double bottom = grid.cell_bottom(n), top = grid.cell_top(n);
  std::array<Point3, 8> corners;
  for (std::size_t q = 0; q < 4; ++q) {
    corners[q] = {plan[q][0], plan[q][1], bottom};
    corners[q + 4] = {plan[q][0], plan[q][1], top};
  }
  return corners;
}

double ground_elevation(const Grid& grid, const GridLines& lines, double x, double y) {
  const auto local = grid.to_local(x, y);
  // The column whose span holds the (clamped) local coordinate.
  const auto x_it = std::upper_bound(lines.x.begin() + 1, lines.x.end() - 1, local[0]);
  const int j = int(x_it - (lines.x.begin() + 1));
  // Row lines fall from north to south.
  const auto y_it = std::upper_bound(lines.y.begin() + 1, lines.y.end() - 1, local[1], std::greater<>());
  const int i = int(y_it - (lines.y.begin() + 1));
  return grid.top[std::size_t(i) * std::size_t(grid.nx) + std::size_t(j)];
}

}  // namespace gwp::exporting
