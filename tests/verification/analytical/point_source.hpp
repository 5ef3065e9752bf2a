// Continuous point sources in a uniform flow field, in an infinite aquifer:
//  - Wilson and Miller (1978): 2-D, a fully penetrating well injecting mass at a constant rate
//    (MT3DMS problems 3 and 4, Zheng and Wang 1999, sections 7.3 and 7.4);
//  - Hunt (1978): 3-D, a point injecting mass at a constant rate (MT3DMS problem 7, section 7.7).
//
//   R dC/dt = Dl C_xx + Dth C_yy + Dtv C_zz - v C_x - lambda R C + (mass rate / theta) delta(source)
//
// Coordinates are in the flow frame: `along` the flow from the source, `across` it (horizontal)
// and `vertical`, all in m (flow_frame() turns world coordinates into them). Each solution is given
// twice: in its published closed form, and as the time integral of the instantaneous point source
// evaluated by quadrature; the unit tests hold the two against each other.
#pragma once
#include <array>

namespace gwp::analytical {

struct PlumeParameters {
  double velocity = 0.0;        // m/d, pore velocity v > 0 along the flow
  double d_long = 0.0;          // m2/d, longitudinal dispersion coefficient Dl > 0
  double d_trans = 0.0;         // m2/d, horizontal transverse Dth > 0
  double d_vert = 0.0;          // m2/d, vertical transverse Dtv > 0 (3-D only)
  double porosity = 0.3;        // -
  double retardation = 1.0;     // -
  double decay = 0.0;           // 1/d, first-order rate of the total mass
  double mass_rate = 0.0;       // g/d (3-D), or g/d per m of aquifer thickness (2-D)
};

// (along, across) of world point (x, y) for a source at (x0, y0) and a flow towards `angle_deg`
// degrees counter-clockwise from the x axis (east).
std::array<double, 2> flow_frame(double x, double y, double x0, double y0, double angle_deg);

// Wilson and Miller (1978), mg/L at time t (d):
//   C = m / (4 pi theta sqrt(Dl Dth)) exp(x / B) W(u, r sqrt(gamma) / B),
//   B = 2 Dl / v, r^2 = x^2 + y^2 Dl / Dth, u = R r^2 / (4 Dl t), gamma = 1 + 2 B lambda R / v,
// W the Hantush well function. Singular at the source (r = 0), which throws.
double wilson_miller(const PlumeParameters& p, double along, double across, double t);
double point_source_2d_integral(const PlumeParameters& p, double along, double across, double t);

// Hunt (1978), mg/L at time t (d):
//   C = m / (8 pi theta r sqrt(Dth Dtv)) exp(x / B) [ exp(-r sqrt(gamma) / B) erfc((R r - v t sqrt(gamma)) / (2 sqrt(Dl R t)))
//                                                    + exp(r sqrt(gamma) / B) erfc((R r + v t sqrt(gamma)) / (2 sqrt(Dl R t))) ],
//   r^2 = x^2 + y^2 Dl / Dth + z^2 Dl / Dtv. Singular at the source, which throws.
double hunt(const PlumeParameters& p, double along, double across, double vertical, double t);
double point_source_3d_integral(const PlumeParameters& p, double along, double across, double vertical, double t);

// The steady plume of a 3-D point source (t -> infinity):
//   C = m / (4 pi theta r sqrt(Dth Dtv)) exp((x - r sqrt(gamma)) / B).
double hunt_steady(const PlumeParameters& p, double along, double across, double vertical);

}  // namespace gwp::analytical
