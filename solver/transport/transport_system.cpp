#include "solver/transport/transport_system.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "solver/common/parallel.hpp"

namespace gwp::solver {

TransportSystem::TransportSystem(const TransportProblem& problem, const FlowProblem& flow,
                                 const Connections& links)
    : advection(links, problem.settings.advection),
      dispersion(*problem.grid, links, problem),
      sources(flow),
      fixed(*problem.grid, problem.species),
      grid_(problem.grid),
      links_(&links),
      matrix_(build_cell_matrix(links, problem.grid->active)),
      rhs_(matrix_.rows()) {
  for (const SpeciesProblem& sp : problem.species) reaction_labels(sp);  // a reaction without lines fails here
}

std::vector<const CellReaction*> TransportSystem::reactions_of(const SpeciesProblem& species) const {
  std::vector<const CellReaction*> list{&decay};
  for (const auto& r : species.reactions) {
    if (r == nullptr) throw std::invalid_argument("species " + species.name + ": a reaction is missing");
    list.push_back(r.get());
  }
  list.push_back(&imbalance);
  return list;
}

std::vector<std::string> TransportSystem::reaction_labels(const SpeciesProblem& species) const {
  std::vector<std::string> labels;
  for (const CellReaction* r : reactions_of(species)) {
    const std::vector<std::string> own = r->budget_labels();
    if (own.empty() || own.size() > kMaxReactionLines)
      throw std::invalid_argument("species " + species.name + ": a reaction owns " + std::to_string(own.size()) +
                                  " budget lines; 1 to " + std::to_string(kMaxReactionLines) + " are possible");
    labels.insert(labels.end(), own.begin(), own.end());
  }
  return labels;
}

void TransportSystem::prepare(const TransportFlow& flow) {
  advection.prepare(flow);
  dispersion.prepare(flow);
  ++flow_version_;
  volumes_vary_ = std::any_of(flow.volume_release.begin(), flow.volume_release.end(),
                              [](double r) { return r != 0.0; });
}

TransportSystem::MatrixKey TransportSystem::key_of(const StepView& s) const {
  MatrixKey key;
  const SorptionModel sorption = s.species->sorption;
  const bool linear = sorption == SorptionModel::none || sorption == SorptionModel::linear;
  const bool reactions_linear = std::none_of(step_reactions_.begin(), step_reactions_.end(),
                                             [](const CellReaction* r) { return r->nonlinear(); });
  if (!linear || !reactions_linear || s.zero_order_scale != nullptr || volumes_vary_) return key;
  key.species = s.species;
  key.dt = s.dt();
  key.weight = s.weight;
  key.flow_version = flow_version_;
  key.held = fixed.held_cells();
  return key;
}

void TransportSystem::prepare_step(const StepView& s) {
  sources.prepare(s);
  fixed.prepare(s);
  step_reactions_ = reactions_of(*s.species);
  step_lines_.clear();
  for (const CellReaction* r : step_reactions_) step_lines_.push_back(r->budget_labels().size());
}

bool TransportSystem::frozen(const StepView& s, std::int64_t cell) const {
  return !(s.volume_old(cell) > 0.0) && frozen_cell(cell, *s.flow);
}

bool TransportSystem::frozen_cell(std::int64_t cell, const TransportFlow& flow) const {
  // A dry cell passes at most a trickle the flow solution leaves (1e-14 m3/d seen): with no
  // water to hold, its row would be all but empty and its concentration round-off.
  constexpr double kTrickle = 1e-9;  // m/d over the cell's plan area: 0.4 um a year
  return flow.no_water[std::size_t(cell)] &&
         !(flow.water_inflow[std::size_t(cell)] > kTrickle * grid_->area(cell));
}

bool TransportSystem::assemble(const StepView& s) {
  const Connections& c = *links_;
  MatrixKey key = key_of(s);
  const bool rhs_only = key.species != nullptr && key == assembled_;
  // On implicit steps the link terms put nothing into the right-hand side.
  const bool link_terms = !rhs_only || s.weight != 1.0;
  double* values = matrix_.values();
  const int* outer = matrix_.matrix.outerIndexPtr();
  parallel_for(0, rows(), [&](std::int64_t r) {
    const std::int64_t cell = matrix_.cell_of_row[std::size_t(r)];
    RowRef row;
    row.values = values;
    row.first = outer[r];
    row.last = outer[r + 1];
    row.diagonal = matrix_.diagonal[std::size_t(r)];
    row.positions = matrix_.link_position.data() + c.adjacency_start[std::size_t(cell)];
    row.rhs_only = rhs_only;
    if (!rhs_only)
      for (std::int64_t k = row.first; k < row.last; ++k) values[k] = 0.0;
    storage.fill_row(s, cell, row);
    sorption.fill_row(s, cell, row);
    if (link_terms) {
      advection.fill_row(s, cell, row);
      dispersion.fill_row(s, cell, row);
    }
    sources.fill_row(s, cell, row);
    for (const CellReaction* reaction : step_reactions_) reaction->fill_row(s, cell, row);
    if (fixed.held(cell)) fixed.fill_row(cell, row);
    else if (frozen(s, cell)) row.hold(s.c_old[std::size_t(cell)]);
    rhs_[r] = row.rhs;
  });
  if (!rhs_only) assembled_ = std::move(key);
  return !rhs_only;
}

double TransportSystem::rate(const StepView& s, std::int64_t cell, const double* c_new) const {
  double total = advection.rate(s, cell, c_new) + dispersion.rate(s, cell, c_new) + sources.rate(s, cell, c_new);
  double line[kMaxReactionLines];
  for (std::size_t r = 0; r < step_reactions_.size(); ++r) {
    step_reactions_[r]->rates(s, cell, c_new, line);
    for (std::size_t k = 0; k < step_lines_[r]; ++k) total += line[k];
  }
  return total;
}

}  // namespace gwp::solver
