#include "solver/transport/exact_reactions.hpp"

#include <unsupported/Eigen/MatrixFunctions>

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "core/errors.hpp"

namespace gwp::solver {

namespace {

double at(const std::vector<double>& v, std::int64_t cell) {
  return v.empty() ? 0.0 : v[std::size_t(cell)];
}

bool any_positive(const std::vector<double>& v) {
  return std::any_of(v.begin(), v.end(), [](double x) { return x > 0.0; });
}

}  // namespace

ChainPropagator chain_propagator(const Eigen::MatrixXd& a, double dt) {
  const Eigen::Index n = a.rows();
  Eigen::MatrixXd block = Eigen::MatrixXd::Zero(2 * n, 2 * n);
  block.topLeftCorner(n, n) = a * dt;
  block.topRightCorner(n, n) = Eigen::MatrixXd::Identity(n, n) * dt;
  const Eigen::MatrixXd e = block.exp();
  if (!e.allFinite()) {
    char text[200];
    std::snprintf(text, sizeof text,
                  "the exact reaction step of %g d is not finite (largest rate %g 1/d): the rates or the step "
                  "are out of range",
                  dt, a.cwiseAbs().maxCoeff());
    throw ModelFailure(text);
  }
  // The exponential of a Metzler matrix and its integral are non-negative: what the Pade
  // approximant leaves below zero is rounding, and would make a daughter negative.
  ChainPropagator p{e.topLeftCorner(n, n).cwiseMax(0.0), e.topRightCorner(n, n).cwiseMax(0.0)};
  return p;
}

CellChainStep exact_chain_step(const Eigen::MatrixXd& a, double dt, const Eigen::VectorXd& mass) {
  const ChainPropagator p = chain_propagator(a, dt);
  return {p.step * mass, p.integral * mass};
}

DecayShares decay_shares(double porosity, double bulk_density, double kd, double lambda_dissolved,
                         double lambda_sorbed) {
  const double retarded = porosity + bulk_density * kd;  // theta R
  return {porosity * lambda_dissolved / retarded, bulk_density * kd * lambda_sorbed / retarded};
}

ExactReactions::ExactReactions(const TransportProblem& problem) {
  const std::size_t count = problem.species.size();
  std::vector<bool> member(count, false);
  struct Found {
    std::size_t parent, daughter;
    double yield;
    ParentPhases phases;
    std::string label;
  };
  std::vector<Found> found;
  for (std::size_t s = 0; s < count; ++s) {
    const SpeciesProblem& sp = problem.species[s];
    if (any_positive(sp.decay_dissolved) || (sp.sorption != SorptionModel::none && any_positive(sp.decay_sorbed)))
      member[s] = true;
    for (const auto& r : sp.reactions) {
      const auto* link = dynamic_cast<const ParentProduction*>(r.get());
      if (link == nullptr || link->parent() >= count) continue;
      member[s] = member[link->parent()] = true;
      found.push_back({link->parent(), s, link->yield(), link->phases(), link->budget_labels().front()});
    }
  }
  std::vector<std::size_t> position(count, 0);
  for (std::size_t s = 0; s < count; ++s) {
    if (!member[s]) continue;
    const SpeciesProblem& sp = problem.species[s];
    if (sp.sorption == SorptionModel::freundlich || sp.sorption == SorptionModel::langmuir)
      throw std::invalid_argument("species " + sp.name +
                                  ": exact reactions need linear sorption or none (its total mass must be "
                                  "proportional to its concentration); use the coupled reactions");
    position[s] = members_.size();
    members_.push_back(s);
    dissolved_.push_back(sp.decay_dissolved);
    sorbed_.push_back(sp.sorption == SorptionModel::none ? std::vector<double>{} : sp.decay_sorbed);
  }
  if (members_.size() > kMaxExactMembers)
    throw std::invalid_argument("exact reactions: " + std::to_string(members_.size()) +
                                " species react at first order; at most " + std::to_string(kMaxExactMembers) +
                                " can");
  for (const Found& f : found)
    links_.push_back({position[f.parent], position[f.daughter], f.yield, f.phases, f.label});
}

DecayShares ExactReactions::shares(const TransportProblem& problem, std::size_t k, std::int64_t cell) const {
  const SpeciesProblem& sp = problem.species[members_[k]];
  const std::size_t c = std::size_t(cell);
  const double kd = sp.sorption == SorptionModel::linear ? at(sp.kd, cell) : 0.0;
  return decay_shares(problem.porosity[c], problem.bulk_density.empty() ? 0.0 : problem.bulk_density[c], kd,
                      at(dissolved_[k], cell), at(sorbed_[k], cell));
}

void ExactReactions::fill_matrix(const TransportProblem& problem, std::int64_t cell,
                                 const std::vector<std::uint8_t>& held, Eigen::MatrixXd& a,
                                 std::vector<DecayShares>& shares) const {
  const std::size_t k = members_.size();
  a.setZero(Eigen::Index(k), Eigen::Index(k));
  shares.resize(k);
  for (std::size_t i = 0; i < k; ++i) {
    shares[i] = this->shares(problem, i, cell);
    if (!held[i]) a(Eigen::Index(i), Eigen::Index(i)) = -shares[i].total();
  }
  for (const Link& l : links_) {
    if (held[l.daughter]) continue;
    const DecayShares& p = shares[l.parent];
    a(Eigen::Index(l.daughter), Eigen::Index(l.parent)) +=
        produced_rate(l.yield, p.dissolved, p.sorbed, l.phases);
  }
}

void PropagatorCache::begin_step(double dt) {
  if (dt == dt_ && propagators_.size() <= kMaxEntries) return;
  dt_ = dt;
  index_.clear();
  propagators_.clear();
}

std::size_t PropagatorCache::find(const Eigen::MatrixXd& a) {
  std::vector<double> key(a.data(), a.data() + a.size());
  const auto it = index_.find(key);
  if (it != index_.end()) return it->second;
  propagators_.push_back(chain_propagator(a, dt_));
  index_.emplace(std::move(key), propagators_.size() - 1);
  return propagators_.size() - 1;
}

}  // namespace gwp::solver
