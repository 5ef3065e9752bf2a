#include "app/simulation.hpp"

#include "solver/common/stopwatch.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

#include "app/control_plane_flux.hpp"
#include "app/flow_output.hpp"
#include "app/receptor_discharge.hpp"
#include "solver/common/stopwatch.hpp"
#include "solver/flow/budget.hpp"
#include "solver/flow/darcy_flux.hpp"
#include "solver/flow/flow_solver.hpp"
#include "solver/flow/time_steps.hpp"
#include "solver/transport/mass_budget.hpp"
#include "solver/transport/transport_solver.hpp"
#include "solver/transport/transport_validation.hpp"

namespace gwp::app {

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

bool same_time(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); }

// Time series written at every flow solve: heads at monitoring points, flows of wells.
// A well whose cells are too dry to deliver its rate is named once in the warnings.
void record_series(const model::Model& m, const solver::FlowSolution& s, double requested_at,
                   results::Observer& observer, std::vector<std::string>& warnings) {
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

// Concentrations at the monitoring points after every transport step, at receptors on
// boundaries the concentration of the water discharged through them and the mass it carries,
// and at control planes the same of what passes them, with water and mass each way.
void record_concentrations(const model::Model& m, const solver::TransportSolver& transport,
                           const solver::FlowSolution& water, const ControlPlaneFlux* lines, double t,
                           results::Observer& observer) {
  for (const auto& p : m.monitoring)
    for (std::size_t sp = 0; sp < transport.species_count(); ++sp)
      observer.on_series("monitoring/" + p.name + "/" + transport.species_name(sp), "mg/L", t,
                         {transport.concentration(sp)[std::size_t(p.cell)]});
  for (const auto& r : m.receptors) {
    if (r.kind == model::ReceptorOutput::Kind::line && lines) {
      for (std::size_t sp = 0; sp < transport.species_count(); ++sp) {
        const LineDischarge& d = lines->discharge(r.index, sp);
        const std::string& name = transport.species_name(sp);
        observer.on_series("monitoring/" + r.name + "/" + name, "mg/L", t, {d.concentration});
        observer.on_series("monitoring/" + r.name + "/mass_flux/" + name, "g/d", t, {d.net});
        observer.on_series_columns("monitoring/" + r.name + "/line_flux/" + name, line_flux_columns(), t,
                           {d.water, d.forward, d.back, d.net, lines->cumulative(r.index, sp)});
      }
      continue;
    }
    if (r.kind != model::ReceptorOutput::Kind::term) continue;
    for (std::size_t sp = 0; sp < transport.species_count(); ++sp) {
      const TermDischarge d = term_discharge(water, transport.budget(sp), r.index);
      observer.on_series("monitoring/" + r.name + "/" + transport.species_name(sp), "mg/L", t, {d.concentration});
      observer.on_series("monitoring/" + r.name + "/mass_flux/" + transport.species_name(sp), "g/d", t, {d.mass});
    }
  }
}

// The concentrations the transport starts from (t = 0), the first sample of every monitoring
// point's series: a point above the limit from the start exceeds at t = 0. Receptors on
// boundaries and wells discharge nothing before the first step.
void record_initial_concentrations(const model::Model& m, const solver::TransportSolver& transport,
                                   results::Observer& observer) {
  for (const auto& p : m.monitoring)
    for (std::size_t sp = 0; sp < transport.species_count(); ++sp)
      observer.on_series("monitoring/" + p.name + "/" + transport.species_name(sp), "mg/L", transport.time(),
                         {transport.concentration(sp)[std::size_t(p.cell)]});
}

// Every species' concentrations and budget at a stored time.
void store_transport(const solver::TransportSolver& transport, double t, results::Observer& observer) {
  std::vector<std::vector<double>> sorbed(transport.species_count());
  results::TransportOutput out;
  out.time = t;
  for (std::size_t sp = 0; sp < transport.species_count(); ++sp) {
    const solver::MassBudget& b = transport.budget(sp);
    sorbed[sp] = transport.sorbed(sp);
    results::SpeciesOutput o;
    o.name = transport.species_name(sp);
    o.concentration = &transport.concentration(sp);
    o.sorbed = &sorbed[sp];
    for (const solver::MassBudgetLine& line : b.lines) o.budget.push_back({line.term, line.in, line.out});
    o.discrepancy_percent = b.discrepancy_percent;
    o.dissolved_mass = b.dissolved_mass;
    o.sorbed_mass = b.sorbed_mass;
    out.species.push_back(std::move(o));
  }
  observer.on_transport_output(out);
}

}  // namespace

