#include "postprocess/metrics/residual_statistics.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace gwp::metrics {

ResidualStatistics residual_statistics(const std::vector<double>& observed, const std::vector<double>& model) {
  if (observed.size() != model.size())
    throw std::invalid_argument("residual statistics need as many model values as observations");
  ResidualStatistics s;
  s.count = observed.size();
  if (observed.empty()) return s;
  double sum = 0.0, sum_abs = 0.0, sum_sq = 0.0;
  for (std::size_t i = 0; i < observed.size(); ++i) {
    const double r = model[i] - observed[i];
    sum += r;
    sum_abs += std::abs(r);
    sum_sq += r * r;
  }
  const double n = double(observed.size());
  s.mean_error = sum / n;
  s.mean_absolute_error = sum_abs / n;
  s.root_mean_square_error = std::sqrt(sum_sq / n);
  const auto [lo, hi] = std::minmax_element(observed.begin(), observed.end());
  if (*hi > *lo) s.normalised_rmse = s.root_mean_square_error / (*hi - *lo);
  return s;
}

}  // namespace gwp::metrics
