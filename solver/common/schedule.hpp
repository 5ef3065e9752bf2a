// A piecewise-constant value in time: value[i] holds from times[i] until times[i+1].
// Before the first time the first value holds. Units are those of the quantity it carries.
#pragma once
#include <vector>

namespace gwp::solver {

struct Schedule {
  std::vector<double> times;   // d, strictly increasing
  std::vector<double> values;  // same length as times

  static Schedule constant(double value) { return Schedule{{0.0}, {value}}; }

  double at(double t) const;
  bool is_constant() const { return values.size() <= 1; }
  // Times (d) strictly inside (t0, t1] at which the value changes.
  std::vector<double> changes_in(double t0, double t1) const;
  // A copy with every value multiplied by `factor`.
  Schedule scaled(double factor) const;
};

}  // namespace gwp::solver
