#include "core/plane_geometry.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace gwp {

namespace {

// How far from an edge (m) still counts as on it: 1e-9 of the polygon's size, plus 1e-12 of
// the coordinates' magnitude, which is some thousand times the rounding of one operation on
// them (2.2e-16 relative) and still only 4e-5 m for Gauss-Kruger eastings of 3.75e7 m.
constexpr double kOnEdgeOfSize = 1e-9;
constexpr double kOnEdgeOfMagnitude = 1e-12;

double boundary_tolerance(const Polygon& polygon) {
  const BoundingBox b = bounding_box(polygon);
  const double size = std::max({b.x_max - b.x_min, b.y_max - b.y_min, 1.0});
  const double magnitude = std::max({std::abs(b.x_min), std::abs(b.x_max), std::abs(b.y_min), std::abs(b.y_max)});
  return kOnEdgeOfSize * size + kOnEdgeOfMagnitude * magnitude;
}

// Even-odd rule: a ray from p towards +x crosses the boundary an odd number of times when
// p is inside. Each edge counts when it straddles p's horizontal line, half-open at its upper
// end so that a vertex on the line is counted once.
bool crossing_parity(const Point& p, const Polygon& polygon) {
  bool inside = false;
  const std::size_t n = polygon.size();
  for (std::size_t a = 0, b = n - 1; a < n; b = a++) {
    const Point& pa = polygon[a];
    const Point& pb = polygon[b];
    if ((pa[1] > p[1]) != (pb[1] > p[1])) {
      const double x_cross = pa[0] + (p[1] - pa[1]) * (pb[0] - pa[0]) / (pb[1] - pa[1]);
      if (p[0] < x_cross) inside = !inside;
    }
  }
  return inside;
}

double distance_to_edges(const Point& p, const Polygon& polygon) {
  double nearest = std::numeric_limits<double>::infinity();
  const std::size_t n = polygon.size();
  for (std::size_t a = 0, b = n - 1; a < n; b = a++)
    nearest = std::min(nearest, distance_to_segment(p, polygon[b], polygon[a]));
  return nearest;
}

}  // namespace

BoundingBox bounding_box(const Polygon& polygon) {
  if (polygon.empty()) return {};
  BoundingBox b{polygon[0][0], polygon[0][0], polygon[0][1], polygon[0][1]};
  for (const Point& p : polygon) {
    b.x_min = std::min(b.x_min, p[0]);
    b.x_max = std::max(b.x_max, p[0]);
    b.y_min = std::min(b.y_min, p[1]);
    b.y_max = std::max(b.y_max, p[1]);
  }
  return b;
}

double distance_to_segment(const Point& p, const Point& a, const Point& b) {
  const double ex = b[0] - a[0], ey = b[1] - a[1];
  const double length2 = ex * ex + ey * ey;
  // Parameter of the foot of the perpendicular, clamped to the segment.
  double t = 0.0;
  if (length2 > 0.0) t = std::clamp(((p[0] - a[0]) * ex + (p[1] - a[1]) * ey) / length2, 0.0, 1.0);
  return std::hypot(p[0] - (a[0] + t * ex), p[1] - (a[1] + t * ey));
}

bool point_in_polygon(const Point& p, const Polygon& polygon) {
  if (polygon.size() < 3) return false;
  if (distance_to_edges(p, polygon) <= boundary_tolerance(polygon)) return true;
  return crossing_parity(p, polygon);
}

double polygon_area(const Polygon& polygon) {
  const std::size_t n = polygon.size();
  if (n < 3) return 0.0;
  // Shoelace on coordinates relative to the first vertex, which keeps the products small for
  // projected coordinates of millions of metres.
  const Point& o = polygon[0];
  double twice = 0.0;
  for (std::size_t a = 1; a + 1 < n; ++a)
    twice += (polygon[a][0] - o[0]) * (polygon[a + 1][1] - o[1]) - (polygon[a + 1][0] - o[0]) * (polygon[a][1] - o[1]);
  return 0.5 * std::abs(twice);
}

double distance_to_polygon(const Point& p, const Polygon& polygon) {
  if (polygon.empty()) throw std::invalid_argument("distance to a polygon without vertices");
  for (std::size_t v = 0; v < polygon.size(); ++v) {
    if (!std::isfinite(polygon[v][0]) || !std::isfinite(polygon[v][1])) {
      throw std::invalid_argument("polygon vertex " + std::to_string(v + 1) + " of " + std::to_string(polygon.size()) +
                                  " is (" + std::to_string(polygon[v][0]) + ", " + std::to_string(polygon[v][1]) + ")");
    }
  }
  if (point_in_polygon(p, polygon)) return 0.0;
  return distance_to_edges(p, polygon);
}

namespace {

// Sign of the turn a -> b -> c: +1 left, -1 right, 0 collinear.
int orientation(const Point& a, const Point& b, const Point& c) {
  const double cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  return (cross > 0.0) - (cross < 0.0);
}

// For collinear a, b, p: whether p lies within the bounding box of a-b.
bool on_segment(const Point& a, const Point& b, const Point& p) {
  return p[0] >= std::min(a[0], b[0]) && p[0] <= std::max(a[0], b[0]) && p[1] >= std::min(a[1], b[1]) &&
         p[1] <= std::max(a[1], b[1]);
}

}  // namespace

