// Reaction chains: a daughter species produced by its parents' first-order decay
// (parent_production.hpp), and the order species take a step in (species_order.hpp).
// In still water every cell is a batch. The solver's chain must then follow, to round-off, the
// same time discretisation as decay itself applied to the coupled equations of the chain
//   R_i dc_i/dt = -k_i R_i c_i + y_i k_{i-1} R_{i-1} c_{i-1}
// (decay of both phases, linear sorption R = 1 + rho_b Kd / theta): with implicit steps
//   R_i (c_i' - c_i) = dt (-k_i R_i c_i' + y_i k_{i-1} R_{i-1} c_{i-1}'),
// the parent's new concentration feeding its daughter in the same step. How close that comes to
// Bateman's exact solution is tests/verification's question (and first order in dt).
#include <gtest/gtest.h>

#include <cmath>
#include <memory>

#include "solver/transport/parent_production.hpp"
#include "solver/transport/species_order.hpp"
#include "test_transport_models.hpp"

namespace gwp::solver {
namespace {

constexpr double kTheta = 0.25;  // -
constexpr double kRho = 1.7;     // kg/L, test::transport_problem's bulk density

struct Member {
  const char* name;
  double rate;   // 1/d, both phases
  double kd;     // L/kg
  double yield;  // g/g from the member before (unused for the first)
};

// A chain of still-water species in a 4-cell column, the first at 10 mg/L, in `order` of the
// species list (the chain's member m is species order[m]).
struct ChainRun {
  std::unique_ptr<test::Column> col;
  TransportProblem problem;
};

ChainRun chain(const std::vector<Member>& members, const std::vector<std::size_t>& order, double c0,
               ParentPhases phases = {}) {
  ChainRun r{test::column(4, 1.0, 0.0), {}};
  r.problem = test::transport_problem(r.col->grid, kTheta, 0.0);
  const SpeciesProblem blank = r.problem.species[0];
  r.problem.species.assign(members.size(), blank);
  for (std::size_t m = 0; m < members.size(); ++m) {
    SpeciesProblem& sp = r.problem.species[order[m]];
    sp.name = members[m].name;
    sp.sorption = members[m].kd > 0.0 ? SorptionModel::linear : SorptionModel::none;
    sp.kd.assign(4, members[m].kd);
    sp.decay_dissolved.assign(4, members[m].rate);
    sp.decay_sorbed.assign(4, members[m].rate);
    sp.initial.assign(4, m == 0 ? c0 : 0.0);
    if (m > 0)
      sp.reactions.push_back(
          std::make_shared<ParentProduction>(order[m - 1], members[m - 1].name, members[m].yield, phases));
  }
  return r;
}

double retardation(const Member& m) { return 1.0 + kRho * m.kd / kTheta; }

const std::vector<Member> kChain = {{"a", 0.20, 0.0, 0.0}, {"b", 0.05, 0.5, 0.8},
                                    {"c", 0.12, 0.1, 0.6}, {"d", 0.0, 0.2, 1.0}};

TEST(TransportChain, StillWaterFollowsTheImplicitRecursionOfTheChain) {
  constexpr double kEnd = 30.0, kC0 = 10.0;  // d, mg/L
  for (const std::vector<std::size_t>& order : {std::vector<std::size_t>{0, 1, 2, 3}, {3, 2, 1, 0}, {2, 0, 3, 1}}) {
    ChainRun r = chain(kChain, order, kC0);
    r.problem.settings.max_step = 0.5;
    TransportSolver solver(r.problem, r.col->flow, r.col->links);
    int steps = 0;
    solver.advance(kEnd, r.col->solution, &r.col->solution, [&](double) { ++steps; });
    const double dt = kEnd / steps;

    std::vector<double> c = {kC0, 0.0, 0.0, 0.0}, decayed(4, 0.0);  // mg/L; g per 1 m3 cell
    for (int n = 0; n < steps; ++n) {
      double produced = 0.0;  // g per m3 of aquifer over the step, from the member before
      for (std::size_t m = 0; m < 4; ++m) {
        const double rt = kTheta * retardation(kChain[m]);  // g per m3 of aquifer per mg/L
        c[m] = (rt * c[m] + kChain[m].yield * produced) / (rt * (1.0 + kChain[m].rate * dt));
        produced = kChain[m].rate * dt * rt * c[m];
        decayed[m] += produced;
      }
    }
    for (std::size_t m = 0; m < 4; ++m) {
      for (double v : solver.concentration(order[m])) EXPECT_NEAR(v, c[m], 1e-12 * kC0) << kChain[m].name;
      const MassBudget& b = solver.budget(order[m]);
      EXPECT_LT(std::abs(b.discrepancy_percent), 1e-9) << kChain[m].name;
      const double lost = b.find("decay:dissolved")->out + b.find("decay:sorbed")->out;
      EXPECT_NEAR(lost, 4 * decayed[m], 1e-10 * kC0) << kChain[m].name;
      if (m == 0) continue;
      // The daughter's production line is the yield times its parent's decay lines.
      const MassBudget& parent = solver.budget(order[m - 1]);
      const MassBudgetLine* production = b.find(std::string("production:") + kChain[m - 1].name);
      ASSERT_NE(production, nullptr);
      EXPECT_EQ(production->category, MassTerm::reaction);
      EXPECT_EQ(production->out, 0.0);
      EXPECT_NEAR(production->in,
                  kChain[m].yield * (parent.find("decay:dissolved")->out + parent.find("decay:sorbed")->out),
                  1e-12 * production->in);
    }
  }
}

// Only the parent's dissolved decay produces: with the parent sorbing (R = 4.4), the daughter
// gains yield k theta c per unit volume instead of yield k theta R c.
TEST(TransportChain, APhaseLinkTakesOnlyThatPhase) {
  const std::vector<Member> pair = {{"p", 0.1, 0.5, 0.0}, {"d", 0.0, 0.0, 1.0}};
  ChainRun r = chain(pair, {0, 1}, 1.0, ParentPhases{true, false});
  r.problem.settings.max_step = 1.0;
  TransportSolver solver(r.problem, r.col->flow, r.col->links);
  solver.advance(20.0, r.col->solution, &r.col->solution);
  const MassBudget& parent = solver.budget(0);
  const MassBudget& daughter = solver.budget(1);
  EXPECT_GT(parent.find("decay:sorbed")->out, 2.0 * parent.find("decay:dissolved")->out);
  EXPECT_NEAR(daughter.find("production:p")->in, parent.find("decay:dissolved")->out, 1e-12);
  EXPECT_NEAR(daughter.dissolved_mass, parent.find("decay:dissolved")->out, 1e-12);
}

// A parent whose decay differs from cell to cell (as a zone gives it) produces in each cell
// what it loses there.
TEST(TransportChain, ProductionFollowsTheParentsLocalDecay) {
  const std::vector<Member> pair = {{"p", 0.1, 0.0, 0.0}, {"d", 0.0, 0.0, 0.5}};
  ChainRun r = chain(pair, {0, 1}, 2.0);
  r.problem.species[0].decay_dissolved = {0.0, 0.05, 0.1, 0.4};
  r.problem.species[0].decay_sorbed = r.problem.species[0].decay_dissolved;
  r.problem.settings.max_step = 1.0;
  TransportSolver solver(r.problem, r.col->flow, r.col->links);
  solver.advance(10.0, r.col->solution, &r.col->solution);
  for (std::size_t n = 0; n < 4; ++n)
    EXPECT_NEAR(solver.concentration(1)[n], 0.5 * (2.0 - solver.concentration(0)[n]), 1e-12) << n;
  EXPECT_EQ(solver.concentration(1)[0], 0.0);
}

TEST(SpeciesOrder, ParentsComeFirstAndTheRestKeepTheirOrder) {
  const std::vector<std::string> names = {"a", "b", "c", "d", "e"};
  EXPECT_EQ(species_order({{}, {}, {}, {}, {}}, names), (std::vector<std::size_t>{0, 1, 2, 3, 4}));
  // b reads d, d reads e; a and c read nothing.
  EXPECT_EQ(species_order({{}, {3}, {}, {4}, {}}, names), (std::vector<std::size_t>{0, 2, 4, 3, 1}));
  // Two parents of one daughter.
  EXPECT_EQ(species_order({{1, 2}, {}, {}}, {"x", "y", "z"}), (std::vector<std::size_t>{1, 2, 0}));
}

TEST(SpeciesOrder, CyclesAndBadIndicesAreRefused) {
  EXPECT_THROW(species_order({{1}, {0}}, {"a", "b"}), std::invalid_argument);
  EXPECT_THROW(species_order({{0}}, {"a"}), std::invalid_argument);
  EXPECT_THROW(species_order({{5}}, {"a"}), std::invalid_argument);
  // The solver refuses such a problem when it is built.
  ChainRun r = chain({{"a", 0.1, 0.0, 0.0}, {"b", 0.1, 0.0, 1.0}}, {0, 1}, 1.0);
  r.problem.species[0].reactions.push_back(std::make_shared<ParentProduction>(1, "b", 1.0, ParentPhases{}));
  EXPECT_THROW(TransportSolver(r.problem, r.col->flow, r.col->links), std::invalid_argument);
  EXPECT_THROW(ParentProduction(0, "a", 0.0, ParentPhases{}), std::invalid_argument);
}

}  // namespace
}  // namespace gwp::solver
