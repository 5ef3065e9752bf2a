#include "postprocess/metrics/series_sampling.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace gwp::metrics {

namespace {

void check_sample(double time, double value, double last_time) {
  if (!std::isfinite(time) || !std::isfinite(value)) {
    throw std::invalid_argument("sample (" + std::to_string(time) + " d, " + std::to_string(value) +
                                ") is not finite");
  }
  if (!std::isnan(last_time) && time < last_time) {
    throw std::invalid_argument("sample at " + std::to_string(time) + " d comes before the previous one at " +
                                std::to_string(last_time) + " d");
  }
}

void check_lengths(const std::vector<double>& times, const std::vector<double>& values) {
  if (times.size() != values.size()) {
    throw std::invalid_argument("a series of " + std::to_string(times.size()) + " times and " +
                                std::to_string(values.size()) + " values");
  }
}

}  // namespace

SeriesSampler::SeriesSampler(std::vector<double> at) : at_(std::move(at)), values_(at_.size(), kNone) {
  if (!std::is_sorted(at_.begin(), at_.end()))
    throw std::invalid_argument("the times a series is read at must not go back");
}

void SeriesSampler::add(double time, double value) {
  check_sample(time, value, last_time_);
  for (; next_ < at_.size() && at_[next_] <= time; ++next_) {
    const double a = at_[next_];
    if (a == time) {
      values_[next_] = value;
    } else if (!std::isnan(last_time_) && a >= last_time_) {
      values_[next_] = last_value_ + (value - last_value_) * (a - last_time_) / (time - last_time_);
    }  // else: before the first sample, no value
  }
  last_time_ = time;
  last_value_ = value;
}

std::vector<double> series_at(const std::vector<double>& times, const std::vector<double>& values,
                              const std::vector<double>& at) {
  check_lengths(times, values);
  SeriesSampler sampler(at);
  for (std::size_t s = 0; s < times.size(); ++s) sampler.add(times[s], values[s]);
  return sampler.values();
}

void BelowLimitWatch::add(double time, double value) {
  check_sample(time, value, last_time_);
  // A NaN limit is never exceeded: every comparison with it is false.
  if (value > limit_) {
    above_ever_ = true;
    from_ = kNone;
  } else if (!std::isnan(last_value_) && last_value_ > limit_) {
    // The line from the last sample above the limit down to this one reaches it here.
    from_ = last_time_ + (last_value_ - limit_) / (last_value_ - value) * (time - last_time_);
  }
  last_time_ = time;
  last_value_ = value;
}

double BelowLimitWatch::time() const {
  if (std::isnan(limit_) || std::isnan(last_time_)) return kNone;
  return above_ever_ ? from_ : 0.0;
}

double below_limit_from(const std::vector<double>& times, const std::vector<double>& values, double limit) {
  check_lengths(times, values);
  BelowLimitWatch watch(limit);
  for (std::size_t s = 0; s < times.size(); ++s) {
    try {
      watch.add(times[s], values[s]);
    } catch (const std::invalid_argument& bad) {
      throw std::invalid_argument("sample " + std::to_string(s + 1) + " of " + std::to_string(times.size()) +
                                  ": " + bad.what());
    }
  }
  return watch.time();
}

}  // namespace gwp::metrics
