// One-dimensional transport from a continuous inlet concentration: Ogata and Banks (1961), with
// linear retardation and first-order decay as van Genuchten and Alves (1982) give it (their
// solution A1 with decay; MT3DMS problem 1, Zheng and Wang 1999, section 7.1).
//
//   R dC/dt = D d2C/dx2 - v dC/dx - lambda R C,   x >= 0, t > 0
//   C(x, 0) = 0,  C(0, t) = c0,  C(infinity, t) = 0
//
// The decay acts on the dissolved and the sorbed phase alike (rate lambda on the total mass),
// which is what MT3DMS (rc1 = rc2) and gwplume (`phase = "both"`) simulate.
#pragma once

namespace gwp::analytical {

struct ColumnParameters {
  double velocity = 0.0;     // m/d, pore (seepage) velocity v > 0
  double dispersion = 0.0;   // m2/d, longitudinal dispersion coefficient D >= 0 (alpha_L v + D_m)
  double retardation = 1.0;  // -, R = 1 + rho_b Kd / theta >= 1
  double decay = 0.0;        // 1/d, first-order rate lambda of the total (dissolved + sorbed) mass
  double c0 = 1.0;           // mg/L, inlet concentration
};

// C(x, t) in mg/L at distance x (m) from the inlet at time t (d). With D = 0 it is the sharp
// front c0 exp(-lambda R x / v) for x < v t / R (half that on the front itself), zero beyond.
double ogata_banks(const ColumnParameters& p, double x, double t);

// The steady profile t -> infinity: c0 exp((v - u) x / (2 D)), u = v sqrt(1 + 4 lambda R D / v^2).
double ogata_banks_steady(const ColumnParameters& p, double x);

}  // namespace gwp::analytical
