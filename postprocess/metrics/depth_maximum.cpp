#include "postprocess/metrics/depth_maximum.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace gwp::metrics {

std::vector<double> depth_maximum(const Grid& grid, const std::vector<double>& values) {
  if (values.size() != std::size_t(grid.cell_count())) {
    throw std::invalid_argument("depth maximum: " + std::to_string(values.size()) + " values for " +
                                std::to_string(grid.cell_count()) + " cells");
  }
  const std::size_t columns = std::size_t(grid.column_count());
  std::vector<double> top(columns, std::numeric_limits<double>::quiet_NaN());
  for (std::size_t n = 0; n < values.size(); ++n) {
    if (!grid.active[n]) continue;
    double& m = top[n % columns];
    if (std::isnan(m) || values[n] > m) m = values[n];
  }
  return top;
}

std::vector<unsigned char> above_limit(const std::vector<double>& column_values, double limit) {
  std::vector<unsigned char> mask(column_values.size(), 0);
  for (std::size_t c = 0; c < column_values.size(); ++c) mask[c] = column_values[c] > limit ? 1 : 0;
  return mask;
}

}  // namespace gwp::metrics
