#include "models/transport_builder.hpp"

#include <algorithm>
#include <cmath>
#include <memory>

#include "models/selection.hpp"
#include "solver/transport/parent_production.hpp"

namespace gwp::model {

namespace {

solver::SorptionModel solver_model(Sorption::Model m) {
  switch (m) {
    case Sorption::Model::none: return solver::SorptionModel::none;
    case Sorption::Model::linear: return solver::SorptionModel::linear;
    case Sorption::Model::freundlich: return solver::SorptionModel::freundlich;
    case Sorption::Model::langmuir: return solver::SorptionModel::langmuir;
  }
  return solver::SorptionModel::none;
}

const char* model_name(Sorption::Model m) {
  switch (m) {
    case Sorption::Model::none: return "none";
    case Sorption::Model::linear: return "linear";
    case Sorption::Model::freundlich: return "freundlich";
    case Sorption::Model::langmuir: return "langmuir";
  }
  return "none";
}

// Writes one sorption description into the per-cell arrays of `sp` at `cells`.
void set_sorption(solver::SpeciesProblem& sp, const Sorption& s, const std::vector<std::int64_t>& cells) {
  for (std::int64_t n : cells) {
    const auto i = std::size_t(n);
    sp.kd[i] = s.kd;
    sp.exponent[i] = s.exponent;
    sp.langmuir_k[i] = s.langmuir_k;
    sp.capacity[i] = s.capacity;
  }
}

void set_decay(solver::SpeciesProblem& sp, const Decay& decay, const std::vector<std::int64_t>& cells) {
  const bool dissolved = decay.phase != Decay::Phase::sorbed, sorbed = decay.phase != Decay::Phase::dissolved;
  for (std::int64_t n : cells) {
    const auto i = std::size_t(n);
    sp.decay_dissolved[i] = dissolved ? decay.rate : 0.0;
    sp.decay_sorbed[i] = sorbed ? decay.rate : 0.0;
    sp.zero_order[i] = decay.zero_order;
  }
}

// The sorption model of a species: its own, or the one its zones give it where it has none.
// A species has one isotherm; zones change its parameters, not its form.
Sorption::Model species_model(const Species& s, const Properties& p, Diagnostics& d) {
  Sorption::Model model = s.sorption.model;
  for (const Zone& z : p.zones) {
    auto it = z.species.find(s.name);
    if (it == z.species.end() || !it->second.sorption || it->second.sorption->model == Sorption::Model::none) continue;
    const Sorption::Model zm = it->second.sorption->model;
    if (model == Sorption::Model::none) model = zm;
    else if (zm != model)
      d.add(z.location, "zone \"" + z.name + "\" gives species " + s.name + " a " + model_name(zm) +
                            " isotherm, but the species is " + model_name(model) +
                            " elsewhere (found " + model_name(zm) + ", expected " + model_name(model) + ")");
  }
  return model;
}

std::vector<double> initial_concentration(const Species& s, const BuiltGrid& g, Diagnostics& d) {
  std::vector<double> c(std::size_t(g.grid.cell_count()), s.initial);
  for (const auto& part : s.initial_parts)
    for (std::int64_t n : select_cells(part.where, g, d)) c[std::size_t(n)] = part.value;
  return c;
}

}  // namespace

solver::TransportProblem build_transport(const Case& c, const BuiltGrid& g, const CellFields& f,
                                 const std::vector<WaterQuality>& term_quality, Diagnostics& d) {
  solver::TransportProblem t;
  t.grid = &g.grid;
  t.porosity = f.porosity;
  t.bulk_density = f.bulk_density;
  t.alpha_l = c.transport.alpha_l;
  t.alpha_th = c.transport.alpha_th;
  t.alpha_tv = c.transport.alpha_tv;
  t.settings.advection = c.transport.advection == Transport::Advection::upwind    ? solver::AdvectionScheme::upwind
                         : c.transport.advection == Transport::Advection::central ? solver::AdvectionScheme::central
                                                                                  : solver::AdvectionScheme::tvd;
  t.settings.weighting = c.transport.weighting == Transport::Weighting::implicit ? solver::TimeWeighting::implicit
                         : c.transport.weighting == Transport::Weighting::crank_nicolson
                             ? solver::TimeWeighting::crank_nicolson
                             : solver::TimeWeighting::explicit_;
  t.settings.reactions = c.transport.reactions == Transport::Reactions::exact ? solver::ReactionScheme::exact
                                                                             : solver::ReactionScheme::coupled;
  t.settings.max_courant = c.transport.max_courant;
  t.settings.cross_dispersion = c.transport.cross_dispersion;
  t.settings.max_step = c.time.max_step;

  const std::size_t cells = std::size_t(g.grid.cell_count());
  Diagnostics zone_problems;  // zone selections were reported when the properties were resolved
  const auto zones = zone_cells(c.properties, g, zone_problems);
  std::vector<std::int64_t> all(cells);
  for (std::size_t n = 0; n < cells; ++n) all[n] = std::int64_t(n);

  std::vector<std::vector<std::int64_t>> fixed_cells;
  for (const ConcentrationBoundary& cb : c.transport.boundaries) fixed_cells.push_back(select_cells(cb.where, g, d));

  for (const Species& s : c.species) {
    solver::SpeciesProblem sp;
    sp.name = s.name;
    sp.diffusion = s.diffusion;
    sp.sorption = solver_model(species_model(s, c.properties, d));
    for (auto* v : {&sp.kd, &sp.exponent, &sp.langmuir_k, &sp.capacity, &sp.decay_dissolved, &sp.decay_sorbed,
                    &sp.zero_order})
      v->assign(cells, 0.0);
    std::fill(sp.exponent.begin(), sp.exponent.end(), 1.0);
    set_sorption(sp, s.sorption, all);
    set_decay(sp, s.decay, all);
    for (std::size_t z = 0; z < c.properties.zones.size(); ++z) {
      auto it = c.properties.zones[z].species.find(s.name);
      if (it == c.properties.zones[z].species.end()) continue;
      if (it->second.sorption) set_sorption(sp, *it->second.sorption, zones[z]);
      if (it->second.decay) set_decay(sp, *it->second.decay, zones[z]);
    }
    sp.initial = initial_concentration(s, g, d);
    for (const WaterQuality& q : term_quality) {
      auto it = q.find(s.name);
      sp.term_concentration.push_back(it == q.end() ? solver::SourceConcentration{solver::Schedule::constant(0.0)}
                                                    : it->second);
    }
    for (std::size_t b = 0; b < c.transport.boundaries.size(); ++b) {
      const ConcentrationBoundary& cb = c.transport.boundaries[b];
      auto it = cb.values.find(s.name);
      if (it == cb.values.end()) continue;
      sp.fixed.push_back({"fixed concentration " + std::to_string(b + 1), fixed_cells[b], it->second});
    }
    sp.limit = s.limit.value_or(std::nan(""));
    t.species.push_back(std::move(sp));
  }
  // Reaction chains: each parent's decay becomes a source of its daughter (parent_production.hpp).
  // The solver steps parents before daughters; unknown parents were reported when read.
  for (std::size_t d = 0; d < c.species.size(); ++d)
    for (const ParentLink& link : c.species[d].parents) {
      const auto parent = std::find_if(c.species.begin(), c.species.end(),
                                       [&](const Species& s) { return s.name == link.species; });
      if (parent == c.species.end() || parent->name == c.species[d].name) continue;
      solver::ParentPhases phases;
      phases.dissolved = link.phase != Decay::Phase::sorbed;
      phases.sorbed = link.phase != Decay::Phase::dissolved;
      t.species[d].reactions.push_back(std::make_shared<solver::ParentProduction>(
          std::size_t(parent - c.species.begin()), link.species, link.yield, phases));
    }
  return t;
}

}  // namespace gwp::model
