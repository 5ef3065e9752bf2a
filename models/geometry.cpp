#include "models/geometry.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gwp::model {

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
  if (polygon.empty()) return std::numeric_limits<double>::infinity();
  if (polygon.size() < 3) return distance_to_edges(p, polygon);
  if (point_in_polygon(p, polygon)) return 0.0;
  return distance_to_edges(p, polygon);
}

}  // namespace gwp::model
