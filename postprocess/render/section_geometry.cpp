#include "postprocess/render/section_geometry.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace gwp::render {

std::vector<SectionPiece> section_pieces(const Grid& g, const Point& start, const Point& end) {
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
      const auto t = clip_to_rectangle(
          a, b, {xe[std::size_t(j)], xe[std::size_t(j) + 1], ye[std::size_t(i) + 1], ye[std::size_t(i)]});
      if (t && (*t)[1] - (*t)[0] > tiny) pieces.push_back({i, j, (*t)[0] * length, (*t)[1] * length});
    }
  std::sort(pieces.begin(), pieces.end(), [](const SectionPiece& p, const SectionPiece& q) { return p.s0 < q.s0; });
  return pieces;
}

}  // namespace gwp::render
