// The closing summary `gwplume run` prints: the model's size, the solves, wall times, flow and
// mass balance, and at each output time (a date when the case has a start date) each species'
// peak and the plan area above its limit, then where the result went and any warnings.
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include "app/simulation.hpp"
#include "models/model.hpp"
#include "postprocess/metrics/metrics_table.hpp"

namespace gwp::app {

// The plume figures of one species at its output times, as the run recorded them.
struct SpeciesPlume {
  std::string species;
  std::vector<metrics::PlumeSummary> at_outputs;
};

// "NH₃-N 476 mg/L, 29.9 ha above 1.5 mg/L": a species' figures at one output time.
std::string plume_text(const model::Species& species, const metrics::PlumeSummary& row);

void print_summary(const model::Model& m, const RunSummary& s, const std::vector<SpeciesPlume>& plumes,
                   const std::string& result, std::ostream& out);

}  // namespace gwp::app
