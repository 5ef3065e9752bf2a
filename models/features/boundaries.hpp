// Flow boundaries of the case ([[flow.boundary]]) as solver terms.
#pragma once
#include "models/case.hpp"
#include "models/diagnostics.hpp"
#include "models/grid_builder.hpp"
#include "models/features/water_quality.hpp"
#include "solver/flow/flow_problem.hpp"

namespace gwp::model {

// Appends one FlowTerm per boundary to `problem.terms`, and to `quality` what water entering
// through it carries (its inflow_concentration).
void add_boundaries(const Case& c, const BuiltGrid& g, solver::FlowProblem& problem, std::vector<WaterQuality>& quality,
                    Diagnostics& d);

// The name a boundary is reported under: its own name, else "<type> <number>" (1-based).
std::string boundary_name(const Boundary& b, std::size_t index);

}  // namespace gwp::model
