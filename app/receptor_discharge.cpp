#include "app/receptor_discharge.hpp"

#include <stdexcept>
#include <string>

namespace gwp::app {

TermDischarge term_discharge(const solver::FlowSolution& water, const solver::MassBudget& budget, std::size_t term) {
  if (term >= water.term_flow.size())
    throw std::invalid_argument("flow term " + std::to_string(term) + " does not exist (the flow has " +
                                std::to_string(water.term_flow.size()) + " terms)");
  TermDischarge d;
  for (double q : water.term_flow[term])
    if (q < 0.0) d.water -= q;  // into the aquifer is positive
  // The flow-term lines of a mass budget follow the flow terms in order.
  std::size_t seen = 0;
  for (const solver::MassBudgetLine& line : budget.lines) {
    if (line.category != solver::MassTerm::flow_term) continue;
    if (seen++ == term) {
      d.mass = line.rate_out;
      break;
    }
  }
  if (d.water > 0.0) d.concentration = d.mass / d.water;
  return d;
}

}  // namespace gwp::app
