// Confined flow against analytical solutions: Darcy in series (exact), Thiem (steady radial)
// and Theis (transient radial); and a large problem that runs the threaded kernels.
#include <gtest/gtest.h>

#include <cmath>

#include "problem_builders.hpp"
#include "solver/flow/flow_solver.hpp"

namespace gwp::solver {
namespace {

constexpr double kPi = 3.14159265358979323846;

TEST(FlowConfined, HeterogeneousSeriesIsExactPerZone) {
  // 1D: 12 cells of uneven widths in three K zones between fixed heads 100 m and 90 m at the
  // first and last cell. Darcy's law in series: the flow Q is uniform, the head falls linearly
  // in each cell at Q / (K b w), so the cell-centre heads of the continuous solution are
  // h_i = h_0 - Q * (resistance from centre 0 to centre i). The block-centred scheme with the
  // harmonic mean is exact for it; the tolerance (1e-8 relative) covers the linear solver.
  Grid g = test::make_grid(12, 1, 1, 1.0, 50.0, 10.0, 10.0);
  g.dx = {10, 10, 5, 5, 20, 20, 10, 10, 8, 8, 12, 12};
  const std::vector<double> k{5, 5, 5, 5, 0.5, 0.5, 0.5, 0.5, 20, 20, 20, 20};
  FlowProblem p = test::make_problem(g, LayerType::confined, 1.0, 1.0, 0.0, 0.0, 95.0);
  p.properties.kh = k;
  p.terms = {test::fixed_head("west", {0}, 100.0), test::fixed_head("east", {11}, 90.0)};
  FlowSolver solver(p);
  const FlowSolution s = solver.solve(0.0, 0.0);

  const double b = 10.0, w = 50.0;
  std::vector<double> resistance_to(12, 0.0);  // d/m2 from centre 0 to centre i
  for (int i = 1; i < 12; ++i)
    resistance_to[std::size_t(i)] = resistance_to[std::size_t(i - 1)] +
                                    0.5 * g.dx[std::size_t(i - 1)] / (k[std::size_t(i - 1)] * b * w) +
                                    0.5 * g.dx[std::size_t(i)] / (k[std::size_t(i)] * b * w);
  const double q = 10.0 / resistance_to[11];
  for (int i = 0; i < 12; ++i)
    EXPECT_NEAR(s.head[std::size_t(i)], 100.0 - q * resistance_to[std::size_t(i)], 1e-8 * 100.0) << "cell " << i;
  for (double f : s.connection_flow) EXPECT_NEAR(f, q, 1e-8 * q);
  EXPECT_NEAR(s.term_flow[0][0], q, 1e-8 * q);   // the west boundary feeds the aquifer
  EXPECT_NEAR(s.term_flow[1][0], -q, 1e-8 * q);  // the east boundary drains it
  EXPECT_LT(std::abs(s.budget.discrepancy_percent), 1e-3);
}

// Square single-layer confined aquifer, T = 100 m2/d, 10 m cells, a well at the centre cell.
struct RadialSetup {
  Grid grid;
  FlowProblem problem;
  int centre = 0;
};

RadialSetup radial(int n, double ss, double fixed_radius) {
  RadialSetup r;
  r.grid = test::make_grid(n, n, 1, 10.0, 10.0, 10.0, 10.0);
  r.centre = n / 2;
  r.problem = test::make_problem(r.grid, LayerType::confined, 10.0, 10.0, ss, 0.0, 0.0);
  r.problem.grid = &r.grid;
  return r;
}

TEST(FlowConfined, SteadyWellMatchesThiem) {
  // 61 x 61 cells of 10 m; heads held at 0 on every cell whose centre is 295 m or more from the
  // well; Q = -500 m3/d; T = 100 m2/d. Thiem: s(r1) - s(r2) = Q / (2 pi T) ln(r2 / r1),
  // independent of how well the staircase ring stands for a circle. The five-point stencil
  // reproduces ln r up to O((dx / r)^2 / 12) relative terms and the staircase boundary adds a
  // cos(4 theta) error decaying like (r / R)^4: both stay below 0.5 % for r1 = 50, r2 = 150 m.
  RadialSetup r = radial(61, 0.0, 295.0);
  std::vector<std::int64_t> ring;
  for (int i = 0; i < 61; ++i)
    for (int j = 0; j < 61; ++j)
      if (std::hypot(10.0 * (i - r.centre), 10.0 * (j - r.centre)) >= 295.0) ring.push_back(r.grid.index(0, i, j));
  const std::int64_t well_cell = r.grid.index(0, r.centre, r.centre);
  r.problem.terms = {test::fixed_head("ring", ring, 0.0), test::well("PW", {well_cell}, -500.0)};
  FlowSolver solver(r.problem);
  const FlowSolution s = solver.solve(0.0, 0.0);

  const double a = 500.0 / (2.0 * kPi * 100.0);  // m per unit ln
  auto drawdown = [&](int cells_east) { return -s.head[std::size_t(r.grid.index(0, r.centre, r.centre + cells_east))]; };
  const double expected = a * std::log(150.0 / 50.0);
  EXPECT_NEAR(drawdown(5) - drawdown(15), expected, 5e-3 * expected);
  // Peaceman: the well cell's head is the Thiem head at r_e = 0.198 dx (Peaceman 1978; exact in
  // the limit of an infinite uniform grid), checked against the head 10 cells away (0.5 %).
  const double expected_well = a * std::log(100.0 / (0.28 * std::sqrt(200.0) / 2.0));
  EXPECT_NEAR(-s.head[std::size_t(well_cell)] - drawdown(10), expected_well, 5e-3 * expected_well);
  EXPECT_NEAR(s.term_flow[1][0], -500.0, 1e-9);
  EXPECT_LT(std::abs(s.budget.discrepancy_percent), 1e-3);
}

// Theis well function W(u) = E1(u) = -Ei(-u).
double theis_w(double u) { return -std::expint(-u); }

TEST(FlowConfined, TransientWellMatchesTheis) {
  // T = 100 m2/d, S = 1e-4, Q = -500 m3/d. Grid: 10 m cells within 205 m of the well, then
  // widths growing by 1.2 out to ~12 km so that no boundary is felt by t = 2 d (radius of
  // influence 1.5 sqrt(T t / S) = 2.1 km). Steps from 1e-3 d growing by 1.2. Errors: the
  // five-point stencil (< 0.3 % at 5 cells and more, see the Thiem test) and backward Euler,
  // which lags the late-time drawdown by about (dt / t) / 2 of its slope per ln t, Q / (4 pi T)
  // = 0.4 m: ~0.03 m, or about 1 % of 2-3 m. Drawdowns within 2 %.
  std::vector<double> widths;
  for (double w = 12.0; w < 3000.0; w *= 1.2) widths.push_back(w);
  std::vector<double> dx(widths.rbegin(), widths.rend());
  for (int i = 0; i < 41; ++i) dx.push_back(10.0);
  dx.insert(dx.end(), widths.begin(), widths.end());
  const int n = int(dx.size());
  Grid g = test::make_grid(n, n, 1, 10.0, 10.0, 10.0, 10.0);
  g.dx = dx;
  g.dy = dx;
  const int c = int(widths.size()) + 20;  // centre cell
  FlowProblem p = test::make_problem(g, LayerType::confined, 10.0, 10.0, 1e-5, 0.0, 0.0);
  p.settings.mode = FlowMode::transient;
  p.terms = {test::well("PW", {g.index(0, c, c)}, -500.0)};
  FlowSolver solver(p);

  const double T = 100.0, S = 1e-4, Q = 500.0;
  double t = 0.0, dt = 1e-3;
  int checked = 0;
  for (double target : {0.5, 2.0}) {
    while (t < target - 1e-12) {
      const double step = std::min(dt, target - t);
      t += step;
      const FlowSolution s = solver.solve(t, step);
      ASSERT_LT(std::abs(s.budget.discrepancy_percent), 1e-3) << "t = " << t;
      dt *= 1.2;
    }
    for (int cells : {5, 10, 15}) {
      const double r = 10.0 * cells;
      const double expected = Q / (4.0 * kPi * T) * theis_w(r * r * S / (4.0 * T * t));
      EXPECT_NEAR(-solver.head()[std::size_t(g.index(0, c, c + cells))], expected, 0.02 * expected)
          << "r = " << r << " m, t = " << t << " d";
      ++checked;
    }
  }
  EXPECT_EQ(checked, 6);
}

TEST(FlowConfined, LargeProblemSolvesWithThreadedKernels) {
  // 200 x 200 x 3 confined cells (above the size at which the solver uses threads): fixed
  // heads along the west and east edges, recharge on top, a well in the middle layer, one
  // implicit step of 0.1 d. Checks that the threaded assembly and products give a converged,
  // conserving solution; the step is short so that the test stays quick.
  Grid g = test::make_grid(200, 200, 3, 10.0, 10.0, 30.0, 10.0);
  FlowProblem p = test::make_problem(g, LayerType::confined, 1.0, 0.1, 1e-4, 0.2, 20.0);
  p.settings.mode = FlowMode::transient;
  std::vector<std::int64_t> west, east, top;
  for (int k = 0; k < 3; ++k)
    for (int i = 0; i < 200; ++i) {
      west.push_back(g.index(k, i, 0));
      east.push_back(g.index(k, i, 199));
    }
  for (int i = 0; i < 200; ++i)
    for (int j = 0; j < 200; ++j) top.push_back(g.index(0, i, j));
  p.terms = {test::fixed_head("west", west, 25.0), test::fixed_head("east", east, 20.0),
             test::recharge(g, top, 1e-3), test::well("PW", {g.index(1, 100, 100)}, -1000.0)};
  FlowSolver solver(p);
  const FlowSolution s = solver.solve(0.1, 0.1);
  EXPECT_LT(std::abs(s.budget.discrepancy_percent), 1e-3);
  // Recharge 1e-3 m/d over 4 km2 = 4000 m3/d enters; the well takes its 1000 m3/d.
  EXPECT_NEAR(test::find_line(s.budget, "recharge:rain")->inflow, 4000.0, 1e-6);
  EXPECT_NEAR(test::find_line(s.budget, "well:PW")->outflow, 1000.0, 1e-9);
}

}  // namespace
}  // namespace gwp::solver
