// When a concentration series first exceeds a limit (docs/guigang-site.md section 7: time to
// first exceedance at a receptor). A value exceeds the limit when it is strictly above it. Between two samples the
// series is taken as linear, so the crossing lies where the line through the two samples that
// straddle the limit reaches it; a series that exceeds at its first sample does so at that time.
#pragma once
#include <limits>
#include <vector>

namespace gwp::metrics {

// Time (d) at which the line from (t0, v0) to (t1, v1) reaches `limit`, for v0 <= limit < v1.
double crossing_time(double t0, double v0, double t1, double v1, double limit);

// First time (d) the series (times in d, ascending; values in mg/L) exceeds `limit` (mg/L), NaN
// if it never does or if the limit is NaN (a species without that limit). Throws
// std::invalid_argument for series of different lengths, times that go back, or a sample that
// is not finite (naming the sample).
double first_exceedance_time(const std::vector<double>& times, const std::vector<double>& values,
                             double limit);

// The same time, found while the samples arrive one by one, so a run need not keep the series
// of every monitoring point: add() every sample in time order, then read time().
class ExceedanceWatch {
 public:
  explicit ExceedanceWatch(double limit) : limit_(limit) {}
  // Throws std::invalid_argument for a time before the previous one or a value not finite.
  void add(double time, double value);
  // d; NaN until the series has exceeded the limit.
  double time() const { return first_; }
  double limit() const { return limit_; }

 private:
  static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
  double limit_;                      // mg/L
  double first_ = kNone;              // d, the first exceedance found so far
  double last_time_ = kNone;          // d, the previous sample's time
  double last_value_ = kNone;         // mg/L, the previous sample's value
};

}  // namespace gwp::metrics
