// Dispersion and diffusion: the flux -theta D grad C through every face of the grid, with the
// full tensor of dispersion_tensor.hpp evaluated at the face. No dispersion acts along extra
// links (a bore mixes nothing by dispersion) or into a cell that holds no water.
//
// Face Darcy flux: the normal component is the face flow over the face area (width times the
// mean saturated thickness of the two cells for side faces, plan area for top and bottom); the
// two transverse components are the means of the cell-centred fluxes of the two cells
// (flow_interface.hpp), as MT3DMS interpolates them.
//
// Split of the face flux, for a face of normal axis a between cells n and m at distance d:
//   normal part  g (C_n - C_m),  g = theta D_aa A / d      (m3/d): a two-point flux with g >= 0,
//                into the matrix, where it keeps the M-matrix property;
//   cross part   -A (theta D_ab dC/db + theta D_ac dC/dc), the transverse derivatives at the
//                face being the means of the central differences of the two cells.
// The cross part has coefficients of either sign (it is what makes a plume in flow diagonal to
// the grid spread along the flow rather than along the grid axes) and would break the M-matrix
// property and with it the bounds. It is therefore not put into the matrix: it is evaluated
// explicitly, with the concentrations at the start of the step, and added as a link flux to the
// corrections that flux_correction.hpp limits against local bounds before the implicit solve.
// Where it creates no new extremum it acts in full; where it would, only as far as the bounds
// allow (near the peak of a narrow plume, or at steps so long that its explicit share of the
// step would overshoot).
#pragma once
#include <cstdint>
#include <vector>

#include "solver/grid/connections.hpp"
#include "solver/transport/dispersion_tensor.hpp"
#include "solver/transport/flux_correction.hpp"
#include "solver/transport/step_view.hpp"

namespace gwp::solver {

class Dispersion {
 public:
  Dispersion(const Grid& grid, const Connections& links, const TransportProblem& problem);

  // Face coefficients for the flows of an interval.
  void prepare(const TransportFlow& flow);
  void fill_row(const StepView& s, std::int64_t cell, RowRef& row) const;
  // Normal-part flux of a link (g/d, n -> m), weighted in time as the equations weight it.
  double link_flux(const StepView& s, std::int64_t link, const double* c_new) const;
  // Net normal-part rate into `cell` (g/d).
  double rate(const StepView& s, std::int64_t cell, const double* c_new) const;
  // Conductance g of a link for molecular diffusion `diffusion` (m2/d): m3/d.
  double conductance(std::int64_t link, double diffusion) const;

  // Whether any face has a cross part (flow not aligned with the grid axes).
  bool has_cross_terms() const { return has_cross_; }
  // Cell gradients of c (mg/L/m, 3 per cell: x east, y north, z up) by central differences
  // between neighbours that hold water, one-sided next to edges and dry cells; zero outside the
  // limiter's region (where c and its neighbours are zero).
  void gradients(const StepView& s, const double* c, const FluxLimiter& region, std::vector<double>& gradient) const;
  // Cross-part flux (g/d, n -> m) of a grid link from the cell gradients.
  double cross_flux(std::int64_t link, const std::vector<double>& gradient) const;

 private:
  const Grid* grid_;
  const Connections* links_;
  const std::vector<double>* porosity_;
  Dispersivity alpha_;
  bool cross_enabled_ = true;
  bool has_cross_ = false;
  // Per grid link: theta D_aa A / d of mechanical dispersion (m3/d); theta_face A / d (m), the
  // factor of the molecular diffusion coefficient; the two cross coefficients (m3/d x m / (mg/L)
  // per mg/L/m gradient, i.e. m3/d x m): flux n -> m = cross_b dC/db + cross_c dC/dc.
  std::vector<double> mechanical_, diffusive_, cross_b_, cross_c_;
};

}  // namespace gwp::solver
