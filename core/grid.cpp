#include "core/grid.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace gwp {

namespace {
constexpr double kPi = 3.14159265358979323846;
}

CellIndex Grid::cell(std::int64_t n) const {
  CellIndex c;
  c.j = int(n % nx);
  c.i = int((n / nx) % ny);
  c.k = int(n / (std::int64_t(nx) * ny));
  return c;
}

double Grid::cell_top(std::int64_t n) const {
  const std::int64_t plan = n % column_count();
  if (n < column_count()) return top[std::size_t(plan)];
  return bottom[std::size_t(n - column_count())];
}

double Grid::area(std::int64_t n) const {
  const CellIndex c = cell(n);
  return dx[std::size_t(c.j)] * dy[std::size_t(c.i)];
}

double Grid::x_centre(int j) const {
  return std::accumulate(dx.begin(), dx.begin() + j, 0.0) + 0.5 * dx[std::size_t(j)];
}

double Grid::y_centre(int i) const {
  // Row 0 is the north edge; local y is measured north from the south edge.
  return length_y() - std::accumulate(dy.begin(), dy.begin() + i, 0.0) - 0.5 * dy[std::size_t(i)];
}

double Grid::length_x() const { return std::accumulate(dx.begin(), dx.end(), 0.0); }
double Grid::length_y() const { return std::accumulate(dy.begin(), dy.end(), 0.0); }

std::array<double, 2> Grid::to_local(double xw, double yw) const {
  const double a = rotation_deg * kPi / 180.0;
  const double x = xw - origin_x, y = yw - origin_y;
  return {std::cos(a) * x + std::sin(a) * y, -std::sin(a) * x + std::cos(a) * y};
}

std::array<double, 2> Grid::to_world(double xl, double yl) const {
  const double a = rotation_deg * kPi / 180.0;
  return {origin_x + std::cos(a) * xl - std::sin(a) * yl, origin_y + std::sin(a) * xl + std::cos(a) * yl};
}

std::optional<std::array<int, 2>> Grid::locate(double xw, double yw) const {
  if (nx < 1 || ny < 1) return std::nullopt;
  const auto [x, y] = to_local(xw, yw);
  const double lx = length_x(), ly = length_y();
  // A point on the grid's edge is inside, even when rotating it to local coordinates has
  // moved it off the edge by rounding (1e-9 of the grid's size is far above that rounding).
  const double slack = 1e-9 * (lx + ly);
  if (x < -slack || y < -slack || x > lx + slack || y > ly + slack) return std::nullopt;
  int j = 0;
  for (double edge = dx[0]; j + 1 < nx && x > edge; edge += dx[std::size_t(++j)]) {}
  const double from_north = ly - y;
  int i = 0;
  for (double edge = dy[0]; i + 1 < ny && from_north > edge; edge += dy[std::size_t(++i)]) {}
  return std::array<int, 2>{i, j};
}

std::optional<int> Grid::layer_at(int i, int j, double z) const {
  for (int k = 0; k < nz; ++k) {
    const std::int64_t n = index(k, i, j);
    if (z <= cell_top(n) && z >= cell_bottom(n)) return k;
  }
  return std::nullopt;
}

std::string cell_label(const Grid& grid, std::int64_t n) {
  const CellIndex c = grid.cell(n);
  return "(layer " + std::to_string(c.k + 1) + ", row " + std::to_string(c.i + 1) + ", column " +
         std::to_string(c.j + 1) + ")";
}

std::string cell_place(const Grid& grid, std::int64_t n) {
  const CellIndex c = grid.cell(n);
  const std::array<double, 2> world = grid.to_world(grid.x_centre(c.j), grid.y_centre(c.i));
  char text[160];
  std::snprintf(text, sizeof text, " at x = %.1f m, y = %.1f m, z = %.2f to %.2f m", world[0], world[1],
                grid.cell_top(n), grid.cell_bottom(n));
  return cell_label(grid, n) + text;
}

}  // namespace gwp
