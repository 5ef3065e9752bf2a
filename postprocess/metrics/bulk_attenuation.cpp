#include "postprocess/metrics/bulk_attenuation.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace gwp::metrics {

BulkRate bulk_attenuation_rate(const std::vector<double>& distance, const std::vector<double>& concentration,
                               double velocity) {
  if (distance.size() != concentration.size()) {
    throw std::invalid_argument("a profile of " + std::to_string(distance.size()) + " distances and " +
                                std::to_string(concentration.size()) + " concentrations");
  }
  for (std::size_t i = 0; i < concentration.size(); ++i)
    if (!(concentration[i] > 0.0))
      throw std::invalid_argument("concentration " + std::to_string(concentration[i]) + " at " +
                                  std::to_string(distance[i]) + " m has no logarithm");
  BulkRate fit;
  fit.points = distance.size();
  if (distance.size() < 3) return fit;
  const double n = double(distance.size());
  double mean_x = 0.0, mean_y = 0.0;
  for (std::size_t i = 0; i < distance.size(); ++i) {
    mean_x += distance[i] / n;
    mean_y += std::log(concentration[i]) / n;
  }
  double sxx = 0.0, sxy = 0.0, syy = 0.0;
  for (std::size_t i = 0; i < distance.size(); ++i) {
    const double dx = distance[i] - mean_x, dy = std::log(concentration[i]) - mean_y;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (!(sxx > 0.0)) return fit;
  fit.slope = sxy / sxx;
  // A flat profile is fitted perfectly by its flat line.
  fit.r2 = syy > 0.0 ? sxy * sxy / (sxx * syy) : 1.0;
  if (std::isfinite(velocity)) fit.rate = -velocity * fit.slope;
  return fit;
}

double buscheck_alcantar_rate(double bulk_rate, double velocity, double alpha_x) {
  if (std::isnan(bulk_rate) || std::isnan(alpha_x) || !(velocity > 0.0))
    return std::numeric_limits<double>::quiet_NaN();
  if (alpha_x <= 0.0) return bulk_rate;  // no dispersion: the whole decline is degradation
  const double a = 1.0 + 2.0 * alpha_x * bulk_rate / velocity;
  return velocity / (4.0 * alpha_x) * (a * a - 1.0);
}

}  // namespace gwp::metrics
