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

#include "solver/common/parallel.hpp"
#include "solver/grid/connections.hpp"

namespace gwp::solver {

// Zalesak's limiter over the grid links of a model, with its work arrays:
//   sum_fluxes     P+ and P- of every cell from the link fluxes (before the first pass);
// then per pass:
//   (the caller computes the local bounds and rooms of the cells that are touched, i.e. that
//    have a nonzero flux on some link, and passes them to set_room)
//   apply          the mass change of every touched cell, dt sum(alpha f) (g); it leaves in
//                  the fluxes what was not applied, (1 - alpha) f, and their P+ and P-, for a
//                  further pass.
// Everything works within a region marked first (mark_region): the cells that hold more than a
// tiny concentration (1e-20 of the species' scale) at either of two states, and their grid
// neighbours. Outside it the correction fluxes are nil or negligible (equal or tiny
// concentrations, no gradient), and a cell outside it has no room: a flux to or from it is not
// applied (alpha = 0), which keeps mass and bounds as any limiting does. Sweeps skip the
// outside with a one-byte test, so a correction costs in proportion to the plume, not to the
// model (the low-order solution in particular holds rounding-level values everywhere). Within
// the region, cells that no flux touches are skipped too. The limiter keeps its own copy of
// the grid links' cells in 32-bit indices, with each cell's links signed by direction: its
// sweeps are bound by memory traffic, which that halves.
class FluxLimiter {
 public:
  explicit FluxLimiter(const Connections& links);

  // Marks the region of cells where a or b (mg/L per cell) exceeds `tiny` in magnitude, with
  // their neighbours. Values at or below `tiny` count as zero: no correction acts between two
  // such cells, and a cell holding one outside the region has no room.
  void mark_region(const double* a, const double* b, double tiny);
  bool in_region(std::int64_t cell) const { return region_[std::size_t(cell)] != 0; }
  // Calls f(link) once for every grid link with a cell in the region (in parallel): the links
  // whose correction flux may be nonzero. The fluxes of other links are never read.
  template <class F>
  void for_each_link(F&& f) const;

  void sum_fluxes(const std::vector<double>& flux);
  bool touched(std::int64_t cell) const {
    return in_region(cell) && (p_plus_[std::size_t(cell)] != 0.0 || p_minus_[std::size_t(cell)] != 0.0);
  }
  // Mass the cell may still gain (room_up >= 0) and lose (room_down <= 0), g, over dt (d).
  void set_room(std::int64_t cell, double room_up, double room_down, double dt);
  // mass_change is written in the region only.
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
  std::vector<std::uint8_t> region_;  // per cell
  std::vector<double> p_plus_, p_minus_, ratio_up_, ratio_down_;
};

template <class F>
void FluxLimiter::for_each_link(F&& f) const {
  // Each link once: by its cell n when that is in the region, else by its cell m.
  parallel_for(0, cell_count_, [&](std::int64_t cell) {
    const std::size_t c = std::size_t(cell);
    if (!region_[c]) return;
    for (std::int32_t k = start_[c]; k < start_[c + 1]; ++k) {
      const std::int32_t entry = entry_[std::size_t(k)];
      if (entry < 0) f(std::int64_t(~entry));
      else if (!region_[std::size_t(n_[std::size_t(entry)])]) f(std::int64_t(entry));
    }
  });
}

}  // namespace gwp::solver
