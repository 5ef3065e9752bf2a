#include "postprocess/render/section_geometry.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace gwp::post::render {

namespace {

// Parameters t0 < t1 in [0, 1] where a + t (b - a) lies inside the rectangle; false if it misses.
bool clip(double ax, double ay, double bx, double by, double x0, double x1, double y0, double y1, double& t0,
          double& t1) {
  t0 = 0.0;
  t1 = 1.0;
  const double dx = bx - ax, dy = by - ay;
  const double p[4] = {-dx, dx, -dy, dy};
  const double q[4] = {ax - x0, x1 - ax, ay - y0, y1 - ay};
  for (int e = 0; e < 4; ++e) {
    if (p[e] == 0.0) {
      if (q[e] < 0.0) return false;  // parallel to this edge and outside it
      continue;
    }
    const double t = q[e] / p[e];
    if (p[e] < 0.0) t0 = std::max(t0, t);
    else t1 = std::min(t1, t);
  }
  return t0 < t1;
}

}  // namespace

std::vector<SectionPiece> section_pieces(const Grid& g, const PlanPoint& start, const PlanPoint& end) {
  const double length = std::hypot(end[0] - start[0], end[1] - start[1]);
  if (!(length > 0.0)) throw std::invalid_argument("a section line needs two different end points");
  const auto a = g.to_local(start[0], start[1]), b = g.to_local(end[0], end[1]);
  std::vector<double> xe(std::size_t(g.nx) + 1, 0.0), ye(std::size_t(g.ny) + 1, g.length_y());
  std::partial_sum(g.dx.begin(), g.dx.end(), xe.begin() + 1);
  for (int i = 0; i < g.ny; ++i) ye[std::size_t(i) + 1] = ye[std::size_t(i)] - g.dy[std::size_t(i)];
  std::vector<SectionPiece> pieces;
  const double tiny = 1e-9;
  for (int i = 0; i < g.ny; ++i)
    for (int j = 0; j < g.nx; ++j) {
      double t0, t1;
      if (!clip(a[0], a[1], b[0], b[1], xe[std::size_t(j)], xe[std::size_t(j) + 1], ye[std::size_t(i) + 1],
                ye[std::size_t(i)], t0, t1))
        continue;
      if (t1 - t0 > tiny) pieces.push_back({i, j, t0 * length, t1 * length});
    }
  std::sort(pieces.begin(), pieces.end(), [](const SectionPiece& p, const SectionPiece& q) { return p.s0 < q.s0; });
  return pieces;
}

LinePosition position_on_line(const PlanPoint& p, const PlanPoint& start, const PlanPoint& end) {
  const double dx = end[0] - start[0], dy = end[1] - start[1], length = std::hypot(dx, dy);
  if (!(length > 0.0)) throw std::invalid_argument("a section line needs two different end points");
  const double ux = dx / length, uy = dy / length, px = p[0] - start[0], py = p[1] - start[1];
  return {px * ux + py * uy, std::abs(-px * uy + py * ux)};
}

namespace {

// Even-odd rule: a ray from p to the east crosses the outline an odd number of times.
bool contains(const std::vector<PlanPoint>& polygon, const PlanPoint& p) {
  bool inside = false;
  for (std::size_t a = 0, b = polygon.size() - 1; a < polygon.size(); b = a++) {
    const PlanPoint &u = polygon[a], &v = polygon[b];
    if ((u[1] > p[1]) != (v[1] > p[1]) && p[0] < u[0] + (p[1] - u[1]) * (v[0] - u[0]) / (v[1] - u[1])) inside = !inside;
  }
  return inside;
}

}  // namespace

std::vector<std::array<double, 2>> inside_polygon(const std::vector<PlanPoint>& polygon, const PlanPoint& start,
                                                  const PlanPoint& end) {
  std::vector<std::array<double, 2>> stretches;
  const double dx = end[0] - start[0], dy = end[1] - start[1], length = std::hypot(dx, dy);
  if (polygon.size() < 3 || !(length > 0.0)) return stretches;
  // Where the line crosses each edge (as a fraction of the line), then which gaps lie inside.
  std::vector<double> cuts{0.0, 1.0};
  for (std::size_t a = 0; a < polygon.size(); ++a) {
    const PlanPoint& p = polygon[a];
    const PlanPoint& q = polygon[(a + 1) % polygon.size()];
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
    if (!contains(polygon, {start[0] + mid * dx, start[1] + mid * dy})) continue;
    if (!stretches.empty() && std::abs(stretches.back()[1] - cuts[c] * length) < 1e-9 * length)
      stretches.back()[1] = cuts[c + 1] * length;  // one stretch cut at a vertex on the line
    else
      stretches.push_back({cuts[c] * length, cuts[c + 1] * length});
  }
  return stretches;
}

}  // namespace gwp::post::render
