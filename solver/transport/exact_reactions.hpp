// First-order reactions integrated exactly over a step, cell by cell ([transport] reactions =
// "exact", TransportSettings::reactions): at the start of a step this pass integrates the
// reactions of each cell over the whole step, then every species is transported without its
// first-order decay and its production from parents (first-order operator splitting, reactions
// then transport; why in that order: exact_reaction_step.cpp).
//
// In a cell with linear sorption the total mass of member i (dissolved and sorbed, g),
// M_i = theta R_i V c_i, obeys dM/dt = A M with
//   A_ii = -kappa_i,  kappa_i = (theta lambda_d,i + rho_b Kd_i lambda_s,i) / (theta R_i)   (1/d)
//   A_ji = yield_ij x (parent i's decay, per unit M_i, of the phases the link names)
// (lower-triangular in the order of the chain, off-diagonals >= 0: a Metzler matrix), so
//   M(t + dt) = exp(A dt) M(t)   and   integral of M over the step = (integral_0^dt exp(A s) ds) M(t),
// both non-negative, from one exponential of Van Loan's (1978) block matrix [[A, I], [0, 0]] dt
// (Eigen's MatrixFunctions: scaling and squaring with Pade approximants, so equal rates, the
// degenerate Bateman case, need no care). What decayed of species i in a phase over the step is
// that phase's share of kappa_i times the integral of M_i; a daughter's production is its yield
// times its parent's decay of the named phases: the budget lines follow exactly from the same
// integral. A species held at a fixed concentration in a cell keeps it: its row of A is zero
// (its mass stays; it still decays and feeds its daughters, and holding it takes the
// difference, as in a transport step).
#pragma once
#include <Eigen/Core>
#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "solver/transport/parent_production.hpp"
#include "solver/transport/transport_problem.hpp"

namespace gwp::solver {

// The most species one exact pass takes part in (the pass works on stack arrays of this size).
inline constexpr std::size_t kMaxExactMembers = 32;

// Law: over a step dt (d) of dM/dt = A M (A in 1/d), the propagator exp(A dt) (-) and its
// integral over the step, integral_0^dt exp(A s) ds (d), from the exponential of Van Loan's
// block matrix [[A, I], [0, 0]] dt, whose top row they are. For a Metzler A both are
// non-negative; entries below zero by rounding are set to zero. Throws ModelFailure when the
// exponential is not finite.
struct ChainPropagator {
  Eigen::MatrixXd step;      // exp(A dt), -
  Eigen::MatrixXd integral;  // integral_0^dt exp(A s) ds, d
};
ChainPropagator chain_propagator(const Eigen::MatrixXd& a, double dt);

// Law: one cell's masses (g) after dt (d) and their integral over the step (g d):
// (A, dt, M) -> (exp(A dt) M, integral_0^dt exp(A s) ds M).
struct CellChainStep {
  Eigen::VectorXd mass;      // g at the end of the step
  Eigen::VectorXd integral;  // g d, the integral of the masses over the step
};
CellChainStep exact_chain_step(const Eigen::MatrixXd& a, double dt, const Eigen::VectorXd& mass);

// Law: a species' first-order decay per unit of its total mass in a cell (1/d), by phase, with
// linear sorption (R = 1 + rho_b Kd / theta, Kd = 0 without sorption): dissolved lambda_d / R,
// sorbed rho_b Kd lambda_s / (theta R).
struct DecayShares {
  double dissolved = 0.0;  // 1/d
  double sorbed = 0.0;     // 1/d
  double total() const { return dissolved + sorbed; }
};
DecayShares decay_shares(double porosity, double bulk_density, double kd, double lambda_dissolved,
                         double lambda_sorbed);

// The first-order reactions of a problem for the exact pass: the species that take part
// (members: a first-order rate anywhere, or a link of a chain), their rates per cell and the
// links between them. Holds its own copy of the members' first-order rates: the solver takes
// them out of the transport equations.
class ExactReactions {
 public:
  struct Link {
    std::size_t parent = 0, daughter = 0;  // positions in members()
    double yield = 0.0;                    // g/g
    ParentPhases phases;
    std::string label;                     // the daughter's budget line, "production:<parent>"
  };

  // Throws std::invalid_argument naming the species when a member has a nonlinear isotherm
  // (its mass is not proportional to its concentration, so A would not be constant), or when
  // more than kMaxExactMembers species take part.
  explicit ExactReactions(const TransportProblem& problem);

  // Whether any species reacts at first order: without, the pass has nothing to do.
  bool empty() const { return members_.empty(); }
  // Species indices (into TransportProblem::species) of the members, in index order.
  const std::vector<std::size_t>& members() const { return members_; }
  const std::vector<Link>& links() const { return links_; }
  // The decay shares of member k in `cell` (1/d), with the problem's porosity, bulk density and
  // isotherm (the rates are the copies taken at construction).
  DecayShares shares(const TransportProblem& problem, std::size_t k, std::int64_t cell) const;
  // Fills A (1/d, members() x members()) of `cell`, with the rows of members held in the cell
  // (held[k] != 0) left zero; `shares` receives each member's decay shares there.
  void fill_matrix(const TransportProblem& problem, std::int64_t cell, const std::vector<std::uint8_t>& held,
                   Eigen::MatrixXd& a, std::vector<DecayShares>& shares) const;

 private:
  std::vector<std::size_t> members_;
  std::vector<std::vector<double>> dissolved_, sorbed_;  // 1/d per member and cell (empty = zero)
  std::vector<Link> links_;
};

// The propagators of the distinct cell matrices for one step length: the cells of a zone share
// their matrix, so a step takes a handful of exponentials, not one a cell. Indices stay valid
// until the next begin_step, which forgets everything when the step length changes or the
// cache has grown past kMaxEntries (a field of properties that differ cell by cell).
class PropagatorCache {
 public:
  static constexpr std::size_t kMaxEntries = 4096;
  void begin_step(double dt);
  // The index of the propagator of `a` over the step length of begin_step.
  std::size_t find(const Eigen::MatrixXd& a);
  const ChainPropagator& operator[](std::size_t i) const { return propagators_[i]; }

 private:
  double dt_ = -1.0;  // d
  std::map<std::vector<double>, std::size_t> index_;
  std::vector<ChainPropagator> propagators_;
};

// What the transport solver keeps for the exact pass from step to step.
struct ExactReactionState {
  ExactReactions reactions;
  PropagatorCache cache;
  std::vector<int> holder;                         // per member and cell: its fixed set holding it, or -1
  std::vector<std::int32_t> propagator;            // per cell: index into the cache, -1 = no reaction
  std::vector<std::array<double, 2>> transported;  // per species: dissolved, sorbed mass (g) after transport
  std::vector<double> pass_sums;                   // g, the lines of the step's pass, until its budget step ends
};

}  // namespace gwp::solver
