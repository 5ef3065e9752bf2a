#include "postprocess/metrics/censored_trend_values.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace gwp::metrics {

std::vector<double> censored_trend_values(const std::vector<double>& values, const std::vector<bool>& censored) {
  if (values.size() != censored.size()) throw std::invalid_argument("a censored flag is needed for every value");
  double smallest = 0.0;
  bool any = false;
  for (std::size_t i = 0; i < values.size(); ++i)
    if (!censored[i]) smallest = any ? std::min(smallest, values[i]) : values[i], any = true;
  // Half the smallest detected value (or 0 below a detected 0): below it, and a number a
  // coefficient of variation can still be taken of. With no detection at all, every value ties.
  const double common = any ? (smallest > 0.0 ? 0.5 * smallest : smallest - 1.0) : 0.0;
  std::vector<double> out = values;
  for (std::size_t i = 0; i < out.size(); ++i)
    if (censored[i]) out[i] = common;
  return out;
}

}  // namespace gwp::metrics
