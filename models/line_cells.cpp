#include "models/line_cells.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/plane_geometry.hpp"

namespace gwp::model {

namespace {

// Points of the lattice used to measure the band area of a column, per axis.
constexpr int kLattice = 20;

// The line in local coordinates (metres east and north of the origin along the grid's axes).
Polyline to_local(const gwp::Grid& grid, const Polyline& line) {
  Polyline out;
  for (const Point& p : line) {
    const auto l = grid.to_local(p[0], p[1]);
    out.push_back({l[0], l[1]});
  }
  return out;
}

// West edges (nx + 1 values, local x) and north edges (ny + 1 values, local y, falling).
std::vector<double> x_edges(const gwp::Grid& g) {
  std::vector<double> e{0.0};
  for (double w : g.dx) e.push_back(e.back() + w);
  return e;
}
std::vector<double> y_edges(const gwp::Grid& g) {
  std::vector<double> e{g.length_y()};
  for (double w : g.dy) e.push_back(e.back() - w);
  return e;
}

}  // namespace

std::vector<LineColumn> line_columns(const gwp::Grid& grid, const Polyline& line, std::optional<double> width) {
  std::vector<LineColumn> out;
  if (line.size() < 2) return out;
  const Polyline local = to_local(grid, line);
  const std::vector<double> xe = x_edges(grid), ye = y_edges(grid);
  const double half = width.value_or(0.0) / 2.0;  // m
  BoundingBox box = bounding_box(local);
  for (int i = 0; i < grid.ny; ++i) {
    const double y_top = ye[std::size_t(i)], y_bottom = ye[std::size_t(i) + 1];
    if (y_bottom > box.y_max + half || y_top < box.y_min - half) continue;
    for (int j = 0; j < grid.nx; ++j) {
      const double x_left = xe[std::size_t(j)], x_right = xe[std::size_t(j) + 1];
      if (x_left > box.x_max + half || x_right < box.x_min - half) continue;
      const Point centre{0.5 * (x_left + x_right), 0.5 * (y_top + y_bottom)};
      bool crossed = false;
      // The footprint is crossed or touched when a segment meets it: its clipped length is
      // positive, or (a segment through a corner only) it meets one of the edges.
      const double length = length_in_rectangle(local, {x_left, x_right, y_bottom, y_top});
      if (length > 0.0) {
        crossed = true;
      } else {
        const Point corners[4] = {{x_left, y_bottom}, {x_right, y_bottom}, {x_right, y_top}, {x_left, y_top}};
        for (std::size_t s = 0; s + 1 < local.size() && !crossed; ++s)
          for (int e = 0; e < 4 && !crossed; ++e)
            crossed = segments_intersect(local[s], local[s + 1], corners[e], corners[(e + 1) % 4]);
      }
      const bool near = width && distance_to_polyline(centre, local) <= half;
      if (!crossed && !near) continue;
      LineColumn c{i, j, length, 0.0};
      if (width) {
        int inside = 0;
        for (int a = 0; a < kLattice; ++a)
          for (int b = 0; b < kLattice; ++b) {
            const Point p{x_left + (a + 0.5) / kLattice * (x_right - x_left),
                          y_bottom + (b + 0.5) / kLattice * (y_top - y_bottom)};
            inside += distance_to_polyline(p, local) <= half;
          }
        c.band_area = double(inside) / (kLattice * kLattice) * (x_right - x_left) * (y_top - y_bottom);
      }
      out.push_back(c);
    }
  }
  return out;
}

double bed_area(const LineColumn& column, double width, double column_area) {
  return std::min(column_area, std::max(column.band_area, column.length * width));
}

std::vector<std::array<std::array<int, 2>, 2>> crossed_faces(const gwp::Grid& grid, const Polyline& line) {
  std::vector<std::array<std::array<int, 2>, 2>> out;
  if (line.size() < 2) return out;
  const Polyline local = to_local(grid, line);
  const BoundingBox box = bounding_box(local);
  std::vector<double> xc(std::size_t(grid.nx)), yc(std::size_t(grid.ny));
  for (int j = 0; j < grid.nx; ++j) xc[std::size_t(j)] = grid.x_centre(j);
  for (int i = 0; i < grid.ny; ++i) yc[std::size_t(i)] = grid.y_centre(i);
  const auto meets = [&](const Point& a, const Point& b) {
    if (std::max(a[0], b[0]) < box.x_min || std::min(a[0], b[0]) > box.x_max || std::max(a[1], b[1]) < box.y_min ||
        std::min(a[1], b[1]) > box.y_max)
      return false;
    for (std::size_t s = 0; s + 1 < local.size(); ++s)
      if (segments_intersect(a, b, local[s], local[s + 1])) return true;
    return false;
  };
  for (int i = 0; i < grid.ny; ++i)
    for (int j = 0; j < grid.nx; ++j) {
      const Point c{xc[std::size_t(j)], yc[std::size_t(i)]};
      if (j + 1 < grid.nx && meets(c, {xc[std::size_t(j) + 1], yc[std::size_t(i)]})) out.push_back({{{i, j}, {i, j + 1}}});
      if (i + 1 < grid.ny && meets(c, {xc[std::size_t(j)], yc[std::size_t(i) + 1]})) out.push_back({{{i, j}, {i + 1, j}}});
    }
  return out;
}

int side_of_line(const Point& p, const Polyline& line, double scale) {
  if (line.size() < 2) return 0;
  // The nearest point of the line: segment s at parameter t in [0, 1].
  double best = std::numeric_limits<double>::infinity();
  std::size_t best_segment = 0;
  double best_t = 0.0;
  for (std::size_t s = 0; s + 1 < line.size(); ++s) {
    const Point& a = line[s];
    const Point& b = line[s + 1];
    const double dx = b[0] - a[0], dy = b[1] - a[1], length2 = dx * dx + dy * dy;
    const double t = length2 > 0.0 ? std::clamp(((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2, 0.0, 1.0) : 0.0;
    const double d = std::hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
    if (d < best) {
      best = d;
      best_segment = s;
      best_t = t;
    }
  }
  if (best <= 1e-9 * scale) return 0;
  // Unit left normal of segment s (zero for a segment of no length).
  const auto normal = [&](std::size_t s) -> Point {
    const double dx = line[s + 1][0] - line[s][0], dy = line[s + 1][1] - line[s][1], l = std::hypot(dx, dy);
    return l > 0.0 ? Point{-dy / l, dx / l} : Point{0.0, 0.0};
  };
  Point n = normal(best_segment);
  Point from = line[best_segment];
  const bool closed = line.size() > 2 && line.front() == line.back();
  if (best_t >= 1.0) {  // the vertex at the segment's end: with the next segment's normal
    from = line[best_segment + 1];
    if (best_segment + 2 < line.size()) {
      const Point m = normal(best_segment + 1);
      n = {n[0] + m[0], n[1] + m[1]};
    } else if (closed) {
      const Point m = normal(0);
      n = {n[0] + m[0], n[1] + m[1]};
    }
  } else if (best_t <= 0.0 && (best_segment > 0 || closed)) {  // its start: with the previous segment's
    const Point m = normal(best_segment > 0 ? best_segment - 1 : line.size() - 2);
    n = {n[0] + m[0], n[1] + m[1]};
  }
  const double side = n[0] * (p[0] - from[0]) + n[1] * (p[1] - from[1]);
  return side > 0.0 ? 1 : side < 0.0 ? -1 : 0;
}

std::vector<double> crossing_directions(const gwp::Grid& grid, const Polyline& line,
                                        const std::vector<std::array<std::array<int, 2>, 2>>& faces) {
  const Polyline local = to_local(grid, line);
  std::vector<double> out;
  for (const auto& face : faces) {
    const int i0 = face[0][0], j0 = face[0][1], i1 = face[1][0], j1 = face[1][1];
    // "On the line" relative to the distance between the two centres.
    const double scale = std::hypot(grid.x_centre(j1) - grid.x_centre(j0), grid.y_centre(i1) - grid.y_centre(i0));
    const int from = side_of_line({grid.x_centre(j0), grid.y_centre(i0)}, local, scale);
    const int to = side_of_line({grid.x_centre(j1), grid.y_centre(i1)}, local, scale);
    out.push_back(0.5 * double(from - to));
  }
  return out;
}

}  // namespace gwp::model
