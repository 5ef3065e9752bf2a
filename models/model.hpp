// A Model is the case turned into what the solvers take: the grid, per-cell properties and the
// flow problem, plus what each feature needs to report its own outputs. A value: building one
// has no side effects, and the same case always gives the same model.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "models/case.hpp"
#include "models/features/abandoned_wells.hpp"
#include "models/features/control_planes.hpp"
#include "models/features/water_quality.hpp"
#include "models/grid_builder.hpp"
#include "models/property_fields.hpp"
#include "solver/flow/flow_problem.hpp"
#include "solver/transport/transport_problem.hpp"

namespace gwp::model {

struct MonitoringPoint {
  std::string name;
  std::int64_t cell = -1;   // grid cell index
};

// A receptor whose first exceedance of each species' limit and peak concentration are
// reported: a monitoring point (the concentration of its cell) or a flow term such as a river
// reach (the concentration of the water the aquifer discharges through it: mass rate out over
// water rate out), or a control plane (the mass passing a line over the water passing it).
struct ReceptorOutput {
  enum class Kind { point, term, line };
  std::string name;
  Kind kind = Kind::point;
  std::size_t index = 0;    // in Model::monitoring (point), FlowProblem::terms (term) or Model::control_planes (line)
};

struct PumpingWellOutput {
  std::string name;
  std::size_t term = 0;     // index in FlowProblem::terms
};

struct Model {
  Case source;                               // the case as read
  std::shared_ptr<const BuiltGrid> grid;     // shared: FlowProblem points into it
  CellFields fields;
  solver::FlowProblem flow;
  std::vector<WaterQuality> term_quality;    // per flow term: what entering water carries
  solver::TransportProblem transport;                // no species: flow only
  std::vector<MonitoringPoint> monitoring;        // [[monitoring]], then the point [[receptors]]
  std::vector<ReceptorOutput> receptors;
  std::vector<ControlPlane> control_planes;      // the line [[receptors]], in their order
  std::vector<PumpingWellOutput> pumping_wells;  // [[wells]], then the pumps of cleared abandoned wells
  std::vector<AbandonedWellBore> abandoned_wells;
  std::vector<std::string> warnings;         // shown by `check` and `run`
};

// Builds the model; throws InputError holding every problem found (positions outside the grid,
// unknown layers, empty selections ...).
Model build_model(const Case& c);

}  // namespace gwp::model
