// Cells held at a concentration (an inlet, a source zone held at its leachate strength). At
// the middle of each step every FixedConcentration set whose schedule is a number holds its
// cells (a later set overrides an earlier one on a shared cell); NaN frees the set's cells.
// A held cell's equation becomes C = value. The mass that holding takes (or gives) is what
// closes the cell's balance: the change of its stored mass minus everything that flowed in,
// a budget term of its own per set.
#pragma once
#include <cstdint>
#include <vector>

#include "solver/transport/step_view.hpp"

namespace gwp::solver {

class FixedConcentrations {
 public:
  // Throws std::invalid_argument when a set names a cell outside the grid or an inactive one.
  FixedConcentrations(const Grid& grid, const std::vector<SpeciesProblem>& species);

  // Which cells are held during the step, and at what, for the species of `s`.
  void prepare(const StepView& s);
  bool held(std::int64_t cell) const { return holder_[std::size_t(cell)] >= 0; }
  // The set holding `cell` (index in SpeciesProblem::fixed), or -1.
  int holder(std::int64_t cell) const { return holder_[std::size_t(cell)]; }
  double value(std::int64_t cell) const { return value_[std::size_t(cell)]; }
  // The cells held during the step, in increasing order.
  const std::vector<std::int64_t>& held_cells() const { return held_cells_; }
  // Replaces the row of a held cell by C = value.
  void fill_row(std::int64_t cell, RowRef& row) const;
  // The initial concentration with held cells at their value at t (d).
  static void impose(const SpeciesProblem& species, double t, std::vector<double>& c);

 private:
  std::vector<double> value_;      // mg/L per cell
  std::vector<int> holder_;        // per cell
  std::vector<std::int64_t> held_cells_;
};

}  // namespace gwp::solver
