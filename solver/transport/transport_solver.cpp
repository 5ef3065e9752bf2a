#include "solver/transport/transport_solver.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "solver/common/subnormals.hpp"
#include "solver/linear/thread_limit.hpp"
#include "solver/transport/sub_steps.hpp"
#include "solver/transport/transport_validation.hpp"

namespace gwp::solver {

namespace {

// Below this many unknowns a transport step runs on one thread. A step is many short parallel
// loops (a BiCGSTAB iteration alone is five); below a few milliseconds of work each, the fork
// and join cost more than they save. Above it both cores pay: the 80 000-cell benchmark takes
// 5.4 s on one thread and 2.8 s on two on an otherwise idle two-core machine. On a machine
// whose cores are busy with other work (a parameter sweep running one case per core) a join can
// wait a whole time slice for a descheduled thread: such runs should ask for --threads 1.
constexpr std::int64_t kParallelTransportRows = 20000;

const TransportProblem& checked(const TransportProblem& p, const FlowProblem& flow) {
  check_transport_problem(p, flow);
  return p;
}

// What transport keeps of the flow problem: everything but the per-cell properties.
FlowProblem without_properties(const FlowProblem& flow) {
  FlowProblem p;
  p.grid = flow.grid;
  p.layer_type = flow.layer_type;
  p.terms = flow.terms;
  p.extra_connections = flow.extra_connections;
  p.settings = flow.settings;
  return p;
}

// The largest concentration a species is given: initial values, source concentrations at their
// schedule values, held values. Sets the scale of tolerances; 1 mg/L when all are zero.
double concentration_scale(const SpeciesProblem& sp) {
  double scale = 0.0;
  for (double c : sp.initial)
    if (std::isfinite(c)) scale = std::max(scale, std::abs(c));
  for (const SourceConcentration& s : sp.term_concentration)
    for (double c : s.base.values)
      if (std::isfinite(c)) scale = std::max(scale, std::abs(c));
  for (const FixedConcentration& f : sp.fixed)
    for (double c : f.value.values)
      if (std::isfinite(c)) scale = std::max(scale, std::abs(c));
  return scale > 0.0 ? scale : 1.0;
}

std::vector<std::string> fixed_names(const SpeciesProblem& sp) {
  std::vector<std::string> names;
  for (const FixedConcentration& f : sp.fixed) names.push_back(f.name);
  return names;
}

}  // namespace

TransportSolver::TransportSolver(const TransportProblem& problem, const FlowProblem& flow,
                                 const Connections& links)
    : problem_(checked(problem, flow)), flow_(without_properties(flow)), links_(&links),
      system_(problem_, flow_, links), limiter_(links) {
  const Grid& g = *problem_.grid;
  const std::size_t cells = std::size_t(g.cell_count());
  if (links.cell_count != g.cell_count())
    throw std::invalid_argument("transport: the links are for " + std::to_string(links.cell_count) +
                                " cells, the grid has " + std::to_string(cells));
  for (const SpeciesProblem& sp : problem_.species) {
    Species s{std::vector<double>(cells, 0.0),
              MassBudgetBook(sp.name, system_.reaction_labels(sp), fixed_names(sp), flow_)};
    if (!sp.initial.empty()) s.c = sp.initial;
    FixedConcentrations::impose(sp, 0.0, s.c);
    s.scale = concentration_scale(sp);
    s.nonlinear = sp.sorption == SorptionModel::freundlich || sp.sorption == SorptionModel::langmuir;
    s.zero_order_loss = DecayReaction::has_zero_order_loss(sp);
    species_.push_back(std::move(s));
  }
  for (std::vector<double>* v : {&volume_now_, &c_start_, &c_iter_, &u_low_, &c_new_, &low_,
                                 &high_, &mass_change_, &held_correction_})
    v->assign(cells, 0.0);
  // Only species with a limited zero-order loss need the per-cell scale.
  const bool any_zero_order_loss =
      std::any_of(species_.begin(), species_.end(), [](const Species& s) { return s.zero_order_loss; });
  if (any_zero_order_loss) zero_scale_.assign(cells, 1.0);
  usable_.assign(cells, 0);
  link_flux_.assign(std::size_t(links.grid_count), 0.0);
  x_.resize(system_.rows());

  // Connection groups: each group's distinct cells, and where each extra link's cells sit.
  group_cells_.resize(flow_.extra_connections.size());
  slot_n_.resize(std::size_t(links.extra_count()));
  slot_m_.resize(std::size_t(links.extra_count()));
  auto slot = [](std::vector<std::int64_t>& list, std::int64_t cell) {
    const auto it = std::find(list.begin(), list.end(), cell);
    if (it != list.end()) return std::size_t(it - list.begin());
    list.push_back(cell);
    return list.size() - 1;
  };
  for (std::int64_t e = 0; e < links.extra_count(); ++e) {
    const std::size_t l = std::size_t(links.grid_count + e);
    std::vector<std::int64_t>& list = group_cells_[std::size_t(links.extra_set[std::size_t(e)])];
    slot_n_[std::size_t(e)] = slot(list, links.n[l]);
    slot_m_[std::size_t(e)] = slot(list, links.m[l]);
  }
  // Reactions that read other species' steps: their species go first, and record their decay.
  std::vector<std::vector<std::size_t>> before(problem_.species.size());
  std::vector<std::string> names;
  for (std::size_t s = 0; s < problem_.species.size(); ++s) {
    names.push_back(problem_.species[s].name);
    for (const auto& r : problem_.species[s].reactions)
      for (std::size_t p : r->species_before()) before[s].push_back(p);
  }
  step_order_ = species_order(before, names);
  decayed_.resize(problem_.species.size());
  records_decay_.assign(problem_.species.size(), false);
  for (const std::vector<std::size_t>& parents : before)
    for (std::size_t p : parents)
      if (!records_decay_[p]) {
        records_decay_[p] = true;
        decayed_[p].dissolved.assign(cells, 0.0);
        decayed_[p].sorbed.assign(cells, 0.0);
      }
  if (problem_.settings.reactions == ReactionScheme::exact) {
    auto exact = std::make_unique<ExactReactionState>(ExactReactionState{ExactReactions(problem_), {}, {}, {}, {}, {}});
    if (!exact->reactions.empty()) {
      // The first-order reactions leave the species' equations for the pass at the start of a step:
      // no decay in the rows, and no parent's decay recorded, so no production either (the
      // production reactions stay for their budget lines, which the pass fills).
      for (std::size_t s : exact->reactions.members()) {
        problem_.species[s].decay_dissolved.clear();
        problem_.species[s].decay_sorbed.clear();
      }
      records_decay_.assign(problem_.species.size(), false);
      for (DecayedRates& d : decayed_) d = DecayedRates{};
      exact->holder.assign(exact->reactions.members().size() * cells, -1);
      exact->propagator.assign(cells, -1);
      exact->transported.assign(problem_.species.size(), {0.0, 0.0});
      exact_ = std::move(exact);
    }
  }
  for (Species& s : species_) {
    s.group_exchange.resize(group_cells_.size());
    for (std::size_t k = 0; k < group_cells_.size(); ++k) s.group_exchange[k].assign(group_cells_[k].size(), 0.0);
  }
}

void TransportSolver::use_flow(const FlowSolution& flow) {
  const Grid& g = *problem_.grid;
  read_flow(flow_, *links_, problem_.porosity, flow, flow_state_);
  system_.prepare(flow_state_);
  flow_state_.release_dispersion_inputs();
  dry_rows_.clear();
  const CellMatrix& cm = system_.cells();
  for (std::int64_t n = 0; n < g.cell_count(); ++n) {
    usable_[std::size_t(n)] = g.active[std::size_t(n)] && !flow_state_.no_water[std::size_t(n)];
    const std::int32_t row = cm.row_of_cell[std::size_t(n)];
    if (g.active[std::size_t(n)] && flow_state_.no_water[std::size_t(n)] && row >= 0) dry_rows_.push_back(row);
  }
  last_flow_ = &flow;
  last_flow_time_ = flow.time;
  last_solve_number_ = flow.solve_number;
}

StepLimit TransportSolver::step_limit_to(double t_end, const FlowSolution& flow) {
  use_flow(flow);
  return step_limit(problem_, *links_, flow_state_, system_.dispersion, time_, t_end);
}

StepView TransportSolver::view(std::size_t s, double t0, double t1) const {
  StepView v;
  v.grid = problem_.grid;
  v.links = links_;
  v.flow = &flow_state_;
  v.porosity = &problem_.porosity;
  v.bulk_density = &problem_.bulk_density;
  v.species = &problem_.species[s];
  v.t0 = t0;
  v.t1 = t1;
  v.weight = time_weight(problem_.settings.weighting);
  v.c_old = species_[s].c.data();
  v.c_iter = species_[s].c.data();
  // Below a millionth of the species' scale the Freundlich slope is taken as a chord.
  v.slope_floor = 1e-6 * species_[s].scale;
  v.decayed = &decayed_;
  return v;
}

double TransportSolver::cell_mass(const StepView& v, std::int64_t cell, double volume, double c) const {
  return problem_.porosity[std::size_t(cell)] * volume * c + SorbedStorage::mass(v, cell, volume, c);
}

void TransportSolver::advance(double t_end, const FlowSolution& flow_at_end, const FlowSolution* flow_at_start,
                              const std::function<void(double)>& on_step) {
  (void)flow_at_start;
  const double slack = 1e-12 * std::max(1.0, std::abs(time_));
  if (t_end < time_ - slack)
    throw std::invalid_argument("transport cannot go back from t = " + std::to_string(time_) + " d to " +
                                std::to_string(t_end) + " d");
  if (!(t_end > time_ + slack)) return;
  const ThreadLimit threads(system_.rows() < kParallelTransportRows ? 1 : threads_for(system_.rows()));
  const SubnormalsAsZero subnormals;
  const Grid& g = *problem_.grid;
  const std::int64_t cells = g.cell_count();
  // The flows of an interval are read once: advancing again with the same solution (a steady
  // flow over several output intervals) reuses them, and with them the matrix. A solution is
  // the same when it is the same object with the same solve number and, where water volumes
  // change in time, the same time.
  const bool same_solution = &flow_at_end == last_flow_ && flow_at_end.solve_number == last_solve_number_ &&
                             (flow_at_end.time == last_flow_time_ ||
                              (flow_at_end.solve_number != 0 && !system_.volumes_vary()));
  if (!same_solution) use_flow(flow_at_end);

  if (!started_) {
    // The masses at the start: initial concentrations in the water of the first interval.
    for (std::int64_t n = 0; n < cells; ++n)
      if (g.active[std::size_t(n)]) volume_now_[std::size_t(n)] = flow_state_.volume_at(n, time_);
    for (std::size_t s = 0; s < species_.size(); ++s) {
      const StepView v = view(s, time_, time_);
      double dissolved = 0.0, sorbed_mass = 0.0;
      for (std::int64_t n = 0; n < cells; ++n) {
        if (!g.active[std::size_t(n)]) continue;
        const double vol = volume_now_[std::size_t(n)], c = species_[s].c[std::size_t(n)];
        dissolved += problem_.porosity[std::size_t(n)] * vol * c;
        sorbed_mass += SorbedStorage::mass(v, n, vol, c);
      }
      species_[s].book.set_initial(dissolved, sorbed_mass);
    }
    started_ = true;
  }

  const double longest = longest_step(problem_, *links_, flow_state_, system_.dispersion, time_, t_end);
  const std::vector<double> ends =
      step_ends(time_, t_end, longest, transport_schedule_changes(problem_, time_, t_end), problem_.settings.step_limit);
  double t0 = time_;
  for (double t1 : ends) {
    if (exact_) react_exactly(t0, t1);
    for (std::size_t s : step_order_) step(s, t0, t1);
    if (exact_) end_exact_budget_steps(t0, t1);
    for (std::int64_t n = 0; n < cells; ++n)
      if (g.active[std::size_t(n)]) volume_now_[std::size_t(n)] = flow_state_.volume_at(n, t1);
    time_ = t1;
    ++steps_;
    if (on_step) on_step(t1);
    t0 = t1;
  }
  time_ = t_end;
}

std::vector<double> TransportSolver::sorbed(std::size_t s) const {
  const SpeciesProblem& sp = problem_.species[s];
  std::vector<double> out(species_[s].c.size(), 0.0);
  if (sp.sorption == SorptionModel::none) return out;
  for (std::size_t n = 0; n < out.size(); ++n)
    if (problem_.grid->active[n]) out[n] = sorbed_concentration(isotherm_of(sp, std::int64_t(n)), species_[s].c[n]);
  return out;
}

}  // namespace gwp::solver
