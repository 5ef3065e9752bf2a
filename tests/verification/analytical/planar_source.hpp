// A continuous planar source across a uniform flow: a vertical rectangle of width Y and depth Z,
// held at concentration c0 from t = 0, reaching down from the top of the aquifer (a no-flow
// boundary), the flow normal to it. Coordinates: `along` the flow from the source plane (> 0),
// `across` from the source's centre line, `depth` below the top (>= 0), all in m.
//
// Two solutions:
//  - domenico(): Domenico (1987), the approximation that screening tools (BIOSCREEN, the Ohio
//    EPA and ASTM RBCA tools) evaluate. It spreads the plume sideways as if every point had
//    travelled the distance x instead of v t, and neglects longitudinal dispersion in the lateral
//    terms; West, Kueper and Ungs (2007) show errors of several percent of c0 near the source plane
//    and at the front, which the unit tests measure.
//  - patch_source(): the exact solution for the same boundary condition on a semi-infinite
//    domain x > 0 (Wexler 1992, USGS TWRI 3-B7, the "finite patch source" with the top as a
//    mirror), evaluated by quadrature over time:
//      C = c0 x / (8 sqrt(pi Dl')) int_0^t tau^-3/2 exp(-lambda tau - (x - v' tau)^2 / (4 Dl' tau))
//          [erf((y + Y/2) / (2 sqrt(Dth' tau))) - erf((y - Y/2) / (2 sqrt(Dth' tau)))]
//          [erf((z + Z) / (2 sqrt(Dtv' tau))) - erf((z - Z) / (2 sqrt(Dtv' tau)))] dtau,
//    with v' = v / R and D' = D / R.
#pragma once

namespace gwp::analytical {

struct PlanarSourceParameters {
  double velocity = 0.0;       // m/d, pore velocity v > 0
  double alpha_long = 0.0;     // m, longitudinal dispersivity (D = alpha v; diffusion neglected)
  double alpha_trans = 0.0;    // m, horizontal transverse
  double alpha_vert = 0.0;     // m, vertical transverse
  double retardation = 1.0;    // -
  double decay = 0.0;          // 1/d, first-order rate of the total mass
  double width = 0.0;          // m, Y
  double depth = 0.0;          // m, Z, from the top of the aquifer down
  double c0 = 1.0;             // mg/L
};

double domenico(const PlanarSourceParameters& p, double along, double across, double depth, double t);
double patch_source(const PlanarSourceParameters& p, double along, double across, double depth, double t);

}  // namespace gwp::analytical
