#include "analytical/special_functions.hpp"

#include <cmath>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <string>

#include "analytical/quadrature.hpp"

namespace gwp::analytical {
namespace {

// ln erfc(b). Below b = 26 erfc(b) is a normal double (erfc(26) = 5.7e-296); beyond it the
// asymptotic series erfc(b) = exp(-b^2) / (b sqrt(pi)) (1 - 1/(2b^2) + 3/(4b^4) - 15/(8b^6) ...),
// whose next term is below 1e-10 there.
double log_erfc(double b) {
  if (b < 26.0) return std::log(std::erfc(b));
  const double z = 1.0 / (b * b);
  const double series = 1.0 - 0.5 * z + 0.75 * z * z - 1.875 * z * z * z;
  return -b * b - std::log(b * std::sqrt(std::numbers::pi)) + std::log(series);
}

}  // namespace

double exp_erfc(double a, double b) {
  if (b < 5.0 && a < 700.0) return std::exp(a) * std::erfc(b);  // both factors are well within range
  return std::exp(a + log_erfc(b));
}

double exponential_integral_e1(double u) {
  if (!(u > 0.0)) throw std::invalid_argument("E1(u) needs u > 0, got " + std::to_string(u));
  return -std::expint(-u);
}

double hantush_well_function(double u, double beta, double log_scale) {
  if (!(u > 0.0) || !(beta >= 0.0))
    throw std::invalid_argument("W(u, beta) needs u > 0 and beta >= 0, got u = " + std::to_string(u) +
                                ", beta = " + std::to_string(beta));
  // With y = exp(s) the integrand exp(-y - beta^2/(4y)) is smooth in s and falls below 1e-300 by
  // y = u + 700, where the integration stops.
  const double q = 0.25 * beta * beta;
  auto f = [q, log_scale](double s) {
    const double y = std::exp(s);
    return std::exp(log_scale - y - q / y);
  };
  QuadratureTolerance tol;
  tol.absolute = 1e-200;
  tol.relative = 1e-12;
  return integrate_or_throw(f, std::log(u), std::log(u + 700.0), "Hantush well function", tol);
}

std::array<double, 2> kernel_window(double a, double b) {
  if (!(a > 0.0) || !(b >= 0.0)) throw std::invalid_argument("kernel_window needs a > 0 and b >= 0");
  // a/tau + b tau - 2 sqrt(a b) = (sqrt(a/tau) - sqrt(b tau))^2 < 750: with s = sqrt(tau),
  // sqrt(b) s^2 -/+ k s - sqrt(a) = 0, k = sqrt(750).
  const double k = std::sqrt(750.0);
  if (b == 0.0) return {a / 750.0, std::numeric_limits<double>::infinity()};
  const double root = std::sqrt(750.0 + 4.0 * std::sqrt(a * b));
  const double lo = (root - k) / (2.0 * std::sqrt(b)), hi = (root + k) / (2.0 * std::sqrt(b));
  return {lo * lo, hi * hi};
}

}  // namespace gwp::analytical
