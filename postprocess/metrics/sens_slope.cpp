#include "postprocess/metrics/sens_slope.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace gwp::metrics {

double sens_slope(const std::vector<double>& times, const std::vector<double>& values) {
  if (times.size() != values.size()) throw std::invalid_argument("Sen's slope needs a time for every value");
  std::vector<double> slopes;
  for (std::size_t i = 0; i < times.size(); ++i)
    for (std::size_t j = i + 1; j < times.size(); ++j)
      if (times[j] != times[i]) slopes.push_back((values[j] - values[i]) / (times[j] - times[i]));
  if (slopes.empty()) return std::numeric_limits<double>::quiet_NaN();
  const std::size_t mid = slopes.size() / 2;
  std::nth_element(slopes.begin(), slopes.begin() + mid, slopes.end());
  const double upper = slopes[mid];
  if (slopes.size() % 2 == 1) return upper;
  const double lower = *std::max_element(slopes.begin(), slopes.begin() + mid);
  return 0.5 * (lower + upper);
}

}  // namespace gwp::metrics
