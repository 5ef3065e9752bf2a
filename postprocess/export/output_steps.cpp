#include "postprocess/export/output_steps.hpp"

#include <algorithm>
#include <cmath>

namespace gwp::exporting {

int latest_at_or_before(const std::vector<double>& times, double t) {
  // Times come from the same schedule but may have been summed in a different order.
  const double slack = 1e-9 * std::max(1.0, std::abs(t));
  int found = -1;
  for (std::size_t i = 0; i < times.size(); ++i)
    if (times[i] <= t + slack) found = int(i);
  return found;
}

std::vector<OutputStep> output_steps(const std::vector<double>& flow_times,
                                     const std::vector<double>& transport_times) {
  std::vector<OutputStep> steps;
  if (transport_times.empty()) {
    for (std::size_t i = 0; i < flow_times.size(); ++i) steps.push_back({flow_times[i], -1, int(i)});
    return steps;
  }
  for (std::size_t i = 0; i < transport_times.size(); ++i) {
    const double t = transport_times[i];
    steps.push_back({t, int(i), latest_at_or_before(flow_times, t)});
  }
  return steps;
}

}  // namespace gwp::exporting
