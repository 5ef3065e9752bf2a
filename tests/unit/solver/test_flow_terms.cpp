// Head-dependent boundaries, extra connections and schedules inside a solve, checked against
// hand solutions of two or three cells in series.
#include <gtest/gtest.h>

#include <cmath>

#include "problem_builders.hpp"
#include "solver/flow/flow_solver.hpp"

namespace gwp::solver {
namespace {

// Two confined cells 10 m apart (10 x 10 x 10 m, K = 1 m/d): link conductance 10 m2/d. The
// first is held at `h0`; the second carries `term`.
FlowSolution two_cells(double h0, FlowTerm term, double start = 10.0) {
  const Grid g = test::make_grid(2, 1, 1, 10.0, 10.0, 10.0, 10.0);
  FlowProblem p = test::make_problem(g, LayerType::confined, 1.0, 1.0, 0.0, 0.0, start);
  term.cells = {1};
  p.terms = {test::fixed_head("west", {0}, h0), term};
  FlowSolver solver(p);
  return solver.solve(0.0, 0.0);
}

FlowTerm head_term(TermKind kind, double level, double conductance, double bottom = -1e30) {
  FlowTerm t;
  t.name = "b";
  t.kind = kind;
  t.level = Schedule::constant(level);
  t.conductance = {conductance};
  t.bottom = {bottom};
  return t;
}

TEST(FlowTerms, RiverAboveItsBedIsAGeneralHead) {
  // h1 = (10 * 10 + 10 * 5) / (10 + 10) = 7.5 m; the river takes 10 (5 - 7.5) = -25 m3/d.
  const FlowSolution s = two_cells(10.0, head_term(TermKind::river, 5.0, 10.0, 4.0));
  EXPECT_NEAR(s.head[1], 7.5, 1e-9);
  EXPECT_NEAR(s.term_flow[1][0], -25.0, 1e-8);
  EXPECT_NEAR(s.term_flow[0][0], 25.0, 1e-8);
  EXPECT_LT(std::abs(s.budget.discrepancy_percent), 1e-3);
}

TEST(FlowTerms, RiverLeakageIsLimitedWhenTheHeadFallsBelowItsBed) {
  // Start at 10 m (river gaining); the answer lies below the 4 m bed bottom, where the river
  // leaks C (stage - bottom) = 1 m3/d, so h1 = 0 + 1 / 10 = 0.1 m. Newton must switch branch.
  const FlowSolution s = two_cells(0.0, head_term(TermKind::river, 5.0, 1.0, 4.0));
  EXPECT_NEAR(s.head[1], 0.1, 1e-9);
  EXPECT_NEAR(s.term_flow[1][0], 1.0, 1e-9);
  EXPECT_GE(s.outer_iterations, 2);
  EXPECT_LT(std::abs(s.budget.discrepancy_percent), 1e-3);
}

TEST(FlowTerms, DrainOnlyActsAboveItsLevel) {
  // Above: h1 = (10 * 10 + 10 * 6) / 20 = 8 m, drain flow 10 (6 - 8) = -20 m3/d.
  const FlowSolution wet = two_cells(10.0, head_term(TermKind::drain, 6.0, 10.0));
  EXPECT_NEAR(wet.head[1], 8.0, 1e-9);
  EXPECT_NEAR(wet.term_flow[1][0], -20.0, 1e-8);
  // Below: the drain is off and the cell takes the fixed head.
  const FlowSolution off = two_cells(5.0, head_term(TermKind::drain, 6.0, 10.0));
  EXPECT_NEAR(off.head[1], 5.0, 1e-9);
  EXPECT_EQ(off.term_flow[1][0], 0.0);
}

TEST(FlowTerms, GeneralHeadInSeries) {
  // h1 = (10 * 10 + 30 * 2) / 40 = 4 m; q = 30 (2 - 4) = -60 m3/d.
  const FlowSolution s = two_cells(10.0, head_term(TermKind::general_head, 2.0, 30.0));
  EXPECT_NEAR(s.head[1], 4.0, 1e-9);
  EXPECT_NEAR(s.term_flow[1][0], -60.0, 1e-8);
  EXPECT_LT(std::abs(s.budget.discrepancy_percent), 1e-3);
}

TEST(FlowTerms, AbandonedWellJoinsLayersAndIsPluggedOnSchedule) {
  // 3 columns x 2 layers of 10 m cells, K = 1 m/d horizontally (C = 10 m2/d per link), no
  // vertical conductivity. Layer 1 column 1 held at 10 m, layer 2 column 3 held at 0 m; a bore
  // joins the middle column's two cells with C = 5 m2/d until t = 100 d, 1e-3 m2/d after.
  // Series: Q = 10 / (1/10 + 1/5 + 1/10) = 25 m3/d, then 10 / (0.2 + 1000) m3/d.
  const Grid g = test::make_grid(3, 1, 2, 10.0, 10.0, 20.0, 10.0);
  FlowProblem p = test::make_problem(g, LayerType::confined, 1.0, 0.0, 0.0, 0.0, 5.0);
  p.terms = {test::fixed_head("upper", {g.index(0, 0, 0)}, 10.0),
             test::fixed_head("lower", {g.index(1, 0, 2)}, 0.0)};
  ConnectionGroup bore;
  bore.name = "abandoned_well:AW-1";
  bore.n = {g.index(0, 0, 1)};
  bore.m = {g.index(1, 0, 1)};
  bore.state_times = {0.0, 100.0};
  bore.conductance = {{5.0}, {1e-3}};
  p.extra_connections = {bore};
  FlowSolver solver(p);

  const FlowSolution open = solver.solve(0.0, 0.0);
  EXPECT_NEAR(open.extra_flow[0][0], 25.0, 1e-8);
  EXPECT_NEAR(open.head[std::size_t(g.index(0, 0, 1))], 7.5, 1e-9);
  const BudgetLine* line = test::find_line(open.budget, "abandoned_well:AW-1");
  ASSERT_NE(line, nullptr);
  EXPECT_NEAR(line->inflow, 25.0, 1e-8);   // into the lower aquifer
  EXPECT_NEAR(line->outflow, 25.0, 1e-8);  // out of the upper one
  EXPECT_LT(std::abs(open.budget.discrepancy_percent), 1e-3);

  const FlowSolution plugged = solver.solve(200.0, 0.0);
  EXPECT_NEAR(plugged.extra_flow[0][0], 10.0 / (0.2 + 1000.0), 1e-10);
  EXPECT_EQ(p.forcing_changes(0.0, 300.0), std::vector<double>{100.0});
}

TEST(FlowTerms, TransientStepReadsForcingDuringTheStep) {
  // One confined cell (Ss A b = 1e-3 * 100 * 10 = 1 m2) fed 10 m3/d from t = 1 d on. The step
  // (0, 1] sees no inflow; the step (1, 2] raises the head by 10 * 1 / 1 = 10 m.
  const Grid g = test::make_grid(1, 1, 1, 10.0, 10.0, 10.0, 10.0);
  FlowProblem p = test::make_problem(g, LayerType::confined, 1.0, 1.0, 1e-3, 0.0, 3.0);
  p.settings.mode = FlowMode::transient;
  FlowTerm feed;
  feed.name = "feed";
  feed.kind = TermKind::flux;
  feed.cells = {0};
  feed.rate = Schedule{{0.0, 1.0}, {0.0, 10.0}};
  p.terms = {feed};
  FlowSolver solver(p);
  EXPECT_NEAR(solver.solve(1.0, 1.0).head[0], 3.0, 1e-12);
  const FlowSolution s = solver.solve(2.0, 1.0);
  EXPECT_NEAR(s.head[0], 13.0, 1e-9);
  EXPECT_NEAR(s.storage_flow[0], -10.0, 1e-9);
  EXPECT_LT(std::abs(s.budget.discrepancy_percent), 1e-3);
}

TEST(FlowTerms, CellHeldByTwoFixedHeadTermsBelongsToTheLast) {
  const Grid g = test::make_grid(2, 1, 1, 10.0, 10.0, 10.0, 10.0);
  FlowProblem p = test::make_problem(g, LayerType::confined, 1.0, 1.0, 0.0, 0.0, 0.0);
  p.terms = {test::fixed_head("first", {0}, 1.0), test::fixed_head("second", {0}, 3.0),
             test::fixed_head("east", {1}, 0.0)};
  FlowSolver solver(p);
  const FlowSolution s = solver.solve(0.0, 0.0);
  EXPECT_EQ(s.head[0], 3.0);
  EXPECT_EQ(s.term_flow[0][0], 0.0);
  EXPECT_NEAR(s.term_flow[1][0], 30.0, 1e-9);  // 10 m2/d * 3 m
  EXPECT_LT(std::abs(s.budget.discrepancy_percent), 1e-3);
}

TEST(FlowTerms, InactiveCellsAreMarkedAndTermsOnThemRejected) {
  Grid g = test::make_grid(3, 1, 1, 10.0, 10.0, 10.0, 10.0);
  g.active[2] = 0;
  FlowProblem p = test::make_problem(g, LayerType::confined, 1.0, 1.0, 0.0, 0.0, 0.0);
  p.terms = {test::fixed_head("west", {0}, 2.0)};
  FlowSolver solver(p);
  const FlowSolution s = solver.solve(0.0, 0.0);
  EXPECT_EQ(s.head[2], kInactiveHead);
  EXPECT_NEAR(s.head[1], 2.0, 1e-12);
  p.terms.push_back(test::well("PW", {2}, -1.0));
  EXPECT_THROW(FlowSolver bad(p), std::invalid_argument);
}

}  // namespace
}  // namespace gwp::solver
