#include "models/step_control.hpp"

#include <algorithm>

namespace gwp::model {

solver::Schedule accuracy_step_limit(std::vector<double> times, double end) {
  std::sort(times.begin(), times.end());
  std::vector<double> marks{0.0};
  for (double t : times)
    if (t > marks.back() && t < end) marks.push_back(t);
  marks.push_back(end);
  const double longest = end / kStepsPerRun;
  solver::Schedule limit;
  for (std::size_t i = 0; i + 1 < marks.size(); ++i) {
    const double value = std::min(longest, (marks[i + 1] - marks[i]) / kStepsPerInterval);
    if (!limit.values.empty() && limit.values.back() == value) continue;
    limit.times.push_back(marks[i]);
    limit.values.push_back(value);
  }
  return limit;
}

}  // namespace gwp::model
