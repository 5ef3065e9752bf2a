// The trend of a series over the output times a case names for it ([metrics] trend_from): the
// Mann-Kendall test with the toolkit's decision (mann_kendall.hpp) and Sen's slope per year
// (sens_slope.hpp), for a well's concentrations and for a plume's dissolved mass alike.
#pragma once
#include <limits>
#include <vector>

#include "postprocess/metrics/mann_kendall.hpp"

namespace gwp::metrics {

inline constexpr double kTrendDaysPerYear = 365.25;  // d, the Julian year of the case file's "yr"
// -, values closer than this fraction of a series' largest magnitude are tied in the trend test.
inline constexpr double kTrendRoundOff = 1e-9;
// -, concentrations closer than this fraction of the species' limit are tied too: a millionth of a
// limit is far below any laboratory's detection, so a rise from 1e-100 to 1e-90 mg/L at a well the
// plume never reaches is not a trend.
inline constexpr double kTrendLimitFraction = 1e-6;

struct SeriesTrend {
  MannKendall test;     // on the finite values, in time order
  double sen_slope = std::numeric_limits<double>::quiet_NaN();  // value units per year
};

// The output times (d) a trend is judged on: those after t = 0 (the state the run starts from is
// given, not computed) and at or after `from` (d).
std::vector<double> trend_times(const std::vector<double>& output_times, double from);

// Mann-Kendall and Sen's slope of `values` at `times` (d); samples whose value is NaN (a time the
// series does not reach) are left out. The test sees the values rounded to the coarser of
// kTrendRoundOff of their largest magnitude and `tie_below` (in the values' units; 0: none), so
// that round-off and differences of no meaning tie; Sen's slope sees the values as they are.
// Throws std::invalid_argument for series of different lengths.
SeriesTrend series_trend(const std::vector<double>& times, const std::vector<double>& values, double tie_below = 0.0);

}  // namespace gwp::metrics
