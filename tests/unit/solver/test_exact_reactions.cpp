// Exact reactions ([transport] reactions = "exact", exact_reactions.hpp): the one-cell step
// against Bateman's closed form (tests/verification/analytical/bateman.hpp), with equal rates
// against t e^{-kt}, the integral of the masses against quadrature of the closed form; then the
// solver's pass in still water (Bateman at any step, budgets, production = yield x decay lines,
// held cells) and in moving water (budgets).
#include <gtest/gtest.h>

#include <cmath>
#include <memory>

#include "analytical/bateman.hpp"
#include "analytical/quadrature.hpp"
#include "solver/transport/exact_reactions.hpp"
#include "solver/transport/parent_production.hpp"
#include "test_transport_models.hpp"

namespace gwp::solver {
namespace {

constexpr double kTheta = 0.25;  // -
constexpr double kRho = 1.7;     // kg/L, test::transport_problem's bulk density

// A member of a test chain: first-order rates of its phases and its linear Kd.
struct Member {
  const char* name;
  double dissolved, sorbed;  // 1/d
  double kd;                 // L/kg
  double yield;              // g/g from the member before (unused for the first)
};

// Four members with different rates, yields and R = 1 + rho_b Kd / theta (1, 4.4, 1.68, 2.36);
// b decays in its water only, so its rate per unit total mass is 0.05 / 4.4: R matters.
const std::vector<Member> kChain = {{"a", 0.2, 0.2, 0.0, 0.0},
                                    {"b", 0.05, 0.0, 0.5, 0.8},
                                    {"c", 0.12, 0.12, 0.1, 0.6},
                                    {"d", 0.0, 0.0, 0.2, 1.0}};

double retarded(const Member& m) { return kTheta + kRho * m.kd; }  // theta R
DecayShares shares_of(const Member& m) { return decay_shares(kTheta, kRho, m.kd, m.dissolved, m.sorbed); }

// A of a chain whose links take both phases of the member before.
Eigen::MatrixXd chain_matrix(const std::vector<Member>& chain) {
  const Eigen::Index n = Eigen::Index(chain.size());
  Eigen::MatrixXd a = Eigen::MatrixXd::Zero(n, n);
  for (Eigen::Index i = 0; i < n; ++i) {
    a(i, i) = -shares_of(chain[std::size_t(i)]).total();
    if (i > 0) a(i, i - 1) = chain[std::size_t(i)].yield * shares_of(chain[std::size_t(i - 1)]).total();
  }
  return a;
}

// The same chain for Bateman: rates per unit total mass.
analytical::BatemanChain bateman_chain(const std::vector<Member>& chain, const std::vector<double>& initial) {
  analytical::BatemanChain b;
  for (const Member& m : chain) {
    b.rate.push_back(shares_of(m).total());
    b.yield.push_back(m.yield);
  }
  b.initial = initial;
  return b;
}

TEST(ExactReactionsLaw, DecaySharesPerUnitTotalMass) {
  // theta R = 0.25 + 1.7 x 0.5 = 1.1: dissolved 0.25 x 0.1 / 1.1, sorbed 0.85 x 0.3 / 1.1.
  const DecayShares s = decay_shares(0.25, 1.7, 0.5, 0.1, 0.3);
  EXPECT_NEAR(s.dissolved, 0.025 / 1.1, 1e-16);
  EXPECT_NEAR(s.sorbed, 0.255 / 1.1, 1e-16);
  EXPECT_NEAR(decay_shares(0.3, 1.6, 0.0, 0.2, 0.7).total(), 0.2, 1e-16);  // no sorption: the water's rate
}

// One step of 10 d against Bateman's closed form, for masses present in every member at the
// start: 1e-12 of each member's value.
TEST(ExactReactionsLaw, OneStepOfTenDaysIsBateman) {
  const std::vector<double> m0 = {2.5, 1.1, 0.3, 1.18};  // g
  const CellChainStep r = exact_chain_step(chain_matrix(kChain), 10.0, Eigen::Map<const Eigen::VectorXd>(m0.data(), 4));
  const std::vector<double> truth = analytical::bateman(bateman_chain(kChain, m0), 10.0);
  for (std::size_t i = 0; i < 4; ++i) EXPECT_NEAR(r.mass[Eigen::Index(i)], truth[i], 1e-12 * truth[i]) << kChain[i].name;
}

// The integral of the masses over the step against adaptive Gauss-Kronrod quadrature of
// Bateman's closed form (relative tolerance 1e-13): 1e-11 of each integral.
TEST(ExactReactionsLaw, IntegralOfTheMassesIsTheQuadratureOfBateman) {
  const std::vector<double> m0 = {2.5, 1.1, 0.3, 1.18};
  const analytical::BatemanChain b = bateman_chain(kChain, m0);
  const CellChainStep r = exact_chain_step(chain_matrix(kChain), 10.0, Eigen::Map<const Eigen::VectorXd>(m0.data(), 4));
  for (std::size_t i = 0; i < 4; ++i) {
    analytical::QuadratureTolerance tol;
    tol.relative = 1e-13;
    const double truth =
        analytical::integrate_or_throw([&](double t) { return analytical::bateman(b, t)[i]; }, 0.0, 10.0, "bateman", tol);
    EXPECT_NEAR(r.integral[Eigen::Index(i)], truth, 1e-11 * truth) << kChain[i].name;
  }
}

// Equal rates, where Bateman's sum divides by zero: N1 = N1(0) e^{-kt},
// N2 = (N2(0) + y2 k t N1(0)) e^{-kt}, N3 = (y3 k t N2(0) + y2 y3 (k t)^2 / 2 N1(0)) e^{-kt}.
TEST(ExactReactionsLaw, EqualRatesGiveTheDegenerateClosedForm) {
  constexpr double k = 0.07, t = 10.0, y2 = 0.8, y3 = 0.5;  // 1/d, d, -, -
  Eigen::MatrixXd a(3, 3);
  a << -k, 0, 0, y2 * k, -k, 0, 0, y3 * k, -k;
  const Eigen::Vector3d m0(3.0, 0.4, 0.0);
  const CellChainStep r = exact_chain_step(a, t, m0);
  const double e = std::exp(-k * t);
  const double truth[3] = {3.0 * e, (0.4 + y2 * k * t * 3.0) * e, (y3 * k * t * 0.4 + y2 * y3 * 0.5 * (k * t) * (k * t) * 3.0) * e};
  for (int i = 0; i < 3; ++i) EXPECT_NEAR(r.mass[i], truth[i], 1e-12 * truth[i]) << i;
  // The integral of N1 = N1(0) (1 - e^{-kt}) / k; of N2 by parts.
  EXPECT_NEAR(r.integral[0], 3.0 * (1.0 - e) / k, 1e-12 * r.integral[0]);
  const double n2 = 0.4 * (1.0 - e) / k + y2 * 3.0 * ((1.0 - e) / k - t * e);
  EXPECT_NEAR(r.integral[1], n2, 1e-12 * n2);
}

// A fast member (rate x step = 500) and a slow one: nothing negative, every entry of the
// propagator and its integral >= 0, and with yields 1 into a stable end the total is kept.
TEST(ExactReactionsLaw, FastMembersStayNonNegativeAndYieldOneConserves) {
  Eigen::MatrixXd a(3, 3);
  a << -50.0, 0, 0, 50.0, -0.01, 0, 0, 0.01, 0;
  const ChainPropagator p = chain_propagator(a, 10.0);
  EXPECT_GE(p.step.minCoeff(), 0.0);
  EXPECT_GE(p.integral.minCoeff(), 0.0);
  const Eigen::Vector3d m0(1.0, 2.0, 3.0);
  const Eigen::Vector3d m = p.step * m0;
  EXPECT_NEAR(m.sum(), 6.0, 1e-14 * 6.0);
  EXPECT_GE(m.minCoeff(), 0.0);
  // M(dt) - M(0) = A x integral (the budget's identity).
  EXPECT_LT((m - m0 - a * (p.integral * m0)).cwiseAbs().maxCoeff(), 1e-13);
}

// ---- the solver's pass ----------------------------------------------------------------------

struct ChainRun {
  std::unique_ptr<test::Column> col;
  TransportProblem problem;
};

// kChain in `order` of the species list of a 4-cell column with specific discharge q (m/d), the
// members at `c0` (mg/L) in every cell.
ChainRun chain(const std::vector<std::size_t>& order, const std::vector<double>& c0, double q = 0.0) {
  ChainRun r{test::column(4, 1.0, q), {}};
  r.problem = test::transport_problem(r.col->grid, kTheta, q > 0.0 ? 0.5 : 0.0);
  r.problem.settings.reactions = ReactionScheme::exact;
  const SpeciesProblem blank = r.problem.species[0];
  r.problem.species.assign(kChain.size(), blank);
  for (std::size_t m = 0; m < kChain.size(); ++m) {
    SpeciesProblem& sp = r.problem.species[order[m]];
    sp.name = kChain[m].name;
    sp.sorption = kChain[m].kd > 0.0 ? SorptionModel::linear : SorptionModel::none;
    sp.kd.assign(4, kChain[m].kd);
    sp.decay_dissolved.assign(4, kChain[m].dissolved);
    sp.decay_sorbed.assign(4, kChain[m].sorbed);
    sp.initial.assign(4, c0[m]);
    if (m > 0)
      sp.reactions.push_back(std::make_shared<ParentProduction>(order[m - 1], kChain[m - 1].name, kChain[m].yield,
                                                                ParentPhases{}));
  }
  return r;
}

double decayed(const MassBudget& b) { return b.find("decay:dissolved")->out + b.find("decay:sorbed")->out; }

// In still water each cell is a batch: Bateman at any step (here 10 d and 40 d steps to 40 d),
// to 1e-11 of each member's value, budgets closed to 1e-9 %, and each production line the
// yield times its parent's decay lines to 1e-12, whatever order the species are declared in.
TEST(ExactReactionsPass, StillWaterIsBatemanAtAnyStep) {
  const std::vector<double> c0 = {10.0, 1.0, 0.0, 0.5};  // mg/L
  std::vector<double> m0;
  for (std::size_t m = 0; m < 4; ++m) m0.push_back(c0[m] * retarded(kChain[m]));  // g per m3 cell
  const std::vector<double> truth = analytical::bateman(bateman_chain(kChain, m0), 40.0);
  for (double step : {10.0, 40.0})
    for (const std::vector<std::size_t>& order : {std::vector<std::size_t>{0, 1, 2, 3}, {2, 0, 3, 1}}) {
      ChainRun r = chain(order, c0);
      r.problem.settings.max_step = step;
      TransportSolver solver(r.problem, r.col->flow, r.col->links);
      solver.advance(40.0, r.col->solution, &r.col->solution);
      for (std::size_t m = 0; m < 4; ++m) {
        const double c = truth[m] / retarded(kChain[m]);
        for (double v : solver.concentration(order[m])) EXPECT_NEAR(v, c, 1e-11 * c) << kChain[m].name << " " << step;
        const MassBudget& b = solver.budget(order[m]);
        EXPECT_LT(std::abs(b.discrepancy_percent), 1e-9) << kChain[m].name;
        // Storage change = lines: the mass held now against the start and the decay and production.
        const double held = b.dissolved_mass + b.sorbed_mass, start = b.initial_dissolved_mass + b.initial_sorbed_mass;
        const double produced = m == 0 ? 0.0 : b.find(std::string("production:") + kChain[m - 1].name)->in;
        EXPECT_NEAR(held - start, produced - decayed(b), 1e-12 * (start + held)) << kChain[m].name;
        EXPECT_NEAR(held, 4.0 * truth[m], 1e-11 * held) << kChain[m].name;
        if (m == 0) continue;
        EXPECT_NEAR(produced, kChain[m].yield * decayed(solver.budget(order[m - 1])), 1e-12 * produced);
      }
    }
}

// A cell holding the parent: the parent stays at its value, its decay there counts and feeds
// the daughter (c_d = y (1 - e^{-kt}) c_p R_p / R_d there with a daughter that does not decay),
// and the holding's line takes the parent's decay: the parent's budget closes.
TEST(ExactReactionsPass, AHeldParentKeepsItsValueAndFeedsItsDaughter) {
  const std::vector<Member> pair = {{"p", 0.1, 0.1, 0.5, 0.0}, {"d", 0.0, 0.0, 0.1, 0.7}};
  ChainRun r{test::column(2, 1.0, 0.0), {}};
  r.problem = test::transport_problem(r.col->grid, kTheta, 0.0);
  r.problem.settings.reactions = ReactionScheme::exact;
  r.problem.settings.max_step = 5.0;
  r.problem.species.assign(2, r.problem.species[0]);
  for (std::size_t m = 0; m < 2; ++m) {
    SpeciesProblem& sp = r.problem.species[m];
    sp.name = pair[m].name;
    sp.sorption = SorptionModel::linear;
    sp.kd.assign(2, pair[m].kd);
    sp.decay_dissolved.assign(2, pair[m].dissolved);
    sp.decay_sorbed.assign(2, pair[m].sorbed);
    sp.initial.assign(2, m == 0 ? 2.0 : 0.0);
  }
  r.problem.species[0].fixed = {test::held("source", {0}, 2.0)};
  r.problem.species[1].reactions.push_back(std::make_shared<ParentProduction>(0, "p", 0.7, ParentPhases{}));
  TransportSolver solver(r.problem, r.col->flow, r.col->links);
  solver.advance(20.0, r.col->solution, &r.col->solution);
  EXPECT_EQ(solver.concentration(0)[0], 2.0);
  EXPECT_NEAR(solver.concentration(0)[1], 2.0 * std::exp(-0.1 * 20.0), 1e-12);
  const double rp = retarded(pair[0]), rd = retarded(pair[1]);
  EXPECT_NEAR(solver.concentration(1)[0], 0.7 * 0.1 * 20.0 * 2.0 * rp / rd, 1e-12);  // constant production
  EXPECT_NEAR(solver.concentration(1)[1], 0.7 * (1.0 - std::exp(-0.1 * 20.0)) * 2.0 * rp / rd, 1e-12);
  const MassBudget& p = solver.budget(0);
  EXPECT_LT(std::abs(p.discrepancy_percent), 1e-9);
  EXPECT_NEAR(p.find("concentration:source")->in, 0.1 * 20.0 * 2.0 * rp, 1e-12);
  EXPECT_NEAR(solver.budget(1).find("production:p")->in, 0.7 * decayed(p), 1e-12);
  EXPECT_LT(std::abs(solver.budget(1).discrepancy_percent), 1e-9);
}

// In moving water (a column with an inflow held at 1 mg/L of the parent) every species' budget
// closes to the solver's tolerance, production is yield x decay, and nothing goes negative.
TEST(ExactReactionsPass, MovingWaterBudgetsClose) {
  ChainRun r = chain({0, 1, 2, 3}, {0.0, 0.0, 0.0, 0.0}, 0.3);
  r.problem.species[0].fixed = {test::held("inlet", {0}, 1.0)};
  for (auto weighting : {TimeWeighting::implicit, TimeWeighting::crank_nicolson}) {
    r.problem.settings.weighting = weighting;
    r.problem.settings.max_step = 2.0;
    TransportSolver solver(r.problem, r.col->flow, r.col->links);
    solver.advance(30.0, r.col->solution, &r.col->solution);
    for (std::size_t m = 0; m < 4; ++m) {
      const MassBudget& b = solver.budget(m);
      EXPECT_LT(std::abs(b.discrepancy_percent), 1e-6) << kChain[m].name;
      for (double v : solver.concentration(m)) EXPECT_GE(v, 0.0) << kChain[m].name;
      if (m > 0) {
        const double produced = b.find(std::string("production:") + kChain[m - 1].name)->in;
        EXPECT_GT(produced, 0.0);
        EXPECT_NEAR(produced, kChain[m].yield * decayed(solver.budget(m - 1)), 1e-12 * produced);
      }
    }
  }
}

TEST(ExactReactionsPass, NonlinearSorptionOfAMemberIsRefused) {
  ChainRun r = chain({0, 1, 2, 3}, {1.0, 0.0, 0.0, 0.0});
  r.problem.species[2].sorption = SorptionModel::freundlich;
  r.problem.species[2].exponent.assign(4, 0.8);
  EXPECT_THROW(TransportSolver(r.problem, r.col->flow, r.col->links), std::invalid_argument);
}

}  // namespace
}  // namespace gwp::solver
