// First-order rate constants of monitored natural attenuation from a concentration profile along
// a plume (Newell, Rifai, Wilson, Connor, Aziz and Suarez 2002, "Calculation and use of
// first-order rate constants for monitored natural attenuation studies", US EPA Ground Water
// Issue EPA/540/S-02/500):
//
// - the bulk attenuation rate k (1/d): how fast concentrations fall with distance along the
//   plume, converted to time by the contaminant's velocity, k = -v_c * m, with m (1/m) the
//   least-squares slope of ln C against distance along the plume's axis and v_c = v / R the
//   contaminant velocity (seepage velocity over the retardation factor). It lumps dispersion,
//   sorption and degradation together.
// - the biodegradation rate of Buscheck and Alcantar (1995), which takes longitudinal
//   dispersion out of k for a steady plume in one dimension:
//       lambda = v_c / (4 alpha_x) * ([1 + 2 alpha_x (k / v_c)]^2 - 1),
//   with alpha_x (m) the longitudinal dispersivity. It solves the steady 1-D advection-
//   dispersion-decay equation, whose profile is C = C0 exp(x (v - sqrt(v^2 + 4 lambda D)) / (2 D))
//   with D = alpha_x v: its slope m gives back lambda exactly.
#pragma once
#include <cstddef>
#include <limits>
#include <vector>

namespace gwp::metrics {

struct BulkRate {
  static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
  double slope = kNone;  // 1/m, least-squares slope of ln C against distance
  double rate = kNone;   // 1/d, -v_c * slope (positive where concentrations fall downstream)
  double r2 = kNone;     // -, coefficient of determination of the ln C fit
  std::size_t points = 0;
};

// The bulk attenuation rate from concentrations (mg/L, > 0) at distances (m) along the plume
// axis and the contaminant velocity along it (m/d). NaN figures with fewer than three points,
// distances that do not differ, or a velocity that is not finite. Throws std::invalid_argument
// for lists of different lengths or a concentration that is not positive.
BulkRate bulk_attenuation_rate(const std::vector<double>& distance, const std::vector<double>& concentration,
                               double velocity);

// The Buscheck and Alcantar (1995) biodegradation rate (1/d) from the bulk rate k (1/d), the
// contaminant velocity v_c (m/d, > 0) and the longitudinal dispersivity alpha_x (m, >= 0; at 0 it
// is k itself). NaN when an argument is NaN or v_c is not positive.
double buscheck_alcantar_rate(double bulk_rate, double velocity, double alpha_x);

}  // namespace gwp::metrics
