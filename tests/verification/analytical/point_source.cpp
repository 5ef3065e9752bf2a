#include "analytical/point_source.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>
#include <string>

#include "analytical/quadrature.hpp"
#include "analytical/special_functions.hpp"

namespace gwp::analytical {
namespace {

constexpr double kPi = std::numbers::pi;

void check(const PlumeParameters& p, bool three_d) {
  if (!(p.velocity > 0.0) || !(p.d_long > 0.0) || !(p.d_trans > 0.0) || (three_d && !(p.d_vert > 0.0)) ||
      !(p.porosity > 0.0) || !(p.retardation >= 1.0) || !(p.decay >= 0.0))
    throw std::invalid_argument("point source: needs v > 0, dispersion coefficients > 0, theta > 0, R >= 1, lambda >= 0");
}

// Dispersion-scaled distance r (m) from the source, and the decay factor gamma.
double scaled_radius(const PlumeParameters& p, double x, double y, double z) {
  double r2 = x * x + y * y * p.d_long / p.d_trans;
  if (z != 0.0) r2 += z * z * p.d_long / p.d_vert;
  return std::sqrt(r2);
}

double gamma_factor(const PlumeParameters& p) {
  return 1.0 + 4.0 * p.decay * p.retardation * p.d_long / (p.velocity * p.velocity);
}

void check_off_source(double r, double t) {
  if (!(r > 0.0)) throw std::invalid_argument("point source: the solution is singular at the source itself");
  if (!(t > 0.0)) throw std::invalid_argument("point source: needs t > 0, got " + std::to_string(t));
}

// Integral over release times tau in (0, t] of tau^(-power) times the kernel of the instantaneous
// point source released tau days before,
//   exp(-(R x - v tau)^2 / (4 Dl R tau) - R y^2 / (4 Dth tau) - R z^2 / (4 Dtv tau) - lambda tau)
//     = exp(x v / (2 Dl)) exp(-a / tau - b tau),
// a = R rho^2 / 4 (rho^2 = x^2/Dl + y^2/Dth + z^2/Dtv), b = v^2 / (4 Dl R) + lambda. Integrated in
// s = ln tau over the window where the kernel is within e^-750 of its peak exp(-2 sqrt(a b)), with
// that peak factored out so that nothing overflows.
double time_integral(const PlumeParameters& p, double x, double y, double z, double t, double power) {
  double rho2 = x * x / p.d_long + y * y / p.d_trans;
  if (z != 0.0) rho2 += z * z / p.d_vert;
  const double a = 0.25 * p.retardation * rho2;
  const double b = p.velocity * p.velocity / (4.0 * p.d_long * p.retardation) + p.decay;
  const auto window = kernel_window(a, b);
  if (window[0] >= t) return 0.0;
  const double peak = 2.0 * std::sqrt(a * b);
  auto f = [&](double s) {
    const double tau = std::exp(s);
    return std::exp((1.0 - power) * s - a / tau - b * tau + peak);
  };
  QuadratureTolerance tol;
  tol.absolute = 1e-200;
  tol.relative = 1e-11;
  tol.max_intervals = 5000;
  const double integral =
      integrate_or_throw(f, std::log(window[0]), std::log(std::min(t, window[1])), "point source time integral", tol);
  return std::exp(x * p.velocity / (2.0 * p.d_long) - peak) * integral;
}

}  // namespace

std::array<double, 2> flow_frame(double x, double y, double x0, double y0, double angle_deg) {
  const double a = angle_deg * kPi / 180.0;
  const double dx = x - x0, dy = y - y0;
  return {dx * std::cos(a) + dy * std::sin(a), -dx * std::sin(a) + dy * std::cos(a)};
}

double wilson_miller(const PlumeParameters& p, double along, double across, double t) {
  check(p, false);
  const double r = scaled_radius(p, along, across, 0.0);
  check_off_source(r, t);
  const double B = 2.0 * p.d_long / p.velocity;
  const double u = p.retardation * r * r / (4.0 * p.d_long * t);
  const double w = hantush_well_function(u, r * std::sqrt(gamma_factor(p)) / B, along / B);  // exp(x/B) W
  return p.mass_rate / (4.0 * kPi * p.porosity * std::sqrt(p.d_long * p.d_trans)) * w;
}

double point_source_2d_integral(const PlumeParameters& p, double along, double across, double t) {
  check(p, false);
  check_off_source(scaled_radius(p, along, across, 0.0), t);
  return p.mass_rate / (4.0 * kPi * p.porosity * std::sqrt(p.d_long * p.d_trans)) *
         time_integral(p, along, across, 0.0, t, 1.0);
}

double hunt(const PlumeParameters& p, double along, double across, double vertical, double t) {
  check(p, true);
  const double r = scaled_radius(p, along, across, vertical);
  check_off_source(r, t);
  const double R = p.retardation, v = p.velocity, B = 2.0 * p.d_long / v;
  const double g = std::sqrt(gamma_factor(p));
  const double s = 2.0 * std::sqrt(p.d_long * R * t);
  const double bracket = exp_erfc((along - r * g) / B, (R * r - v * t * g) / s) +
                         exp_erfc((along + r * g) / B, (R * r + v * t * g) / s);
  return p.mass_rate / (8.0 * kPi * p.porosity * r * std::sqrt(p.d_trans * p.d_vert)) * bracket;
}

double point_source_3d_integral(const PlumeParameters& p, double along, double across, double vertical, double t) {
  check(p, true);
  check_off_source(scaled_radius(p, along, across, vertical), t);
  const double factor = p.mass_rate * std::sqrt(p.retardation) /
                        (p.porosity * std::pow(4.0 * kPi, 1.5) * std::sqrt(p.d_long * p.d_trans * p.d_vert));
  // A zero vertical offset would drop the z term from the exponent; it contributes nothing then.
  return factor * time_integral(p, along, across, vertical, t, 1.5);
}

double hunt_steady(const PlumeParameters& p, double along, double across, double vertical) {
  check(p, true);
  const double r = scaled_radius(p, along, across, vertical);
  check_off_source(r, 1.0);
  const double B = 2.0 * p.d_long / p.velocity;
  return p.mass_rate / (4.0 * kPi * p.porosity * r * std::sqrt(p.d_trans * p.d_vert)) *
         std::exp((along - r * std::sqrt(gamma_factor(p))) / B);
}

}  // namespace gwp::analytical
