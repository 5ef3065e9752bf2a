#include "app/planned_steps.hpp"

#include "core/errors.hpp"
#include "solver/flow/time_steps.hpp"
#include "solver/transport/sub_steps.hpp"

namespace gwp::app {

namespace {

// The times run_simulation computes the flow at (the output times default to the end).
std::vector<double> flow_times(const model::Model& m) {
  std::vector<double> outputs = m.source.time.outputs;
  if (outputs.empty()) outputs.push_back(m.source.time.end);
  return flow_step_times(m.flow, m.source.time.end, outputs);
}

}  // namespace

std::optional<long> planned_transport_steps(const model::Model& m) {
  if (m.transport.species.empty()) return 0;
  const solver::TransportSettings& settings = m.transport.settings;
  if (steps_depend_on_flow(settings)) return std::nullopt;
  // Without a flow-dependent limit the solver's longest step is max_step alone (flow_step_limit).
  return transport_steps_with(m, settings.max_step);
}

std::optional<long> transport_steps_with(const model::Model& m, double longest) {
  if (m.transport.species.empty()) return 0;
  // The accuracy schedule and the transport schedule changes apply per interval as in advance().
  const std::vector<double> times = flow_times(m);
  long total = 0;
  try {
    for (std::size_t k = 1; k < times.size(); ++k)
      total += long(step_ends(times[k - 1], times[k], longest,
                              transport_schedule_changes(m.transport, times[k - 1], times[k]),
                              m.transport.settings.step_limit)
                        .size());
  } catch (const ModelFailure&) {
    return std::nullopt;  // the run itself will report the step count it cannot take
  }
  return total;
}

long planned_flow_steps(const model::Model& m) {
  const long times = long(flow_times(m).size());
  // A transient run does not solve at t = 0 (the initial heads).
  return m.flow.settings.mode == solver::FlowMode::transient ? times - 1 : times;
}

}  // namespace gwp::app
