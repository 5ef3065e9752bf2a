// Checks that a TransportProblem fits its grid and the flow problem it goes with, before any
// solving: sizes of every per-cell vector, porosity in (0, 1] and non-negative bulk density in
// active cells, the parameters each sorption model needs, one source concentration per flow
// term (or none at all), non-negative dispersivities and diffusion, sane settings.
#pragma once
#include "solver/flow/flow_problem.hpp"
#include "solver/transport/transport_problem.hpp"

namespace gwp::solver {

// Throws std::invalid_argument naming the species, the quantity and the first bad cell.
void check_transport_problem(const TransportProblem& problem, const FlowProblem& flow);

}  // namespace gwp::solver
