#include "app/flow_output.hpp"

#include <utility>

#include "solver/flow/budget.hpp"

namespace gwp::app {

results::FlowOutput flow_output(double t, const solver::FlowSolution& solution, std::vector<double> darcy_flux) {
  results::FlowOutput out;
  out.time = t;
  out.head = &solution.head;
  out.darcy_flux = std::move(darcy_flux);
  out.discrepancy_percent = solution.budget.discrepancy_percent;
  out.term_flow = &solution.term_flow;
  out.budget.reserve(solution.budget.lines.size());
  for (const solver::BudgetLine& line : solution.budget.lines)
    out.budget.push_back({line.term, budget_kind(line), line.inflow, line.outflow});
  return out;
}

}  // namespace gwp::app
