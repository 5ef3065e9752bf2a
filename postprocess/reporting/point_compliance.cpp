#include "postprocess/reporting/point_compliance.hpp"

#include <cmath>
#include <limits>

#include "postprocess/metrics/exceedance_time.hpp"

namespace gwp::reporting {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Samples at times <= until.
std::size_t samples_until(const TimeSeries& s, double until) {
  std::size_t n = 0;
  while (n < s.time.size() && (s.time[n] <= until || same_time(s.time[n], until))) ++n;
  return n;
}

}  // namespace

SeriesPeak peak_until(const TimeSeries& series, double until) {
  SeriesPeak peak{kNaN, kNaN};
  const std::size_t n = samples_until(series, until);
  for (std::size_t i = 0; i < n; ++i) {
    if (std::isnan(peak.value) || series.value[i] > peak.value) peak = {series.value[i], series.time[i]};
  }
  return peak;
}

double first_exceedance_until(const TimeSeries& series, double limit, double until) {
  const std::size_t n = samples_until(series, until);
  const std::vector<double> times(series.time.begin(), series.time.begin() + std::ptrdiff_t(n));
  const std::vector<double> values(series.value.begin(), series.value.begin() + std::ptrdiff_t(n));
  return metrics::first_exceedance_time(times, values, limit);
}

Compliance judge_compliance(const TimeSeries& series, double limit, double through) {
  Compliance c;
  c.limit = limit;
  c.through = through;
  c.samples = samples_until(series, through);
  c.first_exceedance = first_exceedance_until(series, limit, through);
  c.exceeds = !std::isnan(c.first_exceedance);
  c.peak = peak_until(series, through);
  return c;
}

Compliance judge_recorded(double first_exceedance, double peak, double peak_time, double limit, double through) {
  Compliance c;
  c.limit = limit;
  c.through = through;
  c.recorded = true;
  const bool by_then = !std::isnan(first_exceedance) && (first_exceedance <= through || same_time(first_exceedance, through));
  c.exceeds = by_then;
  c.first_exceedance = by_then ? first_exceedance : kNaN;
  const bool peak_by_then = !std::isnan(peak_time) && (peak_time <= through || same_time(peak_time, through));
  c.peak = peak_by_then ? SeriesPeak{peak, peak_time} : SeriesPeak{kNaN, kNaN};
  return c;
}

ComplianceLimit compliance_limit(const results::SpeciesLimits& limits) {
  if (limits.class_iv >= 0.0) return {limits.class_iv, "class IV"};
  return {limits.limit, "case limit"};
}

ComplianceLimit recorded_limit(const results::SpeciesLimits& limits) {
  return {limits.limit, limits.class_iv >= 0.0 && limits.limit == limits.class_iv ? "class IV" : "case limit"};
}

}  // namespace gwp::reporting
