// A concentration series read at given times, and the time from which it stays at or below a
// limit: the lines of evidence of natural attenuation at a well are judged on the series read at
// the case's output times, however many transport steps lie between them. Between two samples a
// series is taken as linear, as for the first exceedance (exceedance_time.hpp).
#pragma once
#include <cstddef>
#include <limits>
#include <vector>

namespace gwp::metrics {

// Values of a series read at `at` (d, ascending) while its samples arrive one by one in time
// order: a time between two samples gets the value of the line through them, a time equal to a
// sample's that sample's value (the first, if several share it), a time before the first sample
// or after the last NaN.
class SeriesSampler {
 public:
  // Throws std::invalid_argument for times that go back.
  explicit SeriesSampler(std::vector<double> at);
  // Throws std::invalid_argument for a time before the previous one or a value not finite.
  void add(double time, double value);
  const std::vector<double>& at() const { return at_; }
  // mg/L per time of at(); NaN where no sample reaches.
  const std::vector<double>& values() const { return values_; }

 private:
  static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
  std::vector<double> at_;      // d
  std::vector<double> values_;  // per time of at_
  std::size_t next_ = 0;        // the first time of at_ no sample has reached yet
  double last_time_ = kNone, last_value_ = kNone;
};

// The series (times in d, ascending; values) read at `at` (d, ascending), as SeriesSampler.
// Throws std::invalid_argument for series of different lengths.
std::vector<double> series_at(const std::vector<double>& times, const std::vector<double>& values,
                              const std::vector<double>& at);

// The time (d) from which a series stays at or below `limit` to its end: where the line from its
// last sample above the limit to the next one reaches the limit; 0 when no sample is above it;
// NaN when the last sample is still above it, when the limit is NaN (a species without one) and
// for a series without samples. Found while the samples arrive one by one.
class BelowLimitWatch {
 public:
  explicit BelowLimitWatch(double limit) : limit_(limit) {}
  // Throws std::invalid_argument for a time before the previous one or a value not finite.
  void add(double time, double value);
  double time() const;
  double limit() const { return limit_; }

 private:
  static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
  double limit_;                 // mg/L (or any unit of the series)
  bool above_ever_ = false;      // some sample so far was above the limit
  double from_ = kNone;          // d, the last downward crossing; NaN while above
  double last_time_ = kNone, last_value_ = kNone;
};

// The same time of a whole series (times in d, ascending). Throws std::invalid_argument for
// series of different lengths, times that go back or a value not finite (naming the sample).
double below_limit_from(const std::vector<double>& times, const std::vector<double>& values, double limit);

}  // namespace gwp::metrics
