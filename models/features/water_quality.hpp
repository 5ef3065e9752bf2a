// What water entering the aquifer through one flow term carries: a concentration (mg/L) per
// species, possibly declining (leachate). Kept beside FlowProblem::terms, one entry per term,
// so that transport gives each source its own water.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "solver/transport/transport_problem.hpp"

namespace gwp::model {

using WaterQuality = std::map<std::string, gwp::solver::SourceConcentration>;  // species -> mg/L

// Constant concentrations (mg/L) per species.
inline WaterQuality constant_quality(const std::map<std::string, double>& concentration) {
  WaterQuality q;
  for (const auto& [species, value] : concentration)
    q[species] = gwp::solver::SourceConcentration{solver::Schedule::constant(value)};
  return q;
}

}  // namespace gwp::model
