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

}  // namespace gwp::post::render
