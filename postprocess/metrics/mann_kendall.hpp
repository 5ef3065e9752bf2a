// The Mann-Kendall test for a monotonic trend in a series of concentrations (Gilbert 1987,
// "Statistical Methods for Environmental Pollution Monitoring", section 16.4), with the decision
// rules of the Mann-Kendall Toolkit (GSI Environmental, for the US Air Force Center for
// Environmental Excellence, Aziz et al. 2003, Ground Water 41(3)): the lines of evidence of
// monitored natural attenuation at a well.
#pragma once
#include <cstddef>
#include <limits>
#include <string_view>
#include <vector>

namespace gwp::metrics {

enum class Trend {
  insufficient_data,  // fewer than 4 values: the toolkit draws no conclusion
  increasing,
  probably_increasing,
  no_trend,
  stable,
  probably_decreasing,
  decreasing,
};

// "increasing", "probably increasing", "no trend", "stable", "probably decreasing",
// "decreasing", "insufficient data".
std::string_view trend_name(Trend trend);

struct MannKendall {
  std::size_t count = 0;
  double s = 0.0;          // sum over i < j of sign(x_j - x_i)
  double variance = 0.0;   // of S with no trend, corrected for ties
  double z = 0.0;          // (S - 1) / sqrt(var) for S > 0, (S + 1) / sqrt(var) for S < 0, else 0
  double confidence = 0.0; // that the trend's sign is real: the standard normal CDF of |Z|, 0.5 .. 1
  double coefficient_of_variation = std::numeric_limits<double>::quiet_NaN();  // sample sd / mean
  Trend trend = Trend::insufficient_data;
};

// S of `values` in time order.
double mann_kendall_s(const std::vector<double>& values);
// Var(S) = [n (n-1) (2n+5) - sum over groups of t tied values of t (t-1) (2t+5)] / 18.
double mann_kendall_variance(const std::vector<double>& values);
// The toolkit's decision from S, the confidence and the coefficient of variation:
// S > 0: confidence > 95 % increasing, >= 90 % probably increasing, else no trend;
// S < 0: confidence > 95 % decreasing, >= 90 % probably decreasing, else (as for S = 0)
// stable when the coefficient of variation is below 1, no trend otherwise.
Trend trend_decision(double s, double confidence, double coefficient_of_variation);
// The whole test of `values` in time order (equal values are ties).
MannKendall mann_kendall(const std::vector<double>& values);

}  // namespace gwp::metrics
