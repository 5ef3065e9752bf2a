// The flow-imbalance correction (MF6 GWT FMI's flow-error correction) as a term of the
// transport equations: the water r (m3/d) that the flow solution leaves unbalanced in a cell
// (flow_interface.hpp) leaves it at the cell concentration, rate into the cell -r C (g/d).
// With it, a uniform concentration stays exactly uniform, and the transport matrix keeps its
// diagonal at theta V_old / dt + inflows (see advection.hpp), whatever the flow residual.
#pragma once
#include "solver/transport/cell_reaction.hpp"

namespace gwp::solver {

// Budget line: "flow_imbalance".
class FlowImbalance final : public CellReaction {
 public:
  void fill_row(const StepView& s, std::int64_t cell, RowRef& row) const override;
  std::vector<std::string> budget_labels() const override { return {"flow_imbalance"}; }
  void rates(const StepView& s, std::int64_t cell, const double* c_new, double* out) const override {
    out[0] = rate(s, cell, c_new);
  }
  // Rate into `cell` (g/d) as the equations see it, with c_new the end-of-step concentrations.
  double rate(const StepView& s, std::int64_t cell, const double* c_new) const;
};

}  // namespace gwp::solver
