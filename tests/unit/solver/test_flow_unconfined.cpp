// Convertible (unconfined) layers: Dupuit flow with recharge, specific-yield storage, cells
// going dry under pumping, and the failure when Newton's method is not given enough
// iterations.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "core/errors.hpp"
#include "problem_builders.hpp"
#include "solver/flow/convergence.hpp"
#include "solver/flow/flow_solver.hpp"
#include "solver/flow/flow_system.hpp"

namespace gwp::solver {
namespace {

// 1D unconfined strip: `cells` cells of `dx` m between two fixed-head cells, bottom 0, top
// 20 m, K = 10 m/d; heads held at 10 m (first cell) and 8 m (last cell); recharge R on the
// cells between.
struct Dupuit {
  static constexpr double k = 10.0, r = 1e-3, h0 = 10.0, hl = 8.0;
  int cells;
  double dx;
  Grid grid;
  FlowProblem problem;
  Dupuit(int cells_ = 100, double dx_ = 10.0)
      : cells(cells_), dx(dx_), grid(test::make_grid(cells_ + 2, 1, 1, dx_, 10.0, 20.0, 20.0)) {
    problem = test::make_problem(grid, LayerType::convertible, k, k, 0.0, 0.2, 9.0);
    std::vector<std::int64_t> inner;
    for (int j = 1; j <= cells; ++j) inner.push_back(j);
    problem.terms = {test::fixed_head("west", {0}, h0), test::fixed_head("east", {cells + 1}, hl),
                     test::recharge(grid, inner, r)};
  }
  // Dupuit: (K / 2) d2(h^2)/dx2 = -R(x), x from the first cell centre to the last one at L;
  // recharge falls on [a, L - a] with a = dx / 2 (the fixed cells' halves get none).
  double head(double x) const {
    const double length = (cells + 1) * dx, a = 0.5 * dx;
    auto loaded = [&](double s) {  // integral_0^s (s - u) R(u) du
      const double in = std::max(0.0, s - a), past = std::max(0.0, s - (length - a));
      return r * (in * in - past * past) / 2.0;
    };
    const double c = (hl * hl - h0 * h0 + 2.0 / k * loaded(length)) / length;
    return std::sqrt(h0 * h0 + c * x - 2.0 / k * loaded(x));
  }
  // Largest |h - h_Dupuit| over the cell centres (m), and the budget discrepancy (%).
  std::pair<double, double> solve_and_compare() const {
    FlowSolver solver(problem);
    const FlowSolution s = solver.solve(0.0, 0.0);
    double worst = 0.0;
    for (int j = 0; j < cells + 2; ++j)
      worst = std::max(worst, std::abs(s.head[std::size_t(j)] - head(dx * j)));
    return {worst, s.budget.discrepancy_percent};
  }
};

TEST(FlowUnconfined, DupuitWithRechargeMatchesTheParabola) {
  // The MODFLOW 6 Newton scheme weights transmissivity by the upstream saturated thickness,
  // K h_up instead of K (h_i + h_j) / 2 between two nodes: a first-order error, half the head
  // drop between nodes (<= 0.07 m here) relative to h (~10 m). On 100 cells of 10 m it leaves
  // 3.8e-3 m on the 1.4 m recharge mound, so the tolerance is 5e-3 m; halving the cells must
  // halve the error (first order: ratio 0.5, allowed up to 0.6).
  const auto [coarse, coarse_budget] = Dupuit(100, 10.0).solve_and_compare();
  const auto [fine, fine_budget] = Dupuit(200, 5.0).solve_and_compare();
  EXPECT_LT(coarse, 5e-3);
  EXPECT_LT(fine, 0.6 * coarse);
  EXPECT_LT(std::abs(coarse_budget), 1e-3);
  EXPECT_LT(std::abs(fine_budget), 1e-3);
}

TEST(FlowUnconfined, NoConvergenceNamesTheWorstCell) {
  Dupuit d;
  d.problem.settings.max_outer_iterations = 1;
  FlowSolver solver(d.problem);
  try {
    solver.solve(0.0, 0.0);
    FAIL() << "one Newton iteration cannot converge from a flat 9 m start";
  } catch (const ModelFailure& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("did not converge"), std::string::npos) << what;
    EXPECT_NE(what.find("(layer 1, row 1, column "), std::string::npos) << what;
    EXPECT_NE(what.find("t = 0 d"), std::string::npos) << what;
  }
}

TEST(FlowUnconfined, SpecificYieldStorageFillsTheCell) {
  // One isolated cell, 100 m2, bottom 0, top 10 m, Sy = 0.25, head 4 m, recharge 0.05 m/d for
  // a 2 d step: the water table rises by R dt / Sy = 0.4 m, exactly but for the saturation
  // smoothing, which steepens S by 1 / (1 - 1e-6): tolerance 1e-6 relative.
  Grid g = test::make_grid(1, 1, 1, 10.0, 10.0, 10.0, 10.0);
  FlowProblem p = test::make_problem(g, LayerType::convertible, 1.0, 1.0, 0.0, 0.25, 4.0);
  p.settings.mode = FlowMode::transient;
  p.terms = {test::recharge(g, {0}, 0.05)};
  FlowSolver solver(p);
  const FlowSolution s = solver.solve(2.0, 2.0);
  EXPECT_NEAR(s.head[0], 4.4, 4.4 * 1e-6);
  EXPECT_NEAR(s.storage_flow[0], -5.0, 1e-9);  // 5 m3/d go into storage
  EXPECT_LT(std::abs(s.budget.discrepancy_percent), 1e-3);
}

TEST(FlowUnconfined, SpecificStorageActsAboveTheTop) {
  // Same cell fully saturated (head 12 m above its 10 m top), Ss = 1e-3 1/m, Sy = 0.25: a
  // flux of 1 m3/d for 1 d raises the head by Q dt / (Ss A b) = 1 / (1e-3 * 100 * 10) = 1 m;
  // specific yield plays no part while the cell stays full.
  Grid g = test::make_grid(1, 1, 1, 10.0, 10.0, 10.0, 10.0);
  FlowProblem p = test::make_problem(g, LayerType::convertible, 1.0, 1.0, 1e-3, 0.25, 12.0);
  p.settings.mode = FlowMode::transient;
  FlowTerm inflow;
  inflow.name = "injection";
  inflow.kind = TermKind::flux;
  inflow.cells = {0};
  inflow.rate = Schedule::constant(1.0);
  p.terms = {inflow};
  FlowSolver solver(p);
  const FlowSolution s = solver.solve(1.0, 1.0);
  EXPECT_NEAR(s.head[0], 13.0, 1e-9);
  EXPECT_LT(std::abs(s.budget.discrepancy_percent), 1e-3);
}

// Two convertible layers of 5 m (10-5 m and 5-0 m), 9 x 9 cells of 10 m, heads held at 4 m
// on the edge of the lower layer and a well in the lower layer's centre. The upper layer,
// starting at 8 m, drains into the lower one and goes dry.
struct Draining {
  Grid grid = test::make_grid(9, 9, 2, 10.0, 10.0, 10.0, 5.0);
  FlowProblem problem;
  Draining(double well_rate) {
    problem = test::make_problem(grid, LayerType::convertible, 2.0, 0.5, 1e-5, 0.15, 8.0);
    std::vector<std::int64_t> edge;
    for (int i = 0; i < 9; ++i)
      for (int j = 0; j < 9; ++j)
        if (i == 0 || j == 0 || i == 8 || j == 8) edge.push_back(grid.index(1, i, j));
    problem.terms = {test::fixed_head("edge", edge, 4.0),
                     test::well("PW", {grid.index(1, 4, 4)}, well_rate)};
  }
};

TEST(FlowUnconfined, CellsGoingDryKeepTheBudgetClosed) {
  Draining d(-40.0);
  d.problem.settings.mode = FlowMode::transient;
  FlowSolver solver(d.problem);
  double t = 0.0, dt = 0.1;
  FlowSolution s;
  for (int step = 0; step < 25; ++step) {
    t += dt;
    s = solver.solve(t, dt);
    ASSERT_LT(std::abs(s.budget.discrepancy_percent), 1e-3) << "t = " << t;
    dt *= 1.3;
  }
  // By now (~ 400 d) the upper layer has drained below its 5 m bottom everywhere.
  for (int i = 0; i < 9; ++i)
    for (int j = 0; j < 9; ++j) EXPECT_EQ(s.dry[std::size_t(d.grid.index(0, i, j))], 1) << i << "," << j;
  EXPECT_NEAR(s.term_flow[1][0], -40.0, 1e-9);  // the lower layer is wet at the well
}

TEST(FlowUnconfined, OverPumpedWellIsReducedAsItsCellDries) {
  // Steady: the well asks for 400 m3/d, far more than the lower layer can bring in from heads
  // of 4 m at 40 m distance (about pi K (H^2 - h^2) / ln(R / r_e) < 60 m3/d). The rate is cut as
  // the well cell's head nears its bottom, and the balance still closes.
  Draining d(-400.0);
  FlowSolver solver(d.problem);
  const FlowSolution s = solver.solve(0.0, 0.0);
  const double taken = -s.term_flow[1][0];
  EXPECT_GT(taken, 0.0);
  EXPECT_LT(taken, 100.0);
  const double h_well = s.head[std::size_t(d.grid.index(1, 4, 4))];
  EXPECT_LT(h_well, 0.5);  // within the bottom 10 % of the 5 m cell, where the rate is cut
  EXPECT_GT(h_well, 0.0);
  EXPECT_LT(std::abs(s.budget.discrepancy_percent), 1e-3);
}

TEST(FlowUnconfined, RechargeEntersTheHighestWetCellOfItsColumn) {
  // Three convertible layers of 5 m (tops 15, 10, 5 m) over 12 columns, heads held at 7 m in
  // the west column's bottom cell and 3 m in the east one's: the water table crosses from the
  // middle layer (above 5 m) into the bottom one. Recharge named on the top (dry) layer must
  // act on the highest cell whose head is above its bottom, and the heads must equal those of
  // the same problem with the recharge named on those cells directly.
  Grid g = test::make_grid(12, 1, 3, 10.0, 10.0, 15.0, 5.0);
  FlowProblem f = test::make_problem(g, LayerType::convertible, 10.0, 10.0, 0.0, 0.2, 6.0);
  std::vector<std::int64_t> top;
  for (int j = 0; j < 12; ++j) top.push_back(g.index(0, 0, j));
  f.terms = {test::fixed_head("west", {g.index(2, 0, 0)}, 7.0), test::fixed_head("east", {g.index(2, 0, 11)}, 3.0),
             test::recharge(g, top, 2e-3)};
  FlowSolver solver(f);
  const FlowSolution s = solver.solve(0.0, 0.0);
  ASSERT_EQ(s.term_cells.size(), 3u);
  int in_middle = 0, in_bottom = 0;
  std::vector<std::int64_t> expected;
  for (int j = 0; j < 12; ++j) {
    std::int64_t wet = -1;
    for (int k = 0; k < 3 && wet < 0; ++k)
      if (s.head[std::size_t(g.index(k, 0, j))] > g.cell_bottom(g.index(k, 0, j))) wet = g.index(k, 0, j);
    EXPECT_EQ(s.term_cells[2][std::size_t(j)], wet) << "column " << j;
    expected.push_back(wet);
    (g.cell(wet).k == 1 ? in_middle : in_bottom) += 1;
    EXPECT_FALSE(s.dry[std::size_t(s.term_cells[2][std::size_t(j)])]);
  }
  EXPECT_GT(in_middle, 0);  // the case crosses between layers, as intended
  EXPECT_GT(in_bottom, 0);
  EXPECT_LT(std::abs(s.budget.discrepancy_percent), 1e-3);

  FlowProblem direct = f;
  direct.terms[2] = test::recharge(g, expected, 2e-3);
  const FlowSolution d = FlowSolver(direct).solve(0.0, 0.0);
  for (std::int64_t n = 0; n < g.cell_count(); ++n)
    EXPECT_NEAR(s.head[std::size_t(n)], d.head[std::size_t(n)], 1e-7) << "cell " << n;
}

TEST(FlowUnconfined, RechargeOverAWhollyDryColumnEntersItsLowestCell) {
  // The placement rule alone, at given heads: column 0 wet in its middle cell, column 1 dry
  // throughout (its lowest active cell takes the recharge), column 2 with its middle cell
  // inactive and the water table in the bottom one (skipped over).
  Grid g = test::make_grid(3, 1, 3, 10.0, 10.0, 15.0, 5.0);
  g.active[std::size_t(g.index(1, 0, 2))] = 0;
  FlowProblem f = test::make_problem(g, LayerType::convertible, 10.0, 10.0, 0.0, 0.2, 0.0);
  f.terms = {test::recharge(g, {g.index(0, 0, 0), g.index(0, 0, 1), g.index(0, 0, 2)}, 1e-3)};
  FlowSystem system(f);
  std::vector<double> head(std::size_t(g.cell_count()), -1.0);  // below every bottom (0, 5, 10 m)
  head[std::size_t(g.index(1, 0, 0))] = 7.0;
  head[std::size_t(g.index(2, 0, 0))] = 7.0;
  head[std::size_t(g.index(2, 0, 2))] = 3.0;
  EXPECT_TRUE(system.place_on_water_table(head));
  EXPECT_EQ(system.term_cells()[0], (std::vector<std::int64_t>{g.index(1, 0, 0), g.index(2, 0, 1), g.index(2, 0, 2)}));
  EXPECT_FALSE(system.place_on_water_table(head));  // nothing moves a second time
}

TEST(FlowUnconfined, DryCellsAreThoseAtOrBelowTheirBottomAmongTheActive) {
  // Four cells of one layer from 10 m down to 0 m: heads above, at and below the bottom, NaN.
  Grid g = test::make_grid(4, 1, 1, 1.0, 1.0, 10.0, 10.0);
  const std::vector<double> head{5.0, 0.0, -1.0, std::numeric_limits<double>::quiet_NaN()};
  EXPECT_EQ(dry_cell_count(g, head), 3);
  g.active[2] = 0;  // an inactive cell is never counted
  EXPECT_EQ(dry_cell_count(g, head), 2);
}

}  // namespace
}  // namespace gwp::solver
