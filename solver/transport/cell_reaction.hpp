// A reaction of one species' transport equations: a rate in each cell that depends on that cell
// alone (decay, production, the flow-imbalance correction, and the reactions that come after
// them). A reaction adds its part to the cell's row of a step's equations and reports what it
// moved on budget lines it names itself. The transport system calls, for every row, its own
// reactions (decay, the flow-imbalance correction) and those the species carries
// (SpeciesProblem::reactions, built by models/ with their parameters), and the mass budget takes
// its lines from them: a new reaction is its own file and its reader, and the budget, the
// result file and the report follow.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "solver/transport/step_view.hpp"

namespace gwp::solver {

class CellReaction {
 public:
  virtual ~CellReaction() = default;
  // Adds the reaction's terms to the row of `cell` (g/d per mg/L on the diagonal, g/d to rhs).
  virtual void fill_row(const StepView& s, std::int64_t cell, RowRef& row) const = 0;
  // The budget lines the reaction owns, by label ("decay:dissolved" ...), in the order rates()
  // fills them. The same for every species (a line may stay zero).
  virtual std::vector<std::string> budget_labels() const = 0;
  // The rates into `cell` (g/d, positive into the aquifer) of each of its budget lines as the
  // step's equations see them, with c_new the end-of-step concentrations; out[0 .. labels).
  virtual void rates(const StepView& s, std::int64_t cell, const double* c_new, double* out) const = 0;
  // Whether the row terms depend on the concentrations (then the matrix is assembled again at
  // every step and iteration rather than reused while the flow and the step length stay).
  virtual bool nonlinear() const { return false; }
  // The species (indices into TransportProblem::species) whose step this reaction reads through
  // StepView::decayed: they take each step before this species, and their decay is recorded.
  virtual std::vector<std::size_t> species_before() const { return {}; }
};

// The most budget lines one reaction may own (rates() writes to a buffer of this size).
inline constexpr std::size_t kMaxReactionLines = 8;

}  // namespace gwp::solver
