// Pumping and injection wells ([[wells]]) as solver terms.
#pragma once
#include "models/case.hpp"
#include "models/diagnostics.hpp"
#include "models/grid_builder.hpp"
#include "models/property_fields.hpp"
#include "models/features/water_quality.hpp"
#include "solver/flow/flow_problem.hpp"

namespace gwp::model {

// Length (m) of the part of [bottom, top] of cell n that the screen (top, bottom) covers;
// the whole cell thickness when there is no screen.
double screened_length(const gwp::Grid& grid, std::int64_t n, const std::optional<std::array<double, 2>>& screen);

// Appends one well term per well, its rate split over the screened cells in proportion to
// their screened transmissivity (kh x screened length). A multi-node well also gets a bore
// joining its cells (see abandoned_wells.hpp), so that water moves between them through it.
// Returns the indices of the terms added, in the order of c.wells.
// Water a well injects carries its `concentration`.
std::vector<std::size_t> add_wells(const Case& c, const BuiltGrid& g, const CellFields& f, solver::FlowProblem& problem,
                                   std::vector<WaterQuality>& quality, Diagnostics& d);

}  // namespace gwp::model
