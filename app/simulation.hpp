// The composition root: a model goes in, results come out through an observer.
// `gwplume run` and the verification tests call run_simulation.
#pragma once
#include <csignal>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "app/plume_recorder.hpp"
#include "models/model.hpp"
#include "results/observer.hpp"
#include "solver/transport/transport_solver.hpp"

namespace gwp::app {

struct RunOptions {
  // Called after every flow step with the time reached and the end time (d).
  std::function<void(double time, double end)> progress;
  // Called after every transport step with the time reached (d) and the steps taken so far.
  std::function<void(double time, long steps)> transport_progress;
  // Non-zero (set by a signal handler, app/stop_signal.hpp) stops the run between two flow or
  // transport steps; the run then throws Interrupted.
  const volatile std::sig_atomic_t* interrupt = nullptr;
  // Where the plume metrics go; none: they are not computed.
  MetricsSink* metrics = nullptr;
};

struct RunSummary {
  std::int64_t cells = 0, active_cells = 0;
  int flow_solves = 0;                  // steady solves or transient steps
  long outer_iterations = 0, linear_iterations = 0;
  std::string linear_method;  // of the flow's last linear solve, e.g. "BiCGSTAB+AMG"
  double max_flow_discrepancy_percent = 0.0;  // largest |discrepancy| over the stored budgets
  double wall_seconds = 0.0;
  double solve_seconds = 0.0;           // time inside the flow solver
  double transport_seconds = 0.0;       // time advancing transport, the per-step records included
  long transport_steps = 0;
  long transport_linear_iterations = 0;
  solver::TransportPhaseTimes transport_phases;  // the transport solver's own phases
  // Time writing results: per-step records (monitoring points, plume metrics) and the stored
  // times (heads, flows, concentrations, budgets).
  double output_seconds = 0.0;
  double max_mass_discrepancy_percent = 0.0;  // largest |cumulative discrepancy| of any species
  std::vector<std::string> warnings;    // e.g. a well that could not deliver its rate
};

// A run stopped on request between two steps, with the last output time it wrote whole (flow,
// transport and metrics), d; NaN when it wrote none.
struct Interrupted : std::runtime_error {
  Interrupted(const std::string& what, double last_output) : std::runtime_error(what), last_output_time(last_output) {}
  double last_output_time;
};

RunSummary run_simulation(const model::Model& model, results::Observer& observer, const RunOptions& options = {});

}  // namespace gwp::app
