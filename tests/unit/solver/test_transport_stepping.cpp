// How the transport solver divides time (Courant, stability, max_step, schedule changes), how
// it fails (bad input, solver failure), and a model large enough for the block factorisation.
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "core/errors.hpp"
#include "test_transport_models.hpp"

namespace gwp::solver {
namespace {

// 50 cells of 1 m, theta 0.25, v = 1 m/d; counts the steps of one advance to t_end.
int steps_to(TransportProblem p, const test::Column& col, double t_end, std::vector<double>* times = nullptr) {
  TransportSolver solver(p, col.flow, col.links);
  int steps = 0;
  solver.advance(t_end, col.solution, nullptr, [&](double t) {
    ++steps;
    if (times) times->push_back(t);
  });
  EXPECT_DOUBLE_EQ(solver.time(), t_end);
  return steps;
}

TEST(TransportStepping, CourantLimitCountsRetardation) {
  // A cell's residence time is theta V R / Q_out = 0.25 x 1 x R / 0.25 = R days. At
  // max_courant 0.5 over 10 d: 20 steps without sorption, 7 with R = 3 (10 / 1.5 = 6.7).
  auto col = test::column(50, 1.0, 0.25);
  TransportProblem p = test::transport_problem(col->grid, 0.25, 0.5);
  p.settings.max_courant = 0.5;
  EXPECT_EQ(steps_to(p, *col, 10.0), 20);
  p.species[0].sorption = SorptionModel::linear;
  p.species[0].kd.assign(50, 2.0 * 0.25 / 1.7);  // rho_b Kd / theta = 2
  EXPECT_EQ(steps_to(p, *col, 10.0), 7);
  // Implicit steps without a Courant limit take max_step.
  p.settings.max_courant = 0.0;
  p.settings.max_step = 4.0;
  EXPECT_EQ(steps_to(p, *col, 10.0), 3);
}

TEST(TransportStepping, ImplicitStepsHaveNoCourantLimitUnlessAsked) {
  // The default (max_courant 0) of implicit weighting takes max_step whatever the water does;
  // explicit and Crank-Nicolson weighting keep a Courant limit of 1 (1 d here).
  auto col = test::column(50, 1.0, 0.25);
  TransportProblem p = test::transport_problem(col->grid, 0.25, 0.0);
  p.settings.max_courant = 0.0;
  p.settings.max_step = 5.0;
  EXPECT_EQ(courant_target(p.settings), 0.0);
  EXPECT_EQ(steps_to(p, *col, 10.0), 2);
  p.settings.weighting = TimeWeighting::crank_nicolson;
  EXPECT_EQ(courant_target(p.settings), 1.0);
  EXPECT_EQ(steps_to(p, *col, 10.0), 10);
}

TEST(TransportStepping, StepLimitNamesTheCellThatSetsIt) {
  // Cell 17 holds half the water of the others (porosity 0.125): at max_courant 1 its water is
  // replaced in 0.125 / 0.25 = 0.5 d, the shortest time of the column, so it sets the limit.
  auto col = test::column(50, 1.0, 0.25);
  TransportProblem p = test::transport_problem(col->grid, 0.25, 0.0);
  p.porosity[17] = 0.125;
  p.settings.max_courant = 1.0;
  TransportSolver solver(p, col->flow, col->links);
  const StepLimit limit = solver.step_limit_to(10.0, col->solution);
  EXPECT_EQ(limit.kind, StepLimit::Kind::courant);
  EXPECT_EQ(limit.cell, 17);
  EXPECT_NEAR(limit.length, 0.5, 1e-12);
  // A max_step shorter than that is what limits.
  p.settings.max_step = 0.25;
  TransportSolver capped(p, col->flow, col->links);
  const StepLimit by_key = capped.step_limit_to(10.0, col->solution);
  EXPECT_EQ(by_key.kind, StepLimit::Kind::max_step);
  EXPECT_EQ(by_key.length, 0.25);
}

TEST(TransportStepping, AccuracyScheduleSetsTheStepsOfEachInterval) {
  // step_limit of 1 d before day 4 and 3 d after: 4 steps to day 4, then 2 of 3 d to day 10.
  auto col = test::column(50, 1.0, 0.25);
  TransportProblem p = test::transport_problem(col->grid, 0.25, 0.0);
  p.settings.max_courant = 0.0;
  p.settings.step_limit = Schedule{{0.0, 4.0}, {1.0, 3.0}};
  std::vector<double> times;
  EXPECT_EQ(steps_to(p, *col, 10.0, &times), 6);
  EXPECT_NEAR(times[3], 4.0, 1e-12);
}

TEST(TransportStepping, ExplicitStepsKeepTheOldCoefficientsPositive) {
  // Explicit weighting: theta V / dt must cover the outflow and the dispersion conductances of
  // a cell: g = theta aL v A / d = 0.25 x 0.5 x 1 / 1 = 0.125 m3/d per link, so X = 0.25 + 2 x
  // 0.125 = 0.5 m3/d and dt <= 0.25 / 0.5 = 0.5 d (max_courant 1 allows 1 d): 20 steps over
  // 10 d; the solution stays within the data.
  auto col = test::column(50, 1.0, 0.25);
  TransportProblem p = test::transport_problem(col->grid, 0.25, 0.5);
  p.settings.weighting = TimeWeighting::explicit_;
  p.settings.max_courant = 1.0;
  p.species[0].term_concentration = {test::source(1.0), test::source(0.0)};
  EXPECT_EQ(steps_to(p, *col, 10.0), 20);
  TransportSolver solver(p, col->flow, col->links);
  test::run_steady(solver, col->solution, 10.0);
  for (double c : solver.concentration(0)) {
    EXPECT_GE(c, -1e-12);
    EXPECT_LE(c, 1.0 + 1e-12);
  }
  EXPECT_LT(std::abs(solver.budget(0).discrepancy_percent), 1e-3);
}

TEST(TransportStepping, StepsEndWhereASourceConcentrationChanges) {
  auto col = test::column(50, 1.0, 0.25);
  TransportProblem p = test::transport_problem(col->grid, 0.25, 0.5);
  p.settings.max_step = 2.0;
  SourceConcentration pulse;
  pulse.base = Schedule{{0.0, 3.3}, {1.0, 0.0}};
  p.species[0].term_concentration = {pulse, test::source(0.0)};
  std::vector<double> times;
  EXPECT_EQ(steps_to(p, *col, 10.0, &times), 6);  // 2 steps to 3.3, 4 to 10
  EXPECT_NEAR(times[1], 3.3, 1e-12);
}

TEST(TransportStepping, AdvancingStopsAtTheEndAndNeverGoesBack) {
  auto col = test::column(20, 1.0, 0.25);
  TransportProblem p = test::transport_problem(col->grid, 0.25, 0.5);
  p.settings.max_step = 1.0;
  TransportSolver solver(p, col->flow, col->links);
  solver.advance(5.0, col->solution, nullptr);
  int steps = 0;
  solver.advance(5.0, col->solution, nullptr, [&](double) { ++steps; });
  EXPECT_EQ(steps, 0);
  EXPECT_THROW(solver.advance(4.0, col->solution, nullptr), std::invalid_argument);
}

TEST(TransportStepping, LinearSolverFailureNamesSpeciesAndTime) {
  // One iteration cannot reach a relative residual of 1e-15 on a 2-D problem with dispersion,
  // with any of the three solvers.
  Grid g = test::make_grid(20, 20, 1, 5.0, 5.0, 0.0, 1.0);
  FlowProblem flow = test::make_problem(g, LayerType::confined, 10.0, 10.0, 0.0, 0.0, 0.0);
  flow.terms = {test::fixed_head("west", {g.index(0, 0, 0), g.index(0, 10, 0)}, 1.0),
                test::fixed_head("east", {g.index(0, 19, 19)}, 0.0)};
  FlowSolver flow_solver(flow);
  const FlowSolution s = flow_solver.solve(0.0, 0.0);
  TransportProblem p = test::transport_problem(g, 0.25, 2.0);
  p.species[0].name = "thallium";
  p.species[0].term_concentration = {test::source(1.0), test::source(0.0)};
  p.settings.max_step = 5.0;
  p.settings.max_linear_iterations = 1;
  p.settings.linear_tolerance = 1e-15;
  TransportSolver solver(p, flow, flow_solver.connections());
  try {
    solver.advance(5.0, s, nullptr);
    FAIL() << "no failure";
  } catch (const ModelFailure& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("thallium"), std::string::npos) << what;
    EXPECT_NE(what.find("t = 0 d to 5 d"), std::string::npos) << what;
    EXPECT_NE(what.find("linear solve"), std::string::npos) << what;
  }
}

TEST(TransportStepping, BadInputIsRejectedBeforeSolving) {
  auto col = test::column(10, 1.0, 0.25);
  TransportProblem p = test::transport_problem(col->grid, 0.25, 0.5);
  p.porosity[3] = 0.0;
  EXPECT_THROW(TransportSolver(p, col->flow, col->links), std::invalid_argument);
  p = test::transport_problem(col->grid, 0.25, 0.5);
  p.species[0].sorption = SorptionModel::linear;  // no Kd
  EXPECT_THROW(TransportSolver(p, col->flow, col->links), std::invalid_argument);
  p = test::transport_problem(col->grid, 0.25, 0.5);
  p.species[0].term_concentration = {test::source(1.0)};  // two flow terms
  EXPECT_THROW(TransportSolver(p, col->flow, col->links), std::invalid_argument);
  p = test::transport_problem(col->grid, 0.25, 0.5);
  p.species[0].fixed = {test::held("outside", {10}, 1.0)};
  EXPECT_THROW(TransportSolver(p, col->flow, col->links), std::invalid_argument);
}

TEST(TransportStepping, LargeModelSolvesWithTheBlockFactorisation) {
  // 120 x 120 x 4 cells (above the size at which the incomplete factorisation splits into two
  // blocks that can run in parallel), flow west to east with a landfill on top: a few implicit
  // tvd steps stay bounded, conserve mass and agree with the mass that entered.
  Grid g = test::make_grid(120, 120, 4, 10.0, 10.0, 20.0, 5.0);
  FlowProblem flow = test::make_problem(g, LayerType::confined, 20.0, 2.0, 1e-5, 0.2, 10.0);
  std::vector<std::int64_t> west, east, top;
  for (int k = 0; k < 4; ++k)
    for (int i = 0; i < 120; ++i) {
      west.push_back(g.index(k, i, 0));
      east.push_back(g.index(k, i, 119));
    }
  for (int i = 50; i < 70; ++i)
    for (int j = 20; j < 40; ++j) top.push_back(g.index(0, i, j));
  FlowTerm leak = test::recharge(g, top, 1e-3);
  leak.kind = TermKind::landfill;
  flow.terms = {test::fixed_head("west", west, 12.0), test::fixed_head("east", east, 9.0), leak};
  FlowSolver flow_solver(flow);
  const FlowSolution s = flow_solver.solve(0.0, 0.0);
  TransportProblem p = test::transport_problem(g, 0.25, 10.0);
  p.settings.max_step = 50.0;
  p.species[0].term_concentration = {test::source(0.0), test::source(0.0), test::source(1000.0)};
  TransportSolver solver(p, flow, flow_solver.connections());
  test::run_steady(solver, s, 150.0);
  const MassBudget& b = solver.budget(0);
  EXPECT_LT(std::abs(b.discrepancy_percent), 1e-3);
  // 1e-3 m/d over 200 m x 200 m at 1000 mg/L for 150 d: 6e6 g entered; none has left yet.
  ASSERT_NE(b.find("landfill:rain"), nullptr);
  EXPECT_NEAR(b.find("landfill:rain")->in, 6e6, 1e-9 * 6e6);
  EXPECT_NEAR(b.dissolved_mass, 6e6, 1e-6 * 6e6);
  for (double c : solver.concentration(0)) {
    EXPECT_GE(c, -1e-12);
    EXPECT_LE(c, 1000.0 * (1.0 + 1e-12));
  }
}

}  // namespace
}  // namespace gwp::solver
