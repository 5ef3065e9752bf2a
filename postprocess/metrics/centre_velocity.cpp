#include "postprocess/metrics/centre_velocity.hpp"

#include <cmath>
#include <numbers>
#include <stdexcept>
#include <string>

namespace gwp::metrics {

namespace {
constexpr double kDaysPerYear = 365.25;  // d, the Julian year of the case file's "yr"
}

double least_squares_slope(const std::vector<double>& times, const std::vector<double>& values) {
  if (times.size() != values.size()) {
    throw std::invalid_argument("a series of " + std::to_string(times.size()) + " times and " +
                                std::to_string(values.size()) + " values");
  }
  const double n = double(times.size());
  if (times.size() < 2) return std::numeric_limits<double>::quiet_NaN();
  double mean_t = 0.0, mean_v = 0.0;
  for (std::size_t i = 0; i < times.size(); ++i) {
    mean_t += times[i] / n;
    mean_v += values[i] / n;
  }
  // Centred sums: times of thousands of days and small movements lose nothing to cancellation.
  double stt = 0.0, stv = 0.0;
  for (std::size_t i = 0; i < times.size(); ++i) {
    stt += (times[i] - mean_t) * (times[i] - mean_t);
    stv += (times[i] - mean_t) * (values[i] - mean_v);
  }
  return stt > 0.0 ? stv / stt : std::numeric_limits<double>::quiet_NaN();
}

PlanVelocity centre_velocity(const std::vector<double>& times, const std::vector<double>& x,
                             const std::vector<double>& y) {
  if (times.size() != x.size() || times.size() != y.size()) {
    throw std::invalid_argument("a centre track of " + std::to_string(times.size()) + " times, " +
                                std::to_string(x.size()) + " x and " + std::to_string(y.size()) + " y");
  }
  std::vector<double> t, px, py;
  for (std::size_t i = 0; i < times.size(); ++i) {
    if (std::isnan(x[i]) || std::isnan(y[i])) continue;
    t.push_back(times[i]);
    px.push_back(x[i]);
    py.push_back(y[i]);
  }
  PlanVelocity v;
  v.points = t.size();
  v.vx = least_squares_slope(t, px);
  v.vy = least_squares_slope(t, py);
  if (std::isnan(v.vx) || std::isnan(v.vy)) return v;
  v.speed = std::hypot(v.vx, v.vy) * kDaysPerYear;
  if (v.speed > 0.0) {
    // Bearing: clockwise from north, so east (vx > 0, vy = 0) is 90 degrees.
    double bearing = std::atan2(v.vx, v.vy) * 180.0 / std::numbers::pi;
    if (bearing < 0.0) bearing += 360.0;
    v.direction = bearing >= 360.0 ? 0.0 : bearing;
  }
  return v;
}

}  // namespace gwp::metrics
