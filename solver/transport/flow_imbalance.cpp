#include "solver/transport/flow_imbalance.hpp"

namespace gwp::solver {

void FlowImbalance::fill_row(const StepView& s, std::int64_t cell, RowRef& row) const {
  const double r = s.flow->imbalance[std::size_t(cell)];
  const double w = s.cell_weight(cell);
  row.add_diagonal(w * r);
  row.rhs -= (1.0 - w) * r * s.c_old[std::size_t(cell)];
}

double FlowImbalance::rate(const StepView& s, std::int64_t cell, const double* c_new) const {
  return -s.flow->imbalance[std::size_t(cell)] * s.weighted(cell, c_new);
}

}  // namespace gwp::solver
