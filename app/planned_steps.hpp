// How many steps a run will take, known before it starts when the steps do not depend on the
// water: `gwplume run` shows "step 37 of 102" and bases its time estimate on it, and
// `gwplume check` reports it.
#pragma once
#include <optional>

#include "models/model.hpp"

namespace gwp::app {

// The number of transport steps run_simulation takes: the steps the transport solver cuts each
// flow interval into (solver/transport/sub_steps.hpp step_ends), summed over the flow step
// times. 0 for a case without species. nullopt when the step length depends on the flow (a
// Courant or stability limit: explicit or Crank-Nicolson weighting, or max_courant given), which
// is known only once the flow is solved, or when the run would fail for too many steps.
std::optional<long> planned_transport_steps(const model::Model& m);
// The same with `longest` (d) as the flow-independent part of every step's limit (max_step, or a
// Courant limit taken as constant over the run): an estimate for flow-dependent steps.
std::optional<long> transport_steps_with(const model::Model& m, double longest);

// The number of flow steps of a run: steady solves (at t = 0, every forcing change and every
// output time) or transient steps (solver/flow/time_steps.hpp).
long planned_flow_steps(const model::Model& m);

}  // namespace gwp::app
