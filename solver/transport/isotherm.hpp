// Equilibrium sorption isotherms: the sorbed concentration S (mg/kg of solids) that holds with
// a dissolved concentration C (mg/L), its slope, and the mass a cell holds at C.
//   linear:     S = Kd C                      (Kd in L/kg)
//   Freundlich: S = K_F C^a                   (K_F in (mg/kg)/(mg/L)^a, a dimensionless)
//   Langmuir:   S = S_max K C / (1 + K C)     (K in L/mg, S_max in mg/kg)
// Units: with the bulk density rho_b in kg/L, rho_b Kd / theta is dimensionless, and a cell of
// saturated volume V (m3) holds theta V C grams dissolved (C in mg/L = g/m3) and rho_b V S
// grams sorbed (kg/L x m3 x mg/kg = 1000 kg x mg/kg = g).
#pragma once
#include "solver/transport/transport_problem.hpp"

namespace gwp::solver {

struct Isotherm {
  SorptionModel model = SorptionModel::none;
  double k = 0.0;         // Kd (L/kg), K_F, or the Langmuir K (L/mg)
  double exponent = 1.0;  // Freundlich a (-)
  double capacity = 0.0;  // Langmuir S_max (mg/kg)
};

// The isotherm of `cell` for a species (parameters from its per-cell vectors; empty = zero).
Isotherm isotherm_of(const SpeciesProblem& species, std::int64_t cell);

// S (mg/kg) at C (mg/L). Negative C (rounding noise of a solve) sorbs nothing on the Freundlich
// isotherm and follows the initial slope on the Langmuir one, so that S stays continuous.
double sorbed_concentration(const Isotherm& iso, double c);

// dS/dC (L/kg) at C. Infinite at C = 0 for a Freundlich exponent below 1.
double sorbed_slope(const Isotherm& iso, double c);

// R = 1 + rho_b Kd / theta (-), the retardation of the linear isotherm.
double retardation_factor(double bulk_density, double kd, double porosity);

// What a cell holds per unit of concentration: water theta V (m3) and solids rho_b V (kg/L m3).
struct CellCapacity {
  double water = 0.0;
  double solids = 0.0;
};

// Dissolved plus sorbed mass (g) of a cell at concentration c (mg/L).
double cell_mass(const CellCapacity& cell, const Isotherm& iso, double c);

// The concentration in [low, high] at which the cell holds `mass` (g). The mass must lie between
// cell_mass at low and at high (the cell mass grows with c); returns low or high at the ends.
double concentration_for_mass(const CellCapacity& cell, const Isotherm& iso, double mass,
                              double low, double high);

}  // namespace gwp::solver
