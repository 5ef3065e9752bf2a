#include "analytical/sorption_isotherm.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace gwp::analytical {

double sorbed(const Isotherm& iso, double c) {
  if (c < 0.0) throw std::invalid_argument("sorbed: negative concentration " + std::to_string(c));
  switch (iso.kind) {
    case Isotherm::Kind::none: return 0.0;
    case Isotherm::Kind::linear: return iso.kd * c;
    case Isotherm::Kind::freundlich: return iso.kd * std::pow(c, iso.exponent);
    case Isotherm::Kind::langmuir: return iso.capacity * iso.langmuir_k * c / (1.0 + iso.langmuir_k * c);
  }
  return 0.0;
}

double sorbed_slope(const Isotherm& iso, double c) {
  switch (iso.kind) {
    case Isotherm::Kind::none: return 0.0;
    case Isotherm::Kind::linear: return iso.kd;
    case Isotherm::Kind::freundlich:
      if (c <= 0.0) return iso.exponent < 1.0 ? std::numeric_limits<double>::infinity()
                                               : (iso.exponent == 1.0 ? iso.kd : 0.0);
      return iso.kd * iso.exponent * std::pow(c, iso.exponent - 1.0);
    case Isotherm::Kind::langmuir: {
      const double d = 1.0 + iso.langmuir_k * c;
      return iso.capacity * iso.langmuir_k / (d * d);
    }
  }
  return 0.0;
}

double total_mass(const Isotherm& iso, double theta, double rho_b, double c) {
  return theta * c + rho_b * sorbed(iso, c);
}

double dissolved_from_total(const Isotherm& iso, double theta, double rho_b, double u, double guess) {
  if (u < 0.0) throw std::invalid_argument("dissolved_from_total: negative total " + std::to_string(u));
  if (u == 0.0) return 0.0;
  switch (iso.kind) {
    case Isotherm::Kind::none: return u / theta;
    case Isotherm::Kind::linear: return u / (theta + rho_b * iso.kd);
    case Isotherm::Kind::langmuir: {
      // theta K C^2 + (theta + rho_b S_max K - u K) C - u = 0, the positive root written without
      // cancellation.
      const double a = theta * iso.langmuir_k;
      const double b = theta + rho_b * iso.capacity * iso.langmuir_k - u * iso.langmuir_k;
      if (a == 0.0) return u / b;
      const double disc = std::sqrt(b * b + 4.0 * a * u);
      return b >= 0.0 ? 2.0 * u / (b + disc) : (disc - b) / (2.0 * a);
    }
    case Isotherm::Kind::freundlich: break;
  }
  // Freundlich: g(C) = theta C + rho_b K C^a - u is increasing; C lies in [0, u / theta] and, when
  // sorption dominates, below (u / (rho_b K))^(1/a). Bisection to a bracket, then Newton inside it.
  double lo = 0.0, hi = u / theta;
  if (iso.kd > 0.0) hi = std::min(hi, std::pow(u / (rho_b * iso.kd), 1.0 / iso.exponent));
  double c = guess > lo && guess < hi ? guess : 0.5 * (lo + hi);
  for (int it = 0; it < 200; ++it) {
    const double g = total_mass(iso, theta, rho_b, c) - u;
    if (g > 0.0) hi = c; else lo = c;
    const double slope = theta + rho_b * sorbed_slope(iso, c);
    double next = c - g / slope;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (std::abs(next - c) <= 1e-15 * c || hi - lo <= 1e-15 * hi) return next;
    c = next;
  }
  throw std::runtime_error("dissolved_from_total: Freundlich inversion did not converge for u = " + std::to_string(u));
}

}  // namespace gwp::analytical
