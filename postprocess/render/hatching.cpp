#include "postprocess/render/hatching.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gwp::render {

std::vector<std::vector<Pixel>> hatch_lines(const std::vector<std::vector<Pixel>>& polygons, double spacing,
                                            double degrees) {
  std::vector<std::vector<Pixel>> out;
  if (!(spacing > 0.0)) return out;
  const double a = degrees * 3.14159265358979323846 / 180.0;
  const double ux = std::cos(a), uy = std::sin(a);  // along the lines
  const double nx = -uy, ny = ux;                   // across them
  for (const auto& polygon : polygons) {
    if (polygon.size() < 3) continue;
    double c_min = std::numeric_limits<double>::infinity(), c_max = -c_min;
    for (const Pixel& p : polygon) {
      const double c = p[0] * nx + p[1] * ny;
      c_min = std::min(c_min, c), c_max = std::max(c_max, c);
    }
    for (double k = std::ceil(c_min / spacing); k * spacing <= c_max; k += 1.0) {
      const double c = k * spacing;
      // Where the line c meets the polygon's edges, as distances along the line.
      double t_min = std::numeric_limits<double>::infinity(), t_max = -t_min;
      for (std::size_t e = 0; e < polygon.size(); ++e) {
        const Pixel& p = polygon[e];
        const Pixel& q = polygon[(e + 1) % polygon.size()];
        const double cp = p[0] * nx + p[1] * ny - c, cq = q[0] * nx + q[1] * ny - c;
        if ((cp > 0.0 && cq > 0.0) || (cp < 0.0 && cq < 0.0) || cp == cq) continue;
        const double f = cp / (cp - cq);
        const double x = p[0] + f * (q[0] - p[0]), y = p[1] + f * (q[1] - p[1]);
        const double t = x * ux + y * uy;
        t_min = std::min(t_min, t), t_max = std::max(t_max, t);
      }
      if (!(t_max > t_min)) continue;
      out.push_back({{c * nx + t_min * ux, c * ny + t_min * uy}, {c * nx + t_max * ux, c * ny + t_max * uy}});
    }
  }
  return out;
}

}  // namespace gwp::render
