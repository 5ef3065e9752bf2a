// A reaction chain's link, as a reaction of the daughter species: what the first-order decay of
// a parent species takes out of a cell becomes daughter mass in that cell,
//   rate into the cell (g/d) = yield x (parent's dissolved decay + parent's sorbed decay),
// each phase counted when the link names it, with the parent's decay exactly as the parent's
// own step saw it (its budget lines, over the same step, at its new concentrations weighted in
// time like every rate term). So the daughter gains, to round-off, yield times the mass its
// parent's budget shows as decayed; the source is never negative where the parent is not; and
// the pair of species is integrated by the same time weighting as decay itself (backward Euler
// by default, first order in time; Crank-Nicolson second order). The daughter's produced mass
// is dissolved first and then shared with its own sorbed phase by its own isotherm.
// Zone changes of the parent's decay drive the production with no more ado: the parent's decay
// in each cell is what is read.
#pragma once
#include <cstddef>
#include <string>

#include "solver/transport/cell_reaction.hpp"

namespace gwp::solver {

// Which of the parent's decaying phases produce the daughter.
struct ParentPhases {
  bool dissolved = true;
  bool sorbed = true;
};

// Budget line: "production:<parent name>", mass in.
class ParentProduction final : public CellReaction {
 public:
  // parent: index of the parent in TransportProblem::species; yield: g of daughter per g of
  // parent decayed (> 0).
  ParentProduction(std::size_t parent, std::string parent_name, double yield, ParentPhases phases);

  void fill_row(const StepView& s, std::int64_t cell, RowRef& row) const override;
  std::vector<std::string> budget_labels() const override { return {"production:" + parent_name_}; }
  void rates(const StepView& s, std::int64_t cell, const double* c_new, double* out) const override;
  std::vector<std::size_t> species_before() const override { return {parent_}; }

  // Rate into `cell` (g/d) over the step: yield x the parent's decay there.
  double rate(const StepView& s, std::int64_t cell) const;
  std::size_t parent() const { return parent_; }
  double yield() const { return yield_; }
  ParentPhases phases() const { return phases_; }

 private:
  std::size_t parent_;
  std::string parent_name_;
  double yield_;  // g/g
  ParentPhases phases_;
};

// Law: the production (g/d) of a daughter from a parent's decay losses (g/d, >= 0) of the
// dissolved and sorbed phases, with the phases that count and the yield (g/g).
inline double produced_rate(double yield, double dissolved_loss, double sorbed_loss, ParentPhases phases) {
  return yield * ((phases.dissolved ? dissolved_loss : 0.0) + (phases.sorbed ? sorbed_loss : 0.0));
}

}  // namespace gwp::solver
