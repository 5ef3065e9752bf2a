// Cell-centred specific discharge (m/d) from the flows across the cell faces, for output and
// for transport. Per axis, the flux through each face of the cell (face flow / face area) is
// averaged over its two faces; a face without a link (grid edge, inactive neighbour) carries
// no flow. Flows of terms (wells, fixed heads, recharge) are not assigned to faces.
//
// Face areas: face width times the saturated thickness of the cell (the full thickness for
// confined cells, h - bottom clipped to the cell for convertible ones) for horizontal faces;
// the plan area for vertical faces. A dry cell has no horizontal flux.
//
// The result is in world axes: x east, y north (rotated with the grid), z up, so qz > 0 is
// upward flow. Layout: 3 values per cell (qx, qy, qz), cell-major; zero for inactive cells.
#pragma once
#include <vector>

#include "solver/flow/flow_problem.hpp"
#include "solver/flow/flow_solution.hpp"
#include "solver/grid/connections.hpp"

namespace gwp::solver {

std::vector<double> darcy_flux(const FlowProblem& problem, const Connections& connections,
                               const FlowSolution& solution);

}  // namespace gwp::solver
