// Sources and sinks that come with the flow terms (wells, recharge, landfill leakage, rivers,
// drains, fixed heads, general heads, specified fluxes): water entering a cell through a term
// (term flow > 0) brings the term's SourceConcentration at the middle of the step; water
// leaving through a term takes the cell's concentration. Rate into a cell (g/d):
//   sum over entering term flows of q c_term(t)  -  (sum of leaving term flows) C
#pragma once
#include <algorithm>
#include <cstdint>
#include <vector>

#include "solver/flow/flow_problem.hpp"
#include "solver/transport/step_view.hpp"

namespace gwp::solver {

class Sources {
 public:
  explicit Sources(const FlowProblem& flow);

  // The mass entering each cell with water over the step (per cell, g/d).
  void prepare(const StepView& s);
  void fill_row(const StepView& s, std::int64_t cell, RowRef& row) const;
  double rate(const StepView& s, std::int64_t cell, const double* c_new) const;
  // Mass rates (g/d, both >= 0) into and out of the aquifer through term `term`.
  void term_rates(const StepView& s, std::size_t term, const double* c_new, double& in, double& out) const;

  std::size_t term_count() const { return term_count_; }
  // The mass entering `cell` with water through the flow terms this step (g/d).
  double inflow_mass(std::int64_t cell) const { return inflow_mass_[std::size_t(cell)]; }
  // Widens [low, high] (mg/L) by the concentrations of the water entering `cell` this step: a
  // cell fed by a source may move towards the source's concentration, so the flux limiter's
  // local bounds include it (otherwise a well's cell, a local maximum, could never sharpen).
  void widen_bounds(std::int64_t cell, double& low, double& high) const {
    low = std::min(low, source_low_[std::size_t(cell)]);
    high = std::max(high, source_high_[std::size_t(cell)]);
  }

 private:
  // Concentration (mg/L) of water entering through `term` at time t.
  static double entering(const StepView& s, std::size_t term, double t);

  std::size_t term_count_ = 0;  // the flow problem's terms; their cells come with each flow
  std::vector<double> inflow_mass_;  // g/d per cell
  std::vector<double> source_low_, source_high_;  // mg/L per cell: range of entering water (+-inf: none)
};

}  // namespace gwp::solver
