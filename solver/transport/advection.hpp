// Advection: mass carried by the water across every link (grid links and the extra links of
// abandoned or multi-node wells), F = q C_face (g/d from cell n to cell m), q the water flow of
// the link (m3/d, n -> m).
//
// Into the matrix goes a low-order face value:
//   upwind   C_face = C of the upstream cell. With storage, sources and the flow-imbalance
//            correction, the diagonal of a cell's row is theta V_old / dt + its water inflow
//            (plus dispersion and decay) and its off-diagonals are minus the inflows from its
//            neighbours: an M-matrix, so the implicit step is bounded at any Courant number.
//   central  C_face interpolated linearly between the two cell centres (second order, not
//            bounded: it oscillates where the grid Peclet number exceeds 2).
// Extra links are always upwind: a bore has no geometry for anything else.
//
// The `tvd` scheme adds antidiffusive fluxes per grid link, limited by flux_correction.hpp so
// that no new extrema appear. The high-order face value is van Leer's limited interpolation
// (the limiter of MF6 GWT's TVD, on the ratio r of the upstream and the local gradients, with
// the second upstream cell taken along the link's axis). Two fluxes:
//   spatial   f_s = q (C_high - C_up) at the concentrations at the start of the step; applied
//             before the implicit solve. At a steady state the step then solves exactly the
//             steady equations of the high-order scheme, whatever the step length.
//   temporal  f_t = q [ (C_high(u) - C_high(c_old)) / 2 + C_up(c_old) - C_up(u) ], u the
//             implicit low-order solution; applied after it, on implicit steps only. With it the
//             advective flux of the step is centred in time (half old, half new), which removes
//             most of backward Euler's smearing of a moving front (its numerical dispersion
//             v^2 dt / 2); where the solution is steady (u = c_old) it vanishes. Only where
//             the step moves the upstream cell's water at most once (Courant number <= 1):
//             see temporal_flux.
#pragma once
#include <cstdint>
#include <vector>

#include "solver/grid/connections.hpp"
#include "solver/transport/step_view.hpp"

namespace gwp::solver {

// van Leer's limiter psi(r) = (r + |r|) / (1 + |r|): 0 for r <= 0, 1 at r = 1, below 2.
double van_leer(double r);

class Advection {
 public:
  Advection(const Connections& links, AdvectionScheme scheme);

  AdvectionScheme scheme() const { return scheme_; }
  // The tvd stencils of the grid links for the flows of an interval (their upstream sides).
  void prepare(const TransportFlow& flow);
  void fill_row(const StepView& s, std::int64_t cell, RowRef& row) const;
  // Low-order mass flux of a link (g/d, n -> m), weighted in time as the equations weight it.
  double link_flux(const StepView& s, std::int64_t link, const double* c_new) const;
  // Net low-order advective rate into `cell` over all its links (g/d).
  double rate(const StepView& s, std::int64_t cell, const double* c_new) const;
  // Spatial antidiffusive flux f_s (g/d, n -> m) of a grid link at concentrations c (tvd; 0
  // for the other schemes and where a cell has no water).
  double spatial_flux(const StepView& s, std::int64_t link, const double* c) const;
  // Temporal antidiffusive flux f_t (g/d, n -> m) of a grid link from the concentrations at the
  // start of the step (c_start) and the low-order solution u (tvd; 0 otherwise).
  // Only on links whose upstream cell's Courant number (the link's flow over the step against
  // the cell's retarded water) is at most 1. The correction is computed from the state after
  // the spatial correction and the low-order solution; on longer steps that difference no longer
  // vanishes at a steady state, and the correction, centred in time like Crank-Nicolson, keeps
  // feeding modes that backward Euler would damp: a bounded but persistent oscillation in time
  // (tried: a share 1 / Courant and a fade from Courant 1 to 2 both left one). Beyond Courant 1
  // the step is backward Euler in time, smooth, with its smearing v^2 dt / 2.
  double temporal_flux(const StepView& s, std::int64_t link, const double* c_start, const double* u) const;
  // Whether it applies to a link with water flow q (m3/d) out of cell `up` at concentration c_up.
  static bool temporal_applies(const StepView& s, std::int64_t up, double q, double c_up);

 private:
  // Coefficients of the low-order flux F = a_n C_n + a_m C_m of a link with water flow q.
  void coefficients(std::int64_t link, double q, double& a_n, double& a_m) const;
  // What the tvd face value of a grid link needs, for the flow of the interval, in one place
  // (the corrections evaluate it at every link two or three times a step): the upstream and
  // downstream cells, the second upstream cell along the link's axis (-1: none, or dry), and
  // the geometry of the interpolation. up = -1 where the link carries no correction (no flow,
  // or a dry cell at either end). Cell indices are 32-bit to halve the stencil's memory traffic.
  // Twenty bytes a link: the two ratios in single precision (they shape a limited correction,
  // whose mass is conserved whatever they are).
  struct Stencil {
    float share = 0.0f;  // distance upstream centre to face over centre to centre, -
    float ratio = 0.0f;  // centre-to-centre distance of the link over that of the upstream pair, -
    std::int32_t up = -1, down = -1, upup = -1;
  };
  // Limited high-order face concentration (mg/L) of a link's stencil at c.
  static double face_value(const Stencil& k, const double* c);
  const Connections* links_;
  AdvectionScheme scheme_;
  std::vector<Stencil> stencil_;  // per grid link (tvd only)
};

}  // namespace gwp::solver
