// What the aquifer gives up through one flow term (a river reach, a drain, a pumping well) over
// the last transport step: the water it discharges, the mass that water carries, and so the
// concentration of the discharged water. A receptor on a boundary is reported through it.
#pragma once
#include <cstddef>

#include "solver/flow/flow_solution.hpp"
#include "solver/transport/mass_budget.hpp"

namespace gwp::app {

struct TermDischarge {
  double water = 0.0;          // m3/d leaving the aquifer through the term (>= 0)
  double mass = 0.0;           // g/d leaving with it over the last step (>= 0)
  double concentration = 0.0;  // mg/L, mass / water; 0 when no water leaves
};

// For term `term` (index in FlowProblem::terms) of the flow `water` and the species `budget`.
TermDischarge term_discharge(const solver::FlowSolution& water, const solver::MassBudget& budget, std::size_t term);

}  // namespace gwp::app
