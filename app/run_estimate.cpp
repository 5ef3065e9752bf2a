#include "app/run_estimate.hpp"

#include <algorithm>
#include <cmath>
#include <ostream>

#include "app/planned_steps.hpp"
#include "core/calendar.hpp"
#include "core/short_number.hpp"
#include "models/metrics_layers.hpp"
#include "models/step_control.hpp"
#include "solver/flow/flow_solver.hpp"
#include "solver/flow/time_steps.hpp"
#include "solver/transport/transport_solver.hpp"

namespace gwp::app {

namespace {

// More steps than this, and more than ten times the default count, make a warning.
constexpr long kManySteps = 5000;

std::string duration_text(double seconds) {
  if (seconds < 90.0) return short_number(std::max(seconds, 1.0), 2) + " s";
  if (seconds < 5400.0) return short_number(seconds / 60.0, 2) + " min";
  return short_number(seconds / 3600.0, 2) + " h";
}

// The first time the flow is solved at, and the step it closes (0 for steady flow).
std::pair<double, double> first_flow_time(const model::Model& m) {
  std::vector<double> outputs = m.source.time.outputs;
  if (outputs.empty()) outputs.push_back(m.source.time.end);
  const std::vector<double> times = flow_step_times(m.flow, m.source.time.end, outputs);
  for (double t : times)
    if (t > 0.0) return {t, m.flow.settings.mode == solver::FlowMode::transient ? t : 0.0};
  return {m.source.time.end, 0.0};
}

const char* limit_kind(solver::StepLimit::Kind kind) {
  switch (kind) {
    case solver::StepLimit::Kind::courant: return "Courant limit";
    case solver::StepLimit::Kind::stability: return "stability limit of the explicit part";
    case solver::StepLimit::Kind::max_step: return "time.max_step";
    case solver::StepLimit::Kind::step_limit: return "accuracy limit";
    case solver::StepLimit::Kind::none: return "nothing";
  }
  return "nothing";
}

// What would lengthen the steps, for the key the limit comes from.
std::string remedy(const model::Model& m, solver::StepLimit::Kind kind) {
  const bool implicit = m.transport.settings.weighting == solver::TimeWeighting::implicit;
  switch (kind) {
    case solver::StepLimit::Kind::courant:
      return implicit ? "leave transport.max_courant out (implicit steps need no Courant limit) or raise it"
                      : "transport.weighting = \"implicit\" (the default) needs no Courant limit";
    case solver::StepLimit::Kind::stability:
      return "transport.weighting = \"implicit\" (the default) is stable at any step";
    case solver::StepLimit::Kind::max_step: return "raise time.max_step, or leave it out for steps set by accuracy";
    default: return "";
  }
}

}  // namespace

std::string cell_text(const model::Model& m, std::int64_t cell) {
  const Grid& g = m.grid->grid;
  const CellIndex c = g.cell(cell);
  const std::string layer = model::case_layer_name(m.grid->layers, model::case_layer_of(m.grid->layers, c.k));
  const auto w = g.to_world(g.x_centre(c.j), g.y_centre(c.i));
  return "layer " + std::to_string(c.k + 1) + " (" + layer + "), row " + std::to_string(c.i + 1) + ", column " +
         std::to_string(c.j + 1) + " at (" + short_number(w[0], 10) + ", " + short_number(w[1], 10) + ")";
}

std::vector<std::string> features_at(const model::Model& m, std::int64_t cell) {
  std::vector<std::string> names;
  for (const solver::FlowTerm& t : m.flow.terms)
    if (std::find(t.cells.begin(), t.cells.end(), cell) != t.cells.end())
      names.push_back(std::string(to_string(t.kind)) + " '" + t.name + "'");
  for (const model::AbandonedWellBore& b : m.abandoned_wells)
    if (std::find(b.cells.begin(), b.cells.end(), cell) != b.cells.end()) names.push_back("abandoned well '" + b.name + "'");
  return names;
}

RunEstimate estimate_run(const model::Model& m) {
  RunEstimate e;
  // A steady flow is solved at the start and again only where a forcing changes.
  e.flow_solves = m.flow.settings.mode == solver::FlowMode::steady
                      ? 1 + long(m.flow.forcing_changes(0.0, m.source.time.end).size())
                      : planned_flow_steps(m);
  const double cells = double(m.grid->grid.cell_count());
  if (m.transport.species.empty()) {
    e.transport_steps = 0;
  } else if (!steps_depend_on_flow(m.transport.settings)) {
    e.transport_steps = planned_transport_steps(m);
  } else {
    // The first flow, and the limit it sets over the first interval, taken for the whole run.
    const auto [t, dt] = first_flow_time(m);
    solver::FlowSolver flow(m.flow);
    const solver::FlowSolution water = flow.solve(t, dt);
    solver::TransportSolver transport(m.transport, m.flow, flow.connections());
    const solver::StepLimit limit = transport.step_limit_to(t, water);
    e.limit = limit;
    e.limit_time = t;
    e.transport_steps = transport_steps_with(m, std::min(m.transport.settings.max_step, limit.length));
  }
  const double species = double(m.transport.species.size());
  e.seconds = cells * double(e.flow_solves) * kFlowSecondsPerCellSolve +
              (e.transport_steps ? cells * species * double(*e.transport_steps) * kTransportSecondsPerCellStep : 0.0);
  return e;
}

void describe_estimate(const model::Model& m, const RunEstimate& e, std::ostream& out,
                       std::vector<std::string>& warnings) {
  const std::optional<Date>& start = m.source.time.start;
  const solver::TransportSettings& s = m.transport.settings;
  out << "run estimate:\n  flow solves       " << e.flow_solves << "\n";
  if (!m.transport.species.empty()) {
    out << "  transport steps   ";
    if (!e.transport_steps) out << "more than the solver takes (the run would fail)";
    else out << *e.transport_steps;
    if (e.limit)
      out << " (from the flow on " << time_label(e.limit_time, start) << ": steps of at most "
          << short_number(e.limit->length) << " d, set by the " << limit_kind(e.limit->kind) << ")";
    else if (std::isfinite(s.max_step))
      out << " (time.max_step " << short_number(s.max_step) << " d)";
    else
      out << " (by accuracy: at least " << model::kStepsPerRun << " a run and " << model::kStepsPerInterval
          << " between output times and changes of the forcing)";
    out << "\n";
  }
  out << "  run time          about " << duration_text(e.seconds) << " on two cores (a factor of two either way)\n";

  // Tiny steps: a setting, not the run's length, makes the count large.
  if (!e.transport_steps || (*e.transport_steps > kManySteps && *e.transport_steps > 10 * model::kStepsPerRun)) {
    std::string w = "the transport takes ";
    w += e.transport_steps ? std::to_string(*e.transport_steps) + " steps (about " + duration_text(e.seconds) + ")"
                           : std::string("more steps than it can");
    if (e.limit &&
        (e.limit->kind == solver::StepLimit::Kind::courant || e.limit->kind == solver::StepLimit::Kind::stability)) {
      w += ": the " + std::string(limit_kind(e.limit->kind)) + " allows steps of " + short_number(e.limit->length) +
           " d, set by the water of " + cell_text(m, e.limit->cell);
      const std::vector<std::string> here = features_at(m, e.limit->cell);
      if (!here.empty()) {
        w += ", where ";
        for (std::size_t k = 0; k < here.size(); ++k) w += (k ? ", " : "") + here[k];
        w += here.size() == 1 ? " acts" : " act";
      }
      if (m.transport.species.size() > 1) w += " (species " + m.transport.species[e.limit->species].name + ")";
      w += "; " + remedy(m, e.limit->kind);
    } else if (std::isfinite(s.max_step)) {
      w += ": time.max_step is " + short_number(s.max_step) + " d; " + remedy(m, solver::StepLimit::Kind::max_step);
    }
    warnings.push_back(w);
  }
}

}  // namespace gwp::app
