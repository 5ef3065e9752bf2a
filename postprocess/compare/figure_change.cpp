#include "postprocess/compare/figure_change.hpp"

#include <cmath>
#include <limits>

namespace gwp::post {

Change change_against(double value, double baseline) {
  constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  if (std::isnan(value) || std::isnan(baseline)) return {kNaN, kNaN};
  const double absolute = value - baseline;
  return {absolute, baseline == 0.0 ? kNaN : 100.0 * absolute / std::fabs(baseline)};
}

}  // namespace gwp::post
