#include "solver/transport/isotherm.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gwp::solver {

namespace {

double value_at(const std::vector<double>& v, std::int64_t cell, double fallback = 0.0) {
  return v.empty() ? fallback : v[std::size_t(cell)];
}

}  // namespace

Isotherm isotherm_of(const SpeciesProblem& species, std::int64_t cell) {
  Isotherm iso;
  iso.model = species.sorption;
  switch (species.sorption) {
    case SorptionModel::none: break;
    case SorptionModel::linear: iso.k = value_at(species.kd, cell); break;
    case SorptionModel::freundlich:
      iso.k = value_at(species.kd, cell);
      iso.exponent = value_at(species.exponent, cell, 1.0);
      break;
    case SorptionModel::langmuir:
      iso.k = value_at(species.langmuir_k, cell);
      iso.capacity = value_at(species.capacity, cell);
      break;
  }
  return iso;
}

double sorbed_concentration(const Isotherm& iso, double c) {
  switch (iso.model) {
    case SorptionModel::none: return 0.0;
    case SorptionModel::linear: return iso.k * c;
    case SorptionModel::freundlich: return c > 0.0 ? iso.k * std::pow(c, iso.exponent) : 0.0;
    case SorptionModel::langmuir:
      return c > 0.0 ? iso.capacity * iso.k * c / (1.0 + iso.k * c) : iso.capacity * iso.k * c;
  }
  return 0.0;
}

double sorbed_slope(const Isotherm& iso, double c) {
  switch (iso.model) {
    case SorptionModel::none: return 0.0;
    case SorptionModel::linear: return iso.k;
    case SorptionModel::freundlich:
      if (c > 0.0) return iso.k * iso.exponent * std::pow(c, iso.exponent - 1.0);
      if (iso.exponent < 1.0) return std::numeric_limits<double>::infinity();
      return iso.exponent == 1.0 ? iso.k : 0.0;
    case SorptionModel::langmuir: {
      if (c <= 0.0) return iso.capacity * iso.k;
      const double d = 1.0 + iso.k * c;
      return iso.capacity * iso.k / (d * d);
    }
  }
  return 0.0;
}

double retardation_factor(double bulk_density, double kd, double porosity) {
  return 1.0 + bulk_density * kd / porosity;
}

double cell_mass(const CellCapacity& cell, const Isotherm& iso, double c) {
  return cell.water * c + cell.solids * sorbed_concentration(iso, c);
}

double concentration_for_mass(const CellCapacity& cell, const Isotherm& iso, double mass,
                              double low, double high) {
  if (iso.model == SorptionModel::none || iso.model == SorptionModel::linear) {
    const double per_c = cell.water + cell.solids * (iso.model == SorptionModel::linear ? iso.k : 0.0);
    if (per_c <= 0.0) return low;
    return std::clamp(mass / per_c, low, high);
  }
  // Monotone in c: Newton steps kept inside a shrinking bracket, bisection when a step leaves it.
  double m_low = cell_mass(cell, iso, low), m_high = cell_mass(cell, iso, high);
  if (mass <= m_low) return low;
  if (mass >= m_high) return high;
  double c = low + (high - low) * (mass - m_low) / (m_high - m_low);
  for (int it = 0; it < 200; ++it) {
    const double f = cell_mass(cell, iso, c) - mass;
    if (f > 0.0) high = c;
    else low = c;
    const double slope = cell.water + cell.solids * sorbed_slope(iso, c);
    double next = slope > 0.0 && std::isfinite(slope) ? c - f / slope : 0.5 * (low + high);
    if (!(next > low && next < high)) next = 0.5 * (low + high);
    if (std::abs(next - c) <= 1e-15 * std::max(std::abs(c), std::abs(next)) || high - low <= 1e-15 * high)
      return next;
    c = next;
  }
  return c;
}

}  // namespace gwp::solver
