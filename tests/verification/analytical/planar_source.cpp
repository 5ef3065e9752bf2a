#include "analytical/planar_source.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>
#include <string>

#include "analytical/quadrature.hpp"
#include "analytical/special_functions.hpp"

namespace gwp::analytical {
namespace {

void check(const PlanarSourceParameters& p, double along, double depth, double t) {
  if (!(p.velocity > 0.0) || !(p.alpha_long > 0.0) || !(p.alpha_trans > 0.0) || !(p.alpha_vert > 0.0) ||
      !(p.retardation >= 1.0) || !(p.decay >= 0.0) || !(p.width > 0.0) || !(p.depth > 0.0))
    throw std::invalid_argument("planar source: needs v > 0, dispersivities > 0, R >= 1, lambda >= 0, Y > 0, Z > 0");
  if (!(along > 0.0) || depth < 0.0 || !(t > 0.0))
    throw std::invalid_argument("planar source: needs x > 0 (downstream of the source plane), depth >= 0, t > 0; got x = " +
                                std::to_string(along) + ", depth = " + std::to_string(depth) + ", t = " + std::to_string(t));
}

// erf((s + a) / w) - erf((s - b) / w): the share of a source spanning [-a, b] seen at s, times 2.
double spread(double s, double a, double b, double w) { return std::erf((s + a) / w) - std::erf((s - b) / w); }

}  // namespace

double domenico(const PlanarSourceParameters& p, double x, double y, double z, double t) {
  check(p, x, z, t);
  const double v = p.velocity / p.retardation;  // retarded velocity
  const double root = std::sqrt(1.0 + 4.0 * p.decay * p.alpha_long / v);
  const double longitudinal = std::exp(x / (2.0 * p.alpha_long) * (1.0 - root)) *
                              std::erfc((x - v * t * root) / (2.0 * std::sqrt(p.alpha_long * v * t)));
  const double lateral = spread(y, 0.5 * p.width, 0.5 * p.width, 2.0 * std::sqrt(p.alpha_trans * x));
  const double vertical = spread(z, p.depth, p.depth, 2.0 * std::sqrt(p.alpha_vert * x));
  return p.c0 / 8.0 * longitudinal * lateral * vertical;
}

double patch_source(const PlanarSourceParameters& p, double x, double y, double z, double t) {
  check(p, x, z, t);
  const double v = p.velocity / p.retardation;
  const double dl = p.alpha_long * v, dt = p.alpha_trans * v, dv = p.alpha_vert * v;  // m2/d, retarded
  // exp(-(x - v' tau)^2 / (4 Dl' tau) - lambda tau) = exp(x v' / (2 Dl')) exp(-a/tau - b tau): integrated
  // over the window where it is within e^-750 of its peak exp(-2 sqrt(a b)), the peak factored out.
  const double a = x * x / (4.0 * dl), b = v * v / (4.0 * dl) + p.decay;
  const auto window = kernel_window(a, b);
  if (window[0] >= t) return 0.0;
  const double peak = 2.0 * std::sqrt(a * b);
  auto f = [&](double s) {  // tau = exp(s): tau^-3/2 dtau = tau^-1/2 ds
    const double tau = std::exp(s);
    const double e = std::exp(-0.5 * s - a / tau - b * tau + peak);
    if (e == 0.0) return 0.0;
    return e * spread(y, 0.5 * p.width, 0.5 * p.width, 2.0 * std::sqrt(dt * tau)) *
           spread(z, p.depth, p.depth, 2.0 * std::sqrt(dv * tau));
  };
  QuadratureTolerance tol;
  tol.absolute = 1e-200;
  tol.relative = 1e-11;
  tol.max_intervals = 5000;
  const double integral = integrate_or_throw(f, std::log(window[0]), std::log(std::min(t, window[1])),
                                             "patch source time integral", tol) *
                          std::exp(x * v / (2.0 * dl) - peak);
  return p.c0 * x / (8.0 * std::sqrt(std::numbers::pi * dl)) * integral;
}

}  // namespace gwp::analytical
