// Equilibrium sorption isotherms, written independently of solver/transport for the reference
// solutions: sorbed concentration S(C), and the total mass per bulk volume theta C + rho_b S(C)
// with its inverse.
#pragma once

namespace gwp::analytical {

struct Isotherm {
  enum class Kind { none, linear, freundlich, langmuir };
  Kind kind = Kind::none;
  double kd = 0.0;          // L/kg: linear Kd; Freundlich constant K_F in (mg/kg)/(mg/L)^a
  double exponent = 1.0;    // -, Freundlich exponent a
  double langmuir_k = 0.0;  // L/mg, Langmuir constant
  double capacity = 0.0;    // mg/kg, Langmuir capacity S_max: S = S_max K C / (1 + K C)
};

// S(C) in mg/kg, C >= 0 in mg/L.
double sorbed(const Isotherm& iso, double c);
// dS/dC in L/kg (infinite at C = 0 for Freundlich with a < 1).
double sorbed_slope(const Isotherm& iso, double c);
// theta C + rho_b S(C) in g/m3 of bulk volume (mg/L of bulk): porosity theta (-), bulk density
// rho_b (kg/L).
double total_mass(const Isotherm& iso, double theta, double rho_b, double c);
// The C >= 0 whose total_mass is `u` >= 0 (mg/L), to a relative accuracy of 1e-14. `guess`
// (mg/L, e.g. the previous iterate) speeds up the Freundlich inversion when it is close.
double dissolved_from_total(const Isotherm& iso, double theta, double rho_b, double u, double guess = -1.0);

}  // namespace gwp::analytical
