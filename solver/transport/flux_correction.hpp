// Flux-corrected transport (Boris and Book 1973; Zalesak 1979; Kuzmin, Moeller and Turek 2004
// for implicit steps): how link fluxes correct a bounded step without creating new extrema.
//
// A transport step is bounded at any Courant number as long as its implicit part is the
// low-order one (upwind advection and the two-point part of dispersion give an M-matrix). What
// would break the bounds, the tvd scheme's antidiffusion and the cross part of dispersion, is
// applied as link fluxes f (g/d, n -> m) around that solve, each time limited by Zalesak's
// limiter, which scales each flux by alpha in [0, 1] (the same for both cells of the link, so
// mass is conserved by construction). Per cell:
//   P+ / P-  the sums of the positive / negative fluxes into the cell (g/d),
//   Q+ / Q-  the mass the cell may still gain / lose before its concentration leaves the local
//            bounds [u_min, u_max] (g), the extremes over the cell and its grid neighbours of
//            the concentrations the correction starts from,
//   R+ = min(1, Q+ / (dt P+)),  R- = min(1, Q- / (dt P-)),
// and a flux into cell i from cell j gets alpha = min(R+_i, R-_j), one out of i min(R-_i, R+_j).
// The corrected cell mass M + dt sum(alpha f) then stays within [M(u_min), M(u_max)], and since
// the cell mass grows with the concentration, the concentration within [u_min, u_max]. The
// limiting is repeated on what is left of the fluxes, (1 - alpha) f, with the rooms left after
// the previous pass and the same bounds (iterative limiting): a cell whose room one link used
// up in the first pass may still give its other links room. Cells
// without water get no room (Q+- = 0); cells held at a fixed concentration unlimited room: they
// keep their value, and the mass that reaches them is the holding's (a budget term).
//
// Why this and not an iterated positive-coefficient (Harten) form: each correction is one
// explicit pass around a single linear solve per step, conservative link by link, and its bound
// holds at any Courant number; a Harten form puts the limiter into the matrix and needs
// iterations whose convergence slows down at the large Courant numbers implicit steps are for.
#pragma once
#include <cstdint>
#include <vector>

#include "solver/grid/connections.hpp"

namespace gwp {

// Zalesak's limiter over the grid links of a model, with its work arrays:
//   sum_fluxes     P+ and P- of every cell from the link fluxes (before the first pass);
// then per pass:
//   (the caller computes the local bounds and rooms of the cells that are touched, i.e. that
//    have a nonzero flux on some link, and passes them to set_room)
//   apply          the mass change of every touched cell, dt sum(alpha f) (g); it leaves in
//                  the fluxes what was not applied, (1 - alpha) f, and their P+ and P-, for a
//                  further pass.
// Cells that no flux touches are skipped throughout, so a pass costs little where the plume is
// not. The limiter keeps its own copy of the grid links' cells in 32-bit indices, with each
// cell's links signed by direction: its sweeps are bound by memory traffic, which that halves.
class FluxLimiter {
 public:
  explicit FluxLimiter(const Connections& links);

  void sum_fluxes(const std::vector<double>& flux);
  bool touched(std::int64_t cell) const {
    return p_plus_[std::size_t(cell)] != 0.0 || p_minus_[std::size_t(cell)] != 0.0;
  }
  // Mass the cell may still gain (room_up >= 0) and lose (room_down <= 0), g, over dt (d).
  void set_room(std::int64_t cell, double room_up, double room_down, double dt);
  void apply(std::vector<double>& flux, double dt, std::vector<double>& mass_change);
  // Local bounds of each touched cell (mg/L): extremes of `a` and `b` over the cell and its
  // grid neighbours for which `usable` is nonzero (the cell itself always counts).
  void local_bounds(const std::vector<std::uint8_t>& usable, const double* a, const double* b,
                    std::vector<double>& low, std::vector<double>& high) const;

 private:
  // The grid links of cell c are entries [start_[c], start_[c + 1]): the link index l where
  // the cell is the link's m (a flux n -> m flows in), ~l (negative) where it is its n.
  std::int64_t cell_count_;
  std::vector<std::int32_t> start_, entry_;
  std::vector<std::int32_t> n_, m_;  // per grid link
  std::vector<double> p_plus_, p_minus_, ratio_up_, ratio_down_;
};

}  // namespace gwp
