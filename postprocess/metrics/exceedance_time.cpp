#include "postprocess/metrics/exceedance_time.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace gwp::metrics {

double crossing_time(double t0, double v0, double t1, double v1, double limit) {
  if (!(v0 <= limit && limit < v1)) {
    throw std::invalid_argument("samples " + std::to_string(v0) + " and " + std::to_string(v1) +
                                " do not straddle the limit " + std::to_string(limit));
  }
  return t0 + (limit - v0) / (v1 - v0) * (t1 - t0);
}

void ExceedanceWatch::add(double time, double value) {
  if (!std::isfinite(time) || !std::isfinite(value)) {
    throw std::invalid_argument("sample (" + std::to_string(time) + " d, " +
                                std::to_string(value) + " mg/L) is not finite");
  }
  if (!std::isnan(last_time_) && time < last_time_) {
    throw std::invalid_argument("sample at " + std::to_string(time) +
                                " d comes before the previous one at " +
                                std::to_string(last_time_) + " d");
  }
  // A NaN limit is never exceeded: every comparison with it is false.
  if (std::isnan(first_) && value > limit_) {
    first_ = std::isnan(last_time_) ? time
                                    : crossing_time(last_time_, last_value_, time, value, limit_);
  }
  last_time_ = time;
  last_value_ = value;
}

double first_exceedance_time(const std::vector<double>& times, const std::vector<double>& values,
                             double limit) {
  if (times.size() != values.size()) {
    throw std::invalid_argument("a series of " + std::to_string(times.size()) + " times and " +
                                std::to_string(values.size()) + " values");
  }
  ExceedanceWatch watch(limit);
  for (std::size_t s = 0; s < times.size(); ++s) {
    try {
      watch.add(times[s], values[s]);
    } catch (const std::invalid_argument& bad) {
      throw std::invalid_argument("sample " + std::to_string(s + 1) + " of " +
                                  std::to_string(times.size()) + ": " + bad.what());
    }
  }
  return watch.time();
}

}  // namespace gwp::metrics
