#include "solver/common/schedule.hpp"

#include <algorithm>

namespace gwp::solver {

double Schedule::at(double t) const {
  if (values.empty()) return 0.0;
  // Last i with times[i] <= t; the first value also holds before times[0].
  auto it = std::upper_bound(times.begin(), times.end(), t);
  if (it == times.begin()) return values.front();
  return values[static_cast<std::size_t>(it - times.begin()) - 1];
}

std::vector<double> Schedule::changes_in(double t0, double t1) const {
  std::vector<double> out;
  for (std::size_t i = 1; i < times.size(); ++i)
    if (times[i] > t0 && times[i] <= t1 && values[i] != values[i - 1]) out.push_back(times[i]);
  return out;
}

Schedule Schedule::scaled(double factor) const {
  Schedule s = *this;
  for (double& v : s.values) v *= factor;
  return s;
}

}  // namespace gwp::solver
