#include "models/grid_points.hpp"

#include "models/number_text.hpp"

namespace gwp::model {

std::vector<Point> column_centres(const gwp::Grid& grid) {
  std::vector<Point> centres;
  centres.reserve(std::size_t(grid.column_count()));
  // Local centres by running sums: Grid::x_centre sums the widths anew at every call.
  std::vector<double> xc(std::size_t(grid.nx));
  double west = 0.0;
  for (int j = 0; j < grid.nx; ++j) {
    xc[std::size_t(j)] = west + 0.5 * grid.dx[std::size_t(j)];
    west += grid.dx[std::size_t(j)];
  }
  double north = grid.length_y();  // local y of the north edge of row i
  for (int i = 0; i < grid.ny; ++i) {
    const double yc = north - 0.5 * grid.dy[std::size_t(i)];
    north -= grid.dy[std::size_t(i)];
    for (int j = 0; j < grid.nx; ++j) {
      const auto w = grid.to_world(xc[std::size_t(j)], yc);
      centres.push_back({w[0], w[1]});
    }
  }
  return centres;
}

std::string point_text(const Point& p) { return "(" + number_text(p[0]) + ", " + number_text(p[1]) + ")"; }

std::string grid_extent_text(const gwp::Grid& grid) {
  const double lx = grid.length_x(), ly = grid.length_y();
  if (grid.rotation_deg == 0.0)
    return "x from " + number_text(grid.origin_x) + " to " + number_text(grid.origin_x + lx) + ", y from " +
           number_text(grid.origin_y) + " to " + number_text(grid.origin_y + ly);
  std::string out = "rotated " + number_text(grid.rotation_deg) + " degrees, corners";
  const std::array<std::array<double, 2>, 4> corners{{{0.0, 0.0}, {lx, 0.0}, {lx, ly}, {0.0, ly}}};
  for (const auto& c : corners) {
    const auto w = grid.to_world(c[0], c[1]);
    out += " " + point_text({w[0], w[1]});
  }
  return out;
}

std::optional<std::array<int, 2>> locate_column(const BuiltGrid& g, const Point& p, const Location& where,
                                                Diagnostics& d) {
  const auto column = g.grid.locate(p[0], p[1]);
  if (!column) d.add(where, "point " + point_text(p) + " is outside the grid (" + grid_extent_text(g.grid) + ")");
  return column;
}

bool vertices_inside(const gwp::Grid& grid, const std::vector<Point>& vertices, const char* what,
                     const Location& where, Diagnostics& d) {
  bool inside = true;
  for (std::size_t v = 0; v < vertices.size(); ++v)
    if (!grid.locate(vertices[v][0], vertices[v][1])) {
      d.add(where, std::string(what) + " vertex " + std::to_string(v + 1) + " " + point_text(vertices[v]) +
                       " is outside the grid (" + grid_extent_text(grid) + ")");
      inside = false;
    }
  return inside;
}

std::optional<int> active_layer_at(const gwp::Grid& grid, int i, int j, double z) {
  for (int k = 0; k < grid.nz; ++k) {
    const std::int64_t n = grid.index(k, i, j);
    if (!grid.active[std::size_t(n)]) continue;
    if (z <= grid.cell_top(n) + kZeroThickness && z >= grid.cell_bottom(n) - kZeroThickness) return k;
  }
  return std::nullopt;
}

std::optional<std::int64_t> cell_at(const BuiltGrid& g, const Point& p, double z) {
  if (g.grid.cell_count() == 0) return std::nullopt;
  const auto column = g.grid.locate(p[0], p[1]);
  if (!column) return std::nullopt;
  const auto k = active_layer_at(g.grid, (*column)[0], (*column)[1], z);
  if (!k) return std::nullopt;
  return g.grid.index(*k, (*column)[0], (*column)[1]);
}

}  // namespace gwp::model
