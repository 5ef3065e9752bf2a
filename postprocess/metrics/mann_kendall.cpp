#include "postprocess/metrics/mann_kendall.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace gwp::metrics {

std::string_view trend_name(Trend trend) {
  switch (trend) {
    case Trend::insufficient_data: return "insufficient data";
    case Trend::increasing: return "increasing";
    case Trend::probably_increasing: return "probably increasing";
    case Trend::no_trend: return "no trend";
    case Trend::stable: return "stable";
    case Trend::probably_decreasing: return "probably decreasing";
    case Trend::decreasing: return "decreasing";
  }
  return "no trend";
}

double mann_kendall_s(const std::vector<double>& values) {
  double s = 0.0;
  for (std::size_t i = 0; i < values.size(); ++i)
    for (std::size_t j = i + 1; j < values.size(); ++j) s += double((values[j] > values[i]) - (values[j] < values[i]));
  return s;
}

double mann_kendall_variance(const std::vector<double>& values) {
  const double n = double(values.size());
  std::vector<double> sorted = values;
  std::sort(sorted.begin(), sorted.end());
  double ties = 0.0;
  for (std::size_t i = 0; i < sorted.size();) {
    std::size_t j = i;
    while (j < sorted.size() && sorted[j] == sorted[i]) ++j;
    const double t = double(j - i);
    ties += t * (t - 1.0) * (2.0 * t + 5.0);
    i = j;
  }
  return (n * (n - 1.0) * (2.0 * n + 5.0) - ties) / 18.0;
}

Trend trend_decision(double s, double confidence, double coefficient_of_variation) {
  if (s > 0.0) {
    if (confidence > 0.95) return Trend::increasing;
    if (confidence >= 0.90) return Trend::probably_increasing;
    return Trend::no_trend;
  }
  if (s < 0.0) {
    if (confidence > 0.95) return Trend::decreasing;
    if (confidence >= 0.90) return Trend::probably_decreasing;
  }
  // No trend in either direction that the test can see: stable when the values scatter little.
  return coefficient_of_variation < 1.0 ? Trend::stable : Trend::no_trend;
}

MannKendall mann_kendall(const std::vector<double>& values) {
  MannKendall m;
  m.count = values.size();
  if (values.size() >= 2) {
    const double n = double(values.size());
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / n;
    double ss = 0.0;
    for (double v : values) ss += (v - mean) * (v - mean);
    if (mean != 0.0) m.coefficient_of_variation = std::sqrt(ss / (n - 1.0)) / mean;
  }
  if (values.size() < 4) return m;  // the toolkit's minimum
  m.s = mann_kendall_s(values);
  m.variance = mann_kendall_variance(values);
  const double sd = std::sqrt(m.variance);
  // The continuity correction: S moves in steps of 2, so its normal approximation is read half
  // a step (1) nearer zero.
  if (sd > 0.0) m.z = m.s > 0.0 ? (m.s - 1.0) / sd : m.s < 0.0 ? (m.s + 1.0) / sd : 0.0;
  m.confidence = 0.5 * std::erfc(-std::abs(m.z) / std::sqrt(2.0));
  // A series of one repeated value (all non-detects) has a CV of 0: stable.
  const double cv = std::isnan(m.coefficient_of_variation) ? 0.0 : m.coefficient_of_variation;
  m.trend = trend_decision(m.s, m.confidence, cv);
  return m;
}

}  // namespace gwp::metrics
