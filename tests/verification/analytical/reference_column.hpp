// A converged numerical reference for one-dimensional transport where no closed form is
// reliable: radial flow from an injection well (MT3DMS problem 5) and nonlinear sorption
// (MT3DMS problem 2). Written independently of solver/transport and meant to be run on grids
// far finer than the model's, so that its own error is negligible next to the model's:
//
//   d/dt [ A (theta C + rho_b S(C)) ] = -d/dx (Q C) + d/dx (theta A D dC/dx) - lambda A (theta C + rho_b S(C))
//
// on a column of cross-section A (constant, or 2 pi r b for radial flow), with a constant
// volumetric flow Q, D = alpha_L v + D_m and v = Q / (theta A). Cell-centred finite volumes with
// central differences (second order; the cell Peclet number must stay below 2, which is
// checked), second-order backward differences in time (BDF2, started with one backward Euler
// step and restarted after every change of the inlet), and Newton iterations on the total mass
// per bulk volume.
#pragma once
#include <functional>
#include <vector>

#include "analytical/sorption_isotherm.hpp"

namespace gwp::analytical {

struct ReferenceColumn {
  enum class Geometry { linear, radial };
  enum class Inlet {
    concentration,  // the inlet face is held at inlet_concentration(t) (first-type)
    flux            // the water entering carries inlet_concentration(t) (third-type: no dispersive flux in)
  };
  Geometry geometry = Geometry::linear;
  double inner = 0.0;          // m, position x (or radius r) of the inlet face
  double outer = 1.0;          // m, position of the outlet face (free outflow: no dispersive flux)
  int cells = 100;             // uniform cells between inner and outer
  double area = 1.0;           // m2 cross-section (linear), or m thickness b (radial)
  double flow = 1.0;           // m3/d, volumetric flow Q from inner to outer (> 0)
  double porosity = 0.3;       // -
  double bulk_density = 0.0;   // kg/L
  double dispersivity = 0.0;   // m, longitudinal
  double diffusion = 0.0;      // m2/d, added to alpha_L v
  Isotherm sorption;
  double decay = 0.0;          // 1/d, first-order rate of the total (dissolved + sorbed) mass
  Inlet inlet = Inlet::concentration;
  std::function<double(double)> inlet_concentration;  // mg/L at time t (d)
  std::vector<double> inlet_changes;                  // d, times at which inlet_concentration jumps
  double step = 1.0;           // d, time step; output and change times must be multiples of it
};

struct ReferenceProfile {
  double time = 0.0;                  // d
  std::vector<double> position;       // m, cell centres
  std::vector<double> concentration;  // mg/L dissolved
  double mass = 0.0;                  // g, dissolved + sorbed mass in the column
  double mass_in = 0.0;               // g, entered through the inlet since t = 0
  double mass_out = 0.0;              // g, left through the outlet since t = 0
};

// Profiles at each of `times` (d, strictly increasing, > 0, multiples of the step). Throws
// std::invalid_argument for a column that breaks the rules above and std::runtime_error when the
// Newton iterations do not converge.
std::vector<ReferenceProfile> solve_reference_column(const ReferenceColumn& column, const std::vector<double>& times);

// Linear interpolation of a profile at `position` (m); the end values beyond the cell centres.
double profile_at(const ReferenceProfile& profile, double position);

}  // namespace gwp::analytical
