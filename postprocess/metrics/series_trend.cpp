#include "postprocess/metrics/series_trend.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "postprocess/metrics/sens_slope.hpp"

namespace gwp::metrics {

std::vector<double> trend_times(const std::vector<double>& output_times, double from) {
  std::vector<double> times;
  for (double t : output_times)
    if (t > 0.0 && t >= from) times.push_back(t);
  return times;
}

SeriesTrend series_trend(const std::vector<double>& times, const std::vector<double>& values, double tie_below) {
  if (times.size() != values.size()) {
    throw std::invalid_argument("a series of " + std::to_string(times.size()) + " times and " +
                                std::to_string(values.size()) + " values");
  }
  std::vector<double> t, v;
  for (std::size_t i = 0; i < times.size(); ++i) {
    if (std::isnan(values[i])) continue;
    t.push_back(times[i]);
    v.push_back(values[i]);
  }
  // Differences below 1e-9 of the series' largest magnitude are the solver's round-off (a
  // conservative plume's mass that "grows" by 1e-12 g), and those below `tie_below` mean nothing
  // (a far well's 1e-17 mg/L): they count as ties, so that the test does not read a trend into
  // them.
  double largest = 0.0;
  for (double x : v) largest = std::max(largest, std::abs(x));
  std::vector<double> judged = v;
  const double quantum = std::max(kTrendRoundOff * largest, std::isfinite(tie_below) ? tie_below : 0.0);
  if (quantum > 0.0)
    for (double& x : judged) x = std::round(x / quantum) * quantum;
  SeriesTrend trend;
  trend.test = mann_kendall(judged);
  trend.sen_slope = sens_slope(t, v) * kTrendDaysPerYear;
  return trend;
}

}  // namespace gwp::metrics
