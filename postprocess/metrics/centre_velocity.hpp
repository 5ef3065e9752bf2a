// How fast and where the centre of a plume's dissolved mass moves in plan: a line of evidence of
// natural attenuation (a plume whose centre stands still or moves back towards its source is no
// longer spreading). The velocity is the least-squares slope of the centre's world x and y
// against time, so one output time's wobble does not set it.
#pragma once
#include <limits>
#include <vector>

namespace gwp::metrics {

struct PlanVelocity {
  static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
  double vx = kNone, vy = kNone;  // m/d, towards world east and north
  double speed = kNone;           // m/yr (365.25 d)
  double direction = kNone;       // degrees clockwise from world north, [0, 360); NaN when still
  std::size_t points = 0;         // the samples the fit used
};

// Least-squares slope of `values` against `times`; NaN with fewer than two samples or times that
// do not differ. Throws std::invalid_argument for series of different lengths.
double least_squares_slope(const std::vector<double>& times, const std::vector<double>& values);

// The plan velocity of a centre at world (x, y) (m) at `times` (d). Samples whose x or y is NaN
// (no dissolved mass then) are left out. NaN figures with fewer than two samples left. Throws
// std::invalid_argument for series of different lengths.
PlanVelocity centre_velocity(const std::vector<double>& times, const std::vector<double>& x,
                             const std::vector<double>& y);

}  // namespace gwp::metrics
