// The concentration profile along a plume's axis, for the bulk attenuation rate
// (bulk_attenuation.hpp). The axis is the straight plan line from the source's centre O to the
// end E of the plume: the column (largest concentration over the counted layers) above a small
// fraction of the peak that lies farthest from O. The profile samples, in bands one cell wide
// across the axis (the plan width of the peak's cell, the smaller of its two sides), the
// largest concentration of the counted cells whose column centre projects into the band and
// lies within half the axis' length of it, from the band of the peak to the band of E, keeping
// those at or above the fraction of the peak. Each sample stands at its own cell's distance
// along the axis. A plume that reaches no farther than its source has no axis.
#pragma once
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include "core/grid.hpp"
#include "core/plane_geometry.hpp"
#include "postprocess/metrics/plume_metrics.hpp"

namespace gwp::metrics {

inline constexpr double kAxisFraction = 0.01;  // -, the plume's end: 1 % of its peak

struct AxisProfile {
  Point origin{};                   // world x, y (m): the source's centre
  Point end{};                      // world x, y (m): the plume's end
  std::vector<double> distance;     // m along the axis from the origin, ascending
  std::vector<double> concentration;  // mg/L, the band's largest
  std::vector<std::int64_t> cell;   // the cell holding it (C order)
  // Unit vector of the axis (world east, north); zero without an axis.
  std::array<double, 2> direction() const;
};

// The profile of `concentration` (mg/L per cell) over the `counted` cells, from `origin` (world
// x, y), ending at `fraction` of the peak. No samples when no counted cell holds more than 0 or
// no column above the fraction lies away from the origin.
AxisProfile plume_axis_profile(const Grid& grid, const std::vector<double>& concentration, const CellMask& counted,
                               const Point& origin, double fraction = kAxisFraction);

}  // namespace gwp::metrics
