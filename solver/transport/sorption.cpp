#include "solver/transport/sorption.hpp"

namespace gwp::solver {

double SorbedStorage::linearisation_slope(const Isotherm& iso, double c, double slope_floor) {
  if (iso.model == SorptionModel::freundlich && iso.exponent < 1.0 && c < slope_floor) {
    // The chord through the origin, S(c) / c; at c <= 0 the chord to the floor.
    const double at = c > 0.0 ? c : slope_floor;
    return at > 0.0 ? sorbed_concentration(iso, at) / at : 0.0;
  }
  return sorbed_slope(iso, c);
}

double SorbedStorage::mass(const StepView& s, std::int64_t cell, double volume, double c) {
  if (s.species->sorption == SorptionModel::none) return 0.0;
  const double solids = (*s.bulk_density)[std::size_t(cell)] * volume;
  return solids * sorbed_concentration(isotherm_of(*s.species, cell), c);
}

void SorbedStorage::fill_row(const StepView& s, std::int64_t cell, RowRef& row) const {
  if (s.species->sorption == SorptionModel::none) return;
  const std::size_t c = std::size_t(cell);
  const double dt = s.dt();
  const double rho = (*s.bulk_density)[c];
  const double solids_old = rho * s.volume_old(cell), solids_new = rho * s.volume_new(cell);
  const Isotherm iso = isotherm_of(*s.species, cell);
  const double old_mass = solids_old * sorbed_concentration(iso, s.c_old[c]);
  if (iso.model == SorptionModel::linear) {
    row.add_diagonal(solids_new * iso.k / dt);
    row.rhs += old_mass / dt;
    return;
  }
  const double ck = s.c_iter[c];
  const double slope = linearisation_slope(iso, ck, s.slope_floor);
  row.add_diagonal(solids_new * slope / dt);
  row.rhs += (old_mass - solids_new * (sorbed_concentration(iso, ck) - slope * ck)) / dt;
}

}  // namespace gwp::solver
