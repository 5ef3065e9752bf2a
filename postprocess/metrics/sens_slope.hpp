// Sen's slope (Sen 1968; Gilbert 1987, section 16.5): the median of the slopes between every
// pair of samples taken at different times, a trend's rate that one outlier does not move.
#pragma once
#include <vector>

namespace gwp::metrics {

// Median of (values[j] - values[i]) / (times[j] - times[i]) over i < j with different times, in
// the values' units per time unit (mg/L/d for days); NaN when no pair has different times.
// Throws std::invalid_argument for series of different lengths.
double sens_slope(const std::vector<double>& times, const std::vector<double>& values);

}  // namespace gwp::metrics
