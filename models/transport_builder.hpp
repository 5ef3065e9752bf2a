// The case's species, reactions, sources and fixed concentrations as the transport solver
// takes them (solver/transport/transport_problem.hpp), per cell, in internal units.
#pragma once
#include <vector>

#include "models/case.hpp"
#include "models/diagnostics.hpp"
#include "models/features/water_quality.hpp"
#include "models/grid_builder.hpp"
#include "models/property_fields.hpp"
#include "solver/transport/transport_problem.hpp"

namespace gwp::model {

// `term_quality` has one entry per flow term (Model::term_quality). Initial concentrations
// taken from a previous result are filled in later by the caller (they need the result file).
solver::TransportProblem build_transport(const Case& c, const BuiltGrid& g, const CellFields& f,
                                 const std::vector<WaterQuality>& term_quality, Diagnostics& d);

}  // namespace gwp::model
