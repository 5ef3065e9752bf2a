#include "app/simulation.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

#include "solver/flow/budget.hpp"
#include "solver/flow/darcy_flux.hpp"
#include "solver/flow/flow_solver.hpp"
#include "solver/flow/time_steps.hpp"

namespace gwp::app {

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

bool same_time(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); }

// Time series written at every flow solve: heads at monitoring points, flows of wells.
// A well whose cells are too dry to deliver its rate is named once in the warnings.
void record_series(const model::Model& m, const FlowSolution& s, double requested_at, Observer& observer,
                   std::vector<std::string>& warnings) {
  for (const auto& p : m.monitoring)
    observer.on_series("monitoring/" + p.name + "/head", "m", s.time, {s.head[std::size_t(p.cell)]});
  for (const auto& w : m.pumping_wells) {
    const auto& flows = s.term_flow[w.term];
    // Into the aquifer is positive in the budget; a well's rate is positive when it injects.
    const double delivered = std::accumulate(flows.begin(), flows.end(), 0.0);
    const double requested = m.flow.terms[w.term].rate.at(requested_at);
    observer.on_series("wells/" + w.name + "/flow", "m3/d", s.time, {delivered});
    const std::string warning = "well " + w.name + " delivers less than its rate (its cells are nearly dry)";
    if (std::abs(delivered - requested) > 1e-3 * std::abs(requested) &&
        std::none_of(warnings.begin(), warnings.end(), [&](const std::string& w) { return w.starts_with(warning); })) {
      warnings.push_back(warning);
      warnings.back() += ": " + std::to_string(delivered) + " of " + std::to_string(requested) + " m3/d at t = " +
                         std::to_string(s.time) + " d";
    }
  }
  for (const auto& bore : m.abandoned_wells) {
    const model::BoreReport r = model::report(bore, s.head, s.time);
    observer.on_series("wells/" + bore.name + "/flow", "m3/d", s.time, {r.flow});
    observer.on_series("wells/" + bore.name + "/segment_flow", "m3/d", s.time, r.segment_flow);
    observer.on_series("wells/" + bore.name + "/cell_exchange", "m3/d", s.time, r.cell_exchange);
  }
}

}  // namespace

RunSummary run_simulation(const model::Model& m, Observer& observer, const RunOptions& options) {
  const auto start = Clock::now();
  const Grid& grid = m.grid->grid;
  RunSummary summary;
  summary.cells = grid.cell_count();
  summary.active_cells = std::accumulate(grid.active.begin(), grid.active.end(), std::int64_t{0});

  // Flow: solve at every step time, store at the output times.
  FlowSolver flow(m.flow);
  const double end = m.source.time.end;
  std::vector<double> outputs = m.source.time.outputs;
  if (outputs.empty()) outputs.push_back(end);
  const std::vector<double> steps = flow_step_times(m.flow, end, outputs);

  const bool transient = m.flow.settings.mode == FlowMode::transient;
  double previous = 0.0;
  std::size_t next_output = 0;
  FlowSolution current;
  bool solved = false;
  for (double t : steps) {
    if (transient && t <= 0.0) continue;  // the initial heads: nothing to solve
    if (options.interrupt && options.interrupt->load())
      throw Interrupted("interrupted at t = " + std::to_string(previous) + " d");
    // A steady state holds until a forcing changes: between changes it is not solved again.
    const bool unchanged = !transient && solved && m.flow.forcing_changes(previous, t).empty();
    if (unchanged) {
      current.time = t;
    } else {
      const auto solve_start = Clock::now();
      current = flow.solve(t, t - previous);
      summary.solve_seconds += seconds_since(solve_start);
      ++summary.flow_solves;
      summary.outer_iterations += current.outer_iterations;
      summary.linear_iterations += current.linear_iterations;
      check_budget(current.budget, m.flow.settings.budget_tolerance_percent, t);
      solved = true;
    }
    const FlowSolution& s = current;
    summary.max_flow_discrepancy_percent =
        std::max(summary.max_flow_discrepancy_percent, std::abs(s.budget.discrepancy_percent));
    // Transient forcing is read at the middle of the step, steady forcing at its time.
    record_series(m, s, transient ? 0.5 * (previous + t) : t, observer, summary.warnings);
    while (next_output < outputs.size() && (same_time(outputs[next_output], t) || outputs[next_output] < t)) {
      if (same_time(outputs[next_output], t)) {
        FlowOutput out{t, &s, darcy_flux(m.flow, flow.connections(), s)};
        observer.on_flow_output(out);
      }
      ++next_output;
    }
    previous = t;
    if (options.progress) options.progress(t, end);
  }
  summary.wall_seconds = seconds_since(start);
  return summary;
}

}  // namespace gwp::app
