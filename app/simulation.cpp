#include "app/simulation.hpp"

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
void record_series(const model::Model& m, const FlowSolution& s, Observer& observer) {
  for (const auto& p : m.monitoring)
    observer.on_series("monitoring/" + p.name + "/head", "m", s.time, {s.head[std::size_t(p.cell)]});
  for (const auto& w : m.pumping_wells) {
    const auto& flows = s.term_flow[w.term];
    // Into the aquifer is positive in the budget; a well's rate is positive when it injects.
    observer.on_series("wells/" + w.name + "/flow", "m3/d", s.time, {std::accumulate(flows.begin(), flows.end(), 0.0)});
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
  for (double t : steps) {
    if (transient && t <= 0.0) continue;  // the initial heads: nothing to solve
    if (options.interrupt && options.interrupt->load())
      throw Interrupted("interrupted at t = " + std::to_string(previous) + " d");
    const auto solve_start = Clock::now();
    const FlowSolution s = flow.solve(t, t - previous);
    summary.solve_seconds += seconds_since(solve_start);
    ++summary.flow_solves;
    summary.outer_iterations += s.outer_iterations;
    summary.linear_iterations += s.linear_iterations;
    check_budget(s.budget, m.flow.settings.budget_tolerance_percent, t);
    summary.max_flow_discrepancy_percent =
        std::max(summary.max_flow_discrepancy_percent, std::abs(s.budget.discrepancy_percent));
    record_series(m, s, observer);
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
