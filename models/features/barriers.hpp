// Cutoff walls ([[barriers]]) as horizontal flow barriers on the faces of the cells they
// separate (FlowProblem::barriers; MODFLOW 6 HFB). A wall along a polyline covers, in each of its
// layers, every face between horizontally adjacent active cells whose centres lie on opposite
// sides of the line (line_cells.hpp, crossed_faces), so water cannot pass round it through a
// gap in the staircase of faces. Its hydraulic characteristic is K / thickness; before `start`
// the faces are open.
#pragma once
#include <vector>

#include "models/case.hpp"
#include "models/diagnostics.hpp"
#include "models/grid_builder.hpp"
#include "solver/flow/flow_problem.hpp"

namespace gwp::model {

// Hydraulic characteristic (1/d) of a wall of conductivity k (m/d) and thickness (m), as a
// schedule: none (+infinity) before `start` (d), k / thickness from then on.
solver::Schedule barrier_characteristic(double k, double thickness, double start);

// Appends one FlowBarrier per [[barriers]] entry. A vertex outside the grid, an unknown layer,
// or a wall that crosses no face between active cells is a diagnostic at the entry.
void add_barriers(const Case& c, const BuiltGrid& g, solver::FlowProblem& problem, Diagnostics& d);

}  // namespace gwp::model
