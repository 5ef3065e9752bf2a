// One-dimensional transport of a chain of sequentially decaying species with different
// retardation factors, from a continuous inlet: the problem (a PCE -> TCE -> DCE -> VC column,
// for instance) that the transformation methods of Sun, Petersen and Clement (1999) solve in
// closed form for equal retardation, and Srinivasan and Clement (2008, Adv. Water Resour. 31,
// 203-218) for different ones:
//
//   R_i dc_i/dt = D d2c_i/dx2 - v dc_i/dx - k_i R_i c_i + y_i k_{i-1} R_{i-1} c_{i-1},
//   x >= 0, t > 0,  c_i(x, 0) = 0,  c_i(0, t) = inlet_i,  c_i(infinity, t) = 0,
//
// each species decaying at k_i in both phases (rate k_i R_i per unit of dissolved concentration,
// gwplume's decay phase "both"), and producing y_i of the next per unit it loses.
//
// The solution is exact in x and in the Laplace domain of t: with K_i = k_i R_i and
// r_j(s) = (v - sqrt(v^2 + 4 D (R_j s + K_j))) / (2 D), the transform of c_i is
// sum_{j<=i} A_ij exp(r_j x), with
//   A_ij = y_i K_{i-1} A_{i-1,j} / ((R_i - R_j) s + K_i - K_j)   (j < i),
//   A_ii = inlet_i / s - sum_{j<i} A_ij                          (the inlet condition),
// since D r_j^2 - v r_j = R_j s + K_j. It is brought back to t by the fixed Talbot contour
// (Abate and Valko 2004) with 32 nodes, which gives about 12 significant digits where c is not
// far below the inlet's. No two species may have the same R_i and K_i (the coefficients would
// not exist); where two nearly do, digits are lost.
#pragma once
#include <vector>

namespace gwp::analytical {

struct ChainColumn {
  double velocity = 0.0;            // m/d, pore velocity v > 0
  double dispersion = 0.0;          // m2/d, D > 0 (alpha_L v + D_m), the same for every species
  std::vector<double> retardation;  // -, R_i >= 1 per species
  std::vector<double> decay;        // 1/d, k_i >= 0 per species (both phases)
  std::vector<double> yield;        // -, y_i per species (yield[0] unused)
  std::vector<double> inlet;        // mg/L, c_i at x = 0 for t > 0
};

// c_i(x, t) (mg/L) of every species at distance x >= 0 (m) and time t > 0 (d).
std::vector<double> chain_column(const ChainColumn& p, double x, double t);

}  // namespace gwp::analytical
