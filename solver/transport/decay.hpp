// Reactions of a species (MF6 GWT MST): first-order decay of the dissolved phase at rate
// lambda_d (1/d) and of the sorbed phase at lambda_s (1/d), and zero-order production (gamma > 0)
// or loss (gamma < 0) in the dissolved phase, gamma in mg/L/d. Rates into a cell (g/d):
//   dissolved decay  -lambda_d theta V C
//   sorbed decay     -lambda_s rho_b V S(C)      (S linearised like SorbedStorage when nonlinear)
//   zero order        gamma theta V f            (f = 1 for production)
// with V the saturated volume at the end of the step. A zero-order loss takes what is there and
// no more: where it would drive the concentration below zero, the solver lowers f in that cell
// until the concentration is zero (limited_loss_scale), so the loss is what the cell held.
#pragma once
#include "solver/transport/cell_reaction.hpp"

namespace gwp::solver {

// Budget lines: "decay:dissolved", "decay:sorbed", "zero_order".
class DecayReaction final : public CellReaction {
 public:
  void fill_row(const StepView& s, std::int64_t cell, RowRef& row) const override;
  std::vector<std::string> budget_labels() const override;
  void rates(const StepView& s, std::int64_t cell, const double* c_new, double* out) const override;
  double dissolved_rate(const StepView& s, std::int64_t cell, const double* c_new) const;
  double sorbed_rate(const StepView& s, std::int64_t cell, const double* c_new) const;
  double zero_order_rate(const StepView& s, std::int64_t cell) const;

  // Whether a species has a zero-order loss anywhere (then the solver iterates on f).
  static bool has_zero_order_loss(const SpeciesProblem& species);
};

// The fraction f of a zero-order loss (g/d, `loss` > 0) to apply in a cell whose equation has
// diagonal `diagonal` (g/d per mg/L) and came out at `c` (mg/L) with fraction `scale`: the
// fraction at which, the rest of the solution unchanged, the cell would come out at zero.
// Returns `scale` when c >= 0.
double limited_loss_scale(double loss, double diagonal, double c, double scale);

}  // namespace gwp::solver