RunSummary run_simulation(const model::Model& m, results::Observer& observer, const RunOptions& options) {
  const auto start = Clock::now();
  const Grid& grid = m.grid->grid;
  RunSummary summary;
  summary.cells = grid.cell_count();
  summary.active_cells = std::accumulate(grid.active.begin(), grid.active.end(), std::int64_t{0});

  // Flow is solved at every step time and stored at the output times; transport follows it
  // with the water of each interval.
  solver::FlowSolver flow(m.flow);
  // The transport solver is checked now but built after the first flow solve: the flow's
  // matrix is freed after a steady solve, so the two never hold their memory at once.
  const bool has_transport = !m.transport.species.empty();
  if (has_transport) check_transport_problem(m.transport, m.flow);
  std::optional<solver::TransportSolver> transport;
  std::optional<ControlPlaneFlux> lines;
  std::optional<PlumeRecorder> plume;
  const double end = m.source.time.end;
  // The last output time written whole: what an interrupted result holds up to.
  double last_output = std::numeric_limits<double>::quiet_NaN();
  auto stop_if_asked = [&](double t) {
    if (options.interrupt && *options.interrupt != 0)
      throw Interrupted("interrupted at t = " + std::to_string(t) + " d", last_output);
  };
  std::vector<double> outputs = m.source.time.outputs;
  if (outputs.empty()) outputs.push_back(end);
  const std::vector<double> steps = flow_step_times(m.flow, end, outputs);

  // Moves every species on to time t with the water of `water` (the flow of that interval).
  auto ensure_transport = [&]() {
    if (!has_transport || transport) return;
    transport.emplace(m.transport, m.flow, flow.connections());
    if (!m.control_planes.empty()) lines.emplace(m, flow.connections(), *transport);
    record_initial_concentrations(m, *transport, observer);
    if (options.metrics) plume.emplace(m, *transport, lines ? &*lines : nullptr);
  };
  auto advance_transport = [&](double t, const solver::FlowSolution& water) {
    if (!has_transport) return;
    ensure_transport();
    if (t <= transport->time()) return;
    const auto transport_start = Clock::now();
    transport->advance(t, water, nullptr, [&](double step_end) {
      const solver::ScopedTimer timer(summary.output_seconds);
      if (lines) lines->on_step(*transport, water, step_end);
      record_concentrations(m, *transport, water, lines ? &*lines : nullptr, step_end, observer);
      if (plume) plume->on_step(*transport, water, step_end);
      if (options.transport_progress) options.transport_progress(step_end, transport->steps());
      // A long transport stretch stops too, but not at its own end: the flow step's loop stores
      // the output due there first and then stops, so that the time the run says it stopped at
      // is never an output time left unstored.
      if (!same_time(step_end, t)) stop_if_asked(step_end);
    });
    summary.transport_seconds += seconds_since(transport_start);
    for (std::size_t sp = 0; sp < transport->species_count(); ++sp) {
      check_transport_budget(transport->budget(sp), m.transport.settings.budget_tolerance_percent);
      summary.max_mass_discrepancy_percent =
          std::max(summary.max_mass_discrepancy_percent, std::abs(transport->budget(sp).discrepancy_percent));
    }
  };

  const bool transient = m.flow.settings.mode == solver::FlowMode::transient;
  double previous = 0.0;
  std::size_t next_output = 0;
  solver::FlowSolution current;
  bool solved = false;
  for (double t : steps) {
    if (transient && t <= 0.0) continue;  // the initial heads: nothing to solve
    stop_if_asked(previous);
    // Steady flow: the state solved at `previous` carried the water until now.
    if (!transient && solved) advance_transport(t, current);
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
      if (!current.linear_method.empty()) summary.linear_method = current.linear_method;
      check_budget(current.budget, m.flow.settings.budget_tolerance_percent, t);
      solved = true;
    }
    // Transient flow: the step just solved carried the water from `previous` to t.
    if (transient) advance_transport(t, current);
    const solver::FlowSolution& s = current;
    summary.max_flow_discrepancy_percent =
        std::max(summary.max_flow_discrepancy_percent, std::abs(s.budget.discrepancy_percent));
    // Transient forcing is read at the middle of the step, steady forcing at its time.
    record_series(m, s, transient ? 0.5 * (previous + t) : t, observer, summary.warnings);
    while (next_output < outputs.size() && (same_time(outputs[next_output], t) || outputs[next_output] < t)) {
      if (same_time(outputs[next_output], t)) {
        const solver::ScopedTimer timer(summary.output_seconds);
        const results::FlowOutput out = flow_output(t, s, darcy_flux(m.flow, flow.connections(), s));
        observer.on_flow_output(out);
        ensure_transport();
        if (transport) store_transport(*transport, t, observer);
        if (plume) plume->at_output(*transport, s, t, *options.metrics);
        last_output = t;
      }
      ++next_output;
    }
    previous = t;
    if (options.progress) options.progress(t, end);
  }
  if (transport) {
    summary.transport_steps = transport->steps();
    summary.transport_linear_iterations = transport->linear_iterations();
    summary.transport_phases = transport->phase_times();
  }
  if (plume) plume->finish(*options.metrics);
  summary.wall_seconds = seconds_since(start);
  return summary;
}

}  // namespace gwp::app
