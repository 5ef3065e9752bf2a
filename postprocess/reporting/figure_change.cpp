#include "postprocess/reporting/figure_change.hpp"

#include <cmath>
#include <limits>

#include "postprocess/reporting/number_format.hpp"

namespace gwp::reporting {

Change change_against(double value, double baseline) {
  constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  if (std::isnan(value) || std::isnan(baseline)) return {kNaN, kNaN};
  const double absolute = value - baseline;
  return {absolute, baseline == 0.0 ? kNaN : 100.0 * absolute / std::fabs(baseline)};
}

Change change_against(double value, double baseline, double scale) {
  Change change = change_against(value, baseline);
  if (!std::isnan(change.absolute) && std::fabs(change.absolute) < kNoiseRatio * std::fabs(scale)) return {0.0, 0.0};
  return change;
}

}  // namespace gwp::reporting
