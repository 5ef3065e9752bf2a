#include "analytical/ogata_banks.hpp"

#include <cmath>
#include <stdexcept>

#include "analytical/special_functions.hpp"

namespace gwp::analytical {
namespace {

void check(const ColumnParameters& p) {
  if (!(p.velocity > 0.0) || !(p.dispersion >= 0.0) || !(p.retardation >= 1.0) || !(p.decay >= 0.0))
    throw std::invalid_argument("Ogata-Banks needs v > 0, D >= 0, R >= 1 and lambda >= 0");
}

// u = v sqrt(1 + 4 mu D / v^2), mu = lambda R the decay coefficient of the retarded equation.
double decayed_velocity(const ColumnParameters& p) {
  const double mu = p.decay * p.retardation;
  return p.velocity * std::sqrt(1.0 + 4.0 * mu * p.dispersion / (p.velocity * p.velocity));
}

}  // namespace

double ogata_banks(const ColumnParameters& p, double x, double t) {
  check(p);
  if (x < 0.0 || t < 0.0) throw std::invalid_argument("Ogata-Banks needs x >= 0 and t >= 0");
  if (x == 0.0) return p.c0;
  if (t == 0.0) return 0.0;
  const double R = p.retardation, v = p.velocity, D = p.dispersion;
  if (D == 0.0) {  // pure advection: a sharp front at v t / R
    const double front = v * t / R;
    const double c = p.c0 * std::exp(-p.decay * R * x / v);
    return x < front ? c : (x == front ? 0.5 * c : 0.0);
  }
  const double u = decayed_velocity(p);
  const double s = 2.0 * std::sqrt(D * R * t);
  const double first = exp_erfc((v - u) * x / (2.0 * D), (R * x - u * t) / s);
  const double second = exp_erfc((v + u) * x / (2.0 * D), (R * x + u * t) / s);
  return 0.5 * p.c0 * (first + second);
}

double ogata_banks_steady(const ColumnParameters& p, double x) {
  check(p);
  if (p.dispersion == 0.0) return p.c0 * std::exp(-p.decay * p.retardation * x / p.velocity);
  return p.c0 * std::exp((p.velocity - decayed_velocity(p)) * x / (2.0 * p.dispersion));
}

}  // namespace gwp::analytical
