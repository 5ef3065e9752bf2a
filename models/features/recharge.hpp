// Recharge over the top of the model and landfill leakage in place of it.
// Both enter the highest active cell of each column.
#pragma once
#include <cstdint>
#include <vector>

#include "models/case.hpp"
#include "models/diagnostics.hpp"
#include "models/grid_builder.hpp"
#include "models/features/water_quality.hpp"
#include "solver/flow/flow_problem.hpp"

namespace gwp::model {

// Index of the highest active cell of column (i, j), or -1 when the column is wholly inactive.
std::int64_t top_active_cell(const gwp::Grid& grid, int i, int j);

// `s` where `inside` is false, and zero from `start` until `end` (d): a recharge that a landfill
// replaces while it leaks. With inside = true: `s` only within [start, end), zero outside.
solver::Schedule window(const solver::Schedule& s, double start, double end, bool inside);

// Appends recharge terms (one per [[flow.recharge]] entry, and one per landfill for the
// recharge it replaces) and one landfill term per landfill.
// Adds to `quality` what each carries: the recharge's concentration, or the leachate with its
// per-species decline from the landfill's start.
void add_recharge_and_landfills(const Case& c, const BuiltGrid& g, solver::FlowProblem& problem,
                                std::vector<WaterQuality>& quality, Diagnostics& d);

}  // namespace gwp::model
