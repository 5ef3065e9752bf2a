#include "postprocess/plan_geometry.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace gwp::post {

double distance_to_segment(const PlanPoint& p, const PlanPoint& a, const PlanPoint& b) {
  const double ex = b[0] - a[0], ey = b[1] - a[1];
  const double length2 = ex * ex + ey * ey;
  // Position of the foot of the perpendicular along the segment, clamped to its ends.
  const double s =
      length2 > 0.0 ? std::clamp(((p[0] - a[0]) * ex + (p[1] - a[1]) * ey) / length2, 0.0, 1.0)
                    : 0.0;
  return std::hypot(p[0] - (a[0] + s * ex), p[1] - (a[1] + s * ey));
}

bool inside_polygon(const PlanPoint& p, const Polygon& polygon) {
  if (polygon.size() < 3) return false;
  // Count the edges a ray from p towards +x crosses; the half-open test on y counts a vertex
  // the ray passes through once, not twice.
  bool inside = false;
  for (std::size_t a = 0, b = polygon.size() - 1; a < polygon.size(); b = a++) {
    const PlanPoint& u = polygon[a];
    const PlanPoint& v = polygon[b];
    if ((u[1] > p[1]) == (v[1] > p[1])) continue;
    const double x_cross = u[0] + (p[1] - u[1]) / (v[1] - u[1]) * (v[0] - u[0]);
    if (p[0] < x_cross) inside = !inside;
  }
  return inside;
}

double distance_to_polygon(const PlanPoint& p, const Polygon& polygon) {
  if (polygon.empty()) throw std::invalid_argument("distance to a polygon without vertices");
  for (std::size_t v = 0; v < polygon.size(); ++v) {
    if (!std::isfinite(polygon[v][0]) || !std::isfinite(polygon[v][1])) {
      throw std::invalid_argument("polygon vertex " + std::to_string(v + 1) + " of " +
                                  std::to_string(polygon.size()) + " is (" +
                                  std::to_string(polygon[v][0]) + ", " +
                                  std::to_string(polygon[v][1]) + ")");
    }
  }
  if (inside_polygon(p, polygon)) return 0.0;
  if (polygon.size() == 1) return std::hypot(p[0] - polygon[0][0], p[1] - polygon[0][1]);
  double nearest = std::numeric_limits<double>::infinity();
  // A segment (two vertices) is its one edge; closing it back would only repeat that edge.
  const std::size_t edges = polygon.size() == 2 ? 1 : polygon.size();
  for (std::size_t e = 0; e < edges; ++e) {
    nearest = std::min(nearest,
                       distance_to_segment(p, polygon[e], polygon[(e + 1) % polygon.size()]));
  }
  return nearest;
}

}  // namespace gwp::post
