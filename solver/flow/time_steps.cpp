#include "solver/flow/time_steps.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace gwp::solver {

namespace {

// Two times closer than this (relative to their size, d) are the same time.
bool same_time(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); }

std::vector<double> sorted_unique(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end(), same_time), v.end());
  return v;
}

}  // namespace

std::vector<double> flow_step_times(const FlowProblem& problem, double t_end,
                                    const std::vector<double>& output_times) {
  if (!(t_end >= 0.0)) throw std::invalid_argument("flow: end time must not be negative");
  const std::vector<double> changes = problem.forcing_changes(0.0, t_end);
  std::vector<double> targets = changes;
  for (double t : output_times)
    if (t > 0.0 && t <= t_end) targets.push_back(t);
  if (t_end > 0.0) targets.push_back(t_end);
  targets = sorted_unique(targets);

  std::vector<double> times{0.0};
  const FlowSettings& s = problem.settings;
  if (s.mode == FlowMode::steady) {
    times.insert(times.end(), targets.begin(), targets.end());
    return times;
  }
  if (!(s.initial_step > 0.0) || !(s.step_multiplier >= 1.0) || !(s.max_step > 0.0))
    throw std::invalid_argument("flow: transient steps need initial_step > 0, "
                                "step_multiplier >= 1 and max_step > 0");
  const double first = std::min(s.initial_step, s.max_step);
  double t = 0.0, step = first;
  for (double target : targets) {
    while (!same_time(t, target) && t < target) {
      double next = t + step;
      if (next >= target || same_time(next, target)) next = target;
      times.push_back(next);
      t = next;
      step = std::min(step * s.step_multiplier, s.max_step);
    }
    const bool forcing_changes_here =
        std::any_of(changes.begin(), changes.end(), [&](double c) { return same_time(c, target); });
    if (forcing_changes_here) step = first;
  }
  return times;
}

}  // namespace gwp::solver
