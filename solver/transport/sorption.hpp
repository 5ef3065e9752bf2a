// Storage of sorbed mass: rho_b V S(C) grams in a cell of saturated volume V (m3), bulk
// density rho_b (kg/L) and sorbed concentration S (mg/kg, isotherm.hpp). Over a step the
// equation of a cell holds (rho_b V_new S(C_new) - rho_b V_old S(C_old)) / dt (g/d).
//
// For the linear isotherm this is exact in the matrix (it multiplies the dissolved capacity by
// the retardation factor). For the Freundlich and Langmuir isotherms S is linearised at the
// current iterate c_k (Newton on the mass, the "modified Picard" of Celia et al. 1990):
//   S(C) ~ S(c_k) + S'(c_k) (C - c_k),
// so that when the iterations converge the mass change of the step is the exact isotherm mass
// change, and the budget closes. S' is infinite at C = 0 for a Freundlich exponent a below 1,
// and Newton's method creeps up from a tiny concentration; below `slope_floor` (StepView) the
// chord through the origin, S(c_k) / c_k, stands in for S'(c_k). That iteration converges for
// any starting point (its error shrinks by a factor below 1 - a per iteration), and like
// Newton's it changes only how the iterations get there, never where they end.
#pragma once
#include "solver/transport/isotherm.hpp"
#include "solver/transport/step_view.hpp"

namespace gwp::solver {

class SorbedStorage {
 public:
  void fill_row(const StepView& s, std::int64_t cell, RowRef& row) const;
  // Sorbed mass (g) of `cell` at concentration c with saturated volume `volume` (m3).
  static double mass(const StepView& s, std::int64_t cell, double volume, double c);
  // The slope used to linearise S at c (L/kg), see above.
  static double linearisation_slope(const Isotherm& iso, double c, double slope_floor);
};

}  // namespace gwp::solver
