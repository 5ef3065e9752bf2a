#include "postprocess/metrics/plume_axis.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <string>

namespace gwp::metrics {

std::array<double, 2> AxisProfile::direction() const {
  const double dx = end[0] - origin[0], dy = end[1] - origin[1], length = std::hypot(dx, dy);
  if (!(length > 0.0)) return {0.0, 0.0};
  return {dx / length, dy / length};
}

AxisProfile plume_axis_profile(const Grid& grid, const std::vector<double>& concentration, const CellMask& counted,
                               const Point& origin, double fraction) {
  const std::size_t cells = std::size_t(grid.cell_count());
  if (concentration.size() != cells || counted.size() != cells) {
    throw std::invalid_argument("a plume axis of a grid of " + std::to_string(cells) + " cells from " +
                                std::to_string(concentration.size()) + " concentrations and a mask of " +
                                std::to_string(counted.size()));
  }
  AxisProfile profile;
  profile.origin = origin;
  profile.end = origin;
  // Per column, the largest concentration of its counted cells and the cell holding it.
  const std::size_t columns = std::size_t(grid.column_count());
  std::vector<double> top(columns, -std::numeric_limits<double>::infinity());
  std::vector<std::int64_t> holder(columns, -1);
  for (std::int64_t n = 0; n < grid.cell_count(); ++n) {
    if (!counted[std::size_t(n)] || !grid.active[std::size_t(n)]) continue;
    const std::size_t column = std::size_t(n % grid.column_count());
    if (concentration[std::size_t(n)] > top[column]) {
      top[column] = concentration[std::size_t(n)];
      holder[column] = n;
    }
  }
  const auto peak = std::max_element(top.begin(), top.end());
  if (!(*peak > 0.0)) return profile;
  const double floor = fraction * *peak;
  const std::size_t peak_column = std::size_t(peak - top.begin());
  const auto centre = [&](std::size_t column) {
    const auto xy = grid.to_world(grid.x_centre(int(column % std::size_t(grid.nx))),
                                  grid.y_centre(int(column / std::size_t(grid.nx))));
    return Point{xy[0], xy[1]};
  };
  // The end: the column above the fraction farthest from the origin.
  double reach = 0.0;
  for (std::size_t c = 0; c < columns; ++c) {
    if (!(top[c] >= floor)) continue;
    const Point p = centre(c);
    const double d = std::hypot(p[0] - origin[0], p[1] - origin[1]);
    if (d > reach) {
      reach = d;
      profile.end = p;
    }
  }
  if (!(reach > 0.0)) return profile;
  const auto u = profile.direction();
  const int peak_row = int(peak_column / std::size_t(grid.nx)), peak_col = int(peak_column % std::size_t(grid.nx));
  const double band = std::min(grid.dx[std::size_t(peak_col)], grid.dy[std::size_t(peak_row)]);
  const auto along = [&](const Point& p) { return (p[0] - origin[0]) * u[0] + (p[1] - origin[1]) * u[1]; };
  const auto across = [&](const Point& p) { return std::abs(-(p[0] - origin[0]) * u[1] + (p[1] - origin[1]) * u[0]); };
  const long first = long(std::floor(along(centre(peak_column)) / band));
  const long last = long(std::floor(reach / band));
  // Per band, the column with the largest concentration in the corridor.
  std::map<long, std::size_t> best;
  for (std::size_t c = 0; c < columns; ++c) {
    if (!(top[c] >= floor)) continue;
    const Point p = centre(c);
    const long b = long(std::floor(along(p) / band));
    if (b < first || b > last || across(p) > 0.5 * reach) continue;
    const auto found = best.find(b);
    if (found == best.end() || top[c] > top[found->second]) best[b] = c;
  }
  for (const auto& [b, c] : best) {
    profile.distance.push_back(along(centre(c)));
    profile.concentration.push_back(top[c]);
    profile.cell.push_back(holder[c]);
  }
  return profile;
}

}  // namespace gwp::metrics
