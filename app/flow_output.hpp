// What the result file records of a flow solution: the solver's types put into the plain rows
// of the observer interface (results/observer.hpp), which knows nothing of the solver.
#pragma once
#include <vector>

#include "results/observer.hpp"
#include "solver/flow/flow_solution.hpp"

namespace gwp::app {

// The flow output at time t (d) of `solution`, with the cell-centred specific discharge
// (m/d, 3 per cell). Points into `solution`, which must outlive the output.
results::FlowOutput flow_output(double t, const solver::FlowSolution& solution, std::vector<double> darcy_flux);

}  // namespace gwp::app