bool segments_intersect(const Point& a, const Point& b, const Point& c, const Point& d) {
  const int o1 = orientation(a, b, c), o2 = orientation(a, b, d);
  const int o3 = orientation(c, d, a), o4 = orientation(c, d, b);
  if (o1 != o2 && o3 != o4) return true;
  return (o1 == 0 && on_segment(a, b, c)) || (o2 == 0 && on_segment(a, b, d)) || (o3 == 0 && on_segment(c, d, a)) ||
         (o4 == 0 && on_segment(c, d, b));
}

double polyline_length(const Polyline& line) {
  double length = 0.0;
  for (std::size_t v = 1; v < line.size(); ++v)
    length += std::hypot(line[v][0] - line[v - 1][0], line[v][1] - line[v - 1][1]);
  return length;
}

double distance_to_polyline(const Point& p, const Polyline& line) {
  if (line.empty()) return std::numeric_limits<double>::infinity();
  if (line.size() == 1) return std::hypot(p[0] - line[0][0], p[1] - line[0][1]);
  double nearest = std::numeric_limits<double>::infinity();
  for (std::size_t s = 0; s + 1 < line.size(); ++s) nearest = std::min(nearest, distance_to_segment(p, line[s], line[s + 1]));
  return nearest;
}

std::optional<std::array<double, 2>> clip_to_rectangle(const Point& a, const Point& b, const Rectangle& r) {
  const double dx = b[0] - a[0], dy = b[1] - a[1];
  double t0 = 0.0, t1 = 1.0;
  // Each pair (p, q): the segment is inside where p t <= q.
  const double p[4] = {-dx, dx, -dy, dy};
  const double q[4] = {a[0] - r.x0, r.x1 - a[0], a[1] - r.y0, r.y1 - a[1]};
  for (int k = 0; k < 4; ++k) {
    if (p[k] == 0.0) {
      if (q[k] < 0.0) return std::nullopt;  // parallel to this edge and outside it
      continue;
    }
    const double t = q[k] / p[k];
    if (p[k] < 0.0) t0 = std::max(t0, t);
    else t1 = std::min(t1, t);
    if (t0 > t1) return std::nullopt;
  }
  return std::array<double, 2>{t0, t1};
}

double length_in_rectangle(const Polyline& line, const Rectangle& r) {
  double length = 0.0;
  for (std::size_t s = 0; s + 1 < line.size(); ++s) {
    if (const auto t = clip_to_rectangle(line[s], line[s + 1], r))
      length += ((*t)[1] - (*t)[0]) * std::hypot(line[s + 1][0] - line[s][0], line[s + 1][1] - line[s][1]);
  }
  return length;
}

std::vector<std::array<double, 2>> stretches_inside(const Polygon& polygon, const Point& start, const Point& end) {
  std::vector<std::array<double, 2>> stretches;
  const double dx = end[0] - start[0], dy = end[1] - start[1], length = std::hypot(dx, dy);
  if (polygon.size() < 3 || !(length > 0.0)) return stretches;
  // Where the segment crosses each edge (as a fraction of it), then which gaps lie inside.
  std::vector<double> cuts{0.0, 1.0};
  for (std::size_t a = 0; a < polygon.size(); ++a) {
    const Point& p = polygon[a];
    const Point& q = polygon[(a + 1) % polygon.size()];
    const double ex = q[0] - p[0], ey = q[1] - p[1], den = dx * ey - dy * ex;
    if (den == 0.0) continue;  // parallel
    const double t = ((p[0] - start[0]) * ey - (p[1] - start[1]) * ex) / den;
    const double u = ((p[0] - start[0]) * dy - (p[1] - start[1]) * dx) / den;
    if (t > 0.0 && t < 1.0 && u >= 0.0 && u <= 1.0) cuts.push_back(t);
  }
  std::sort(cuts.begin(), cuts.end());
  for (std::size_t c = 0; c + 1 < cuts.size(); ++c) {
    if (!(cuts[c + 1] > cuts[c])) continue;
    const double mid = 0.5 * (cuts[c] + cuts[c + 1]);
    if (!point_in_polygon({start[0] + mid * dx, start[1] + mid * dy}, polygon)) continue;
    if (!stretches.empty() && std::abs(stretches.back()[1] - cuts[c] * length) < 1e-9 * length)
      stretches.back()[1] = cuts[c + 1] * length;  // one stretch cut at a vertex on the segment
    else
      stretches.push_back({cuts[c] * length, cuts[c + 1] * length});
  }
  return stretches;
}

LinePosition position_on_line(const Point& p, const Point& start, const Point& end) {
  const double dx = end[0] - start[0], dy = end[1] - start[1], length = std::hypot(dx, dy);
  if (!(length > 0.0)) throw std::invalid_argument("a line needs two different points");
  const double ux = dx / length, uy = dy / length, px = p[0] - start[0], py = p[1] - start[1];
  return {px * ux + py * uy, std::abs(-px * uy + py * ux)};
}

}  // namespace gwp
