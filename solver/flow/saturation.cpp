#include "solver/flow/saturation.hpp"

#include <algorithm>

namespace gwp::solver {

double saturated_thickness(double head, double top, double bottom) {
  return std::clamp(head - bottom, 0.0, std::max(top - bottom, 0.0));
}

namespace {

// Relative position of the head in the cell, clipped to [0, 1].
double relative_position(double head, double top, double bottom) {
  return std::clamp((head - bottom) / (top - bottom), 0.0, 1.0);
}

}  // namespace

double saturated_fraction(double head, double top, double bottom, double eps) {
  if (top <= bottom) return head < bottom ? 0.0 : 1.0;
  const double x = relative_position(head, top, bottom);
  const double av = 1.0 / (1.0 - eps);  // slope of the middle piece, so that S(1) = 1
  if (x < eps) return av * 0.5 * x * x / eps;
  if (x < 1.0 - eps) return av * x + 0.5 * (1.0 - av);
  if (x < 1.0) return 1.0 - av * 0.5 * (1.0 - x) * (1.0 - x) / eps;
  return 1.0;
}

double saturated_fraction_derivative(double head, double top, double bottom, double eps) {
  if (top <= bottom || head <= bottom || head >= top) return 0.0;
  const double b = top - bottom;
  const double x = (head - bottom) / b;
  const double av = 1.0 / (1.0 - eps);
  if (x < eps) return av * x / eps / b;
  if (x < 1.0 - eps) return av / b;
  return av * (1.0 - x) / eps / b;
}

double saturated_fraction_integral(double head, double top, double bottom, double eps) {
  if (head <= bottom) return 0.0;
  if (top <= bottom) return head - bottom;
  const double b = top - bottom;
  const double x = std::min((head - bottom) / b, 1.0);
  const double av = 1.0 / (1.0 - eps);
  // Integral over the relative position (dimensionless), piece by piece.
  const double at_eps = av * eps * eps / 6.0;
  const double at_upper = at_eps + 0.5 * av * ((1.0 - eps) * (1.0 - eps) - eps * eps) +
                          0.5 * (1.0 - av) * (1.0 - 2.0 * eps);
  double integral;
  if (x < eps) {
    integral = av * x * x * x / (6.0 * eps);
  } else if (x < 1.0 - eps) {
    integral = at_eps + 0.5 * av * (x * x - eps * eps) + 0.5 * (1.0 - av) * (x - eps);
  } else {
    const double r = 1.0 - x;  // distance to the top, relative
    integral = at_upper + (x - (1.0 - eps)) - av / (6.0 * eps) * (eps * eps * eps - r * r * r);
  }
  // Above the top the cell is full: every metre of head counts once.
  return integral * b + std::max(head - top, 0.0);
}

double well_rate_factor(double head, double top, double bottom, double fraction) {
  const double range = fraction * (top - bottom);
  if (range <= 0.0) return head > bottom ? 1.0 : 0.0;
  const double s = (head - bottom) / range;
  if (s <= 0.0) return 0.0;
  if (s >= 1.0) return 1.0;
  return s * s * (3.0 - 2.0 * s);
}

double well_rate_factor_derivative(double head, double top, double bottom, double fraction) {
  const double range = fraction * (top - bottom);
  if (range <= 0.0) return 0.0;
  const double s = (head - bottom) / range;
  if (s <= 0.0 || s >= 1.0) return 0.0;
  return 6.0 * s * (1.0 - s) / range;
}

}  // namespace gwp::solver
