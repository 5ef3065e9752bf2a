// Line charts of a comparison's main figures against time, one line per scenario, each at that
// scenario's own output times: per species the plume area above the limit and the dissolved mass
// left; the concentration at each monitoring point at every transport step, with the class IV
// (or case) limit dashed; and, where any scenario has them, the mass removed by each pumping well,
// the pumped-water concentration, the mass flux through each abandoned well and to each river.
#pragma once
#include <vector>

#include "postprocess/compare/comparison.hpp"
#include "postprocess/report/picture_request.hpp"

namespace gwp::post {

// `results` are the ones `comparison` was made from, in the same order.
std::vector<PictureRequest> comparison_charts(const Comparison& comparison, const std::vector<ResultFigures>& results);

// Days, or years when the longest time exceeds 1000 d: the divisor (1 or 365.25) and the axis label.
struct TimeAxis {
  double days_per_unit = 1.0;
  const char* label = "time (d)";
};
TimeAxis time_axis(double longest_time);

}  // namespace gwp::post
