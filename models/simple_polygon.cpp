#include "models/simple_polygon.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "models/number_text.hpp"

namespace gwp::model {

namespace {

std::string point_text(const Point& p) { return "(" + number_text(p[0]) + ", " + number_text(p[1]) + ")"; }

double cross(const Point& a, const Point& b, const Point& c) {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

}  // namespace

std::optional<std::string> polygon_crossing(const Polygon& polygon) {
  // The distinct vertices in order, each with its number as written (from 1).
  std::vector<Point> v;
  std::vector<std::size_t> number;
  for (std::size_t k = 0; k < polygon.size(); ++k) {
    if (!v.empty() && polygon[k] == v.back()) continue;
    v.push_back(polygon[k]);
    number.push_back(k + 1);
  }
  while (v.size() > 1 && v.back() == v.front()) {
    v.pop_back();
    number.pop_back();
  }
  const std::size_t n = v.size();
  if (n < 3) return std::nullopt;  // too few vertices: reported by whoever needs an area
  const auto edge_text = [&](std::size_t e) {
    return "edge " + std::to_string(number[e]) + " " + point_text(v[e]) + " - " + point_text(v[(e + 1) % n]);
  };

  // An edge that turns straight back along the one before (a spike, or a flat outline).
  for (std::size_t k = 0; k < n; ++k) {
    const Point& a = v[(k + n - 1) % n];
    const Point& b = v[k];
    const Point& c = v[(k + 1) % n];
    const double dot = (a[0] - b[0]) * (c[0] - b[0]) + (a[1] - b[1]) * (c[1] - b[1]);
    if (cross(a, b, c) == 0.0 && dot > 0.0)
      return "the outline turns back on itself at vertex " + std::to_string(number[k]) + " " + point_text(b) +
             ": " + edge_text((k + n - 1) % n) + " and " + edge_text(k) + " overlap";
  }

  // Non-neighbouring edges must not meet: sorted by their start along the axis in which the
  // edges are shorter, each is compared only with those that overlap it on that axis.
  double extent_x = 0.0, extent_y = 0.0;
  for (std::size_t e = 0; e < n; ++e) {
    extent_x += std::abs(v[(e + 1) % n][0] - v[e][0]);
    extent_y += std::abs(v[(e + 1) % n][1] - v[e][1]);
  }
  const int axis = extent_x <= extent_y ? 0 : 1;
  const auto lo = [&](std::size_t e, int a) { return std::min(v[e][a], v[(e + 1) % n][a]); };
  const auto hi = [&](std::size_t e, int a) { return std::max(v[e][a], v[(e + 1) % n][a]); };
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return lo(a, axis) < lo(b, axis); });
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t e = order[i];
    for (std::size_t j = i + 1; j < n && lo(order[j], axis) <= hi(e, axis); ++j) {
      const std::size_t f = order[j];
      const std::size_t a = std::min(e, f), b = std::max(e, f);
      if (b == a + 1 || (a == 0 && b == n - 1)) continue;  // neighbours share a vertex
      const int other = 1 - axis;
      if (lo(f, other) > hi(e, other) || lo(e, other) > hi(f, other)) continue;
      // The first pair found is reported: one is enough to show what to fix, and stopping
      // there keeps an outline that crosses itself everywhere quick to refuse.
      if (segments_intersect(v[a], v[(a + 1) % n], v[b], v[(b + 1) % n]))
        return edge_text(a) + " crosses or touches " + edge_text(b);
    }
  }
  return std::nullopt;
}

}  // namespace gwp::model
