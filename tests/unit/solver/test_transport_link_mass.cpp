// The mass across watched links (TransportSolver::watch_links, link_mass_flux): a box of cells in
// a plume moving diagonally to the grid, where the tvd corrections and the cross terms of
// dispersion act across every face. The rates across the links around the box, integrated over
// each step, must equal the change of the mass the box holds (no source inside): a conservation
// law checked step by step, for implicit and Crank-Nicolson steps, and for sorbing species.
#include <gtest/gtest.h>

#include <cmath>

#include "test_transport_models.hpp"

namespace gwp::solver {
namespace {

struct LinkMassCase {
  TimeWeighting weighting;
  double kd;  // L/kg
};

class LinkMass : public ::testing::TestWithParam<LinkMassCase> {};

// 31 x 31 cells of 2 m, 1 m thick, K = 10 m/d, heads held on the edge at h = 100 - 0.01 (x + y):
// flow at 45 degrees to the grid. A Gaussian pulse (sigma 3 m) starts inside the box of rows and
// columns 12..20 and moves much of the way out of it over 40 d of 1-d steps.
TEST_P(LinkMass, RatesAcrossTheBoxFacesAreTheBoxsMassChange) {
  const int n = 31;
  const double dx = 2.0, porosity = 0.25, rho_b = 1.7;
  Grid g = test::make_grid(n, n, 1, dx, dx, 0.0, 1.0);
  FlowProblem flow = test::make_problem(g, LayerType::confined, 10.0, 10.0, 0.0, 0.0, 100.0);
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j) {
      if (i != 0 && j != 0 && i != n - 1 && j != n - 1) continue;
      const std::int64_t c = g.index(0, i, j);
      flow.terms.push_back(test::fixed_head("edge", {c}, 100.0 - 0.01 * (g.x_centre(j) + g.y_centre(i))));
    }
  FlowSolver flow_solver(flow);
  const FlowSolution solution = flow_solver.solve(0.0, 0.0);

  TransportProblem p = test::transport_problem(g, porosity, 2.0);
  p.alpha_th = 0.5;
  p.settings.max_step = 1.0;
  p.settings.weighting = GetParam().weighting;
  if (GetParam().kd > 0.0) {
    p.species[0].sorption = SorptionModel::linear;
    p.species[0].kd.assign(std::size_t(g.cell_count()), GetParam().kd);
  }
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j) {
      const double x = g.x_centre(j) - 32.0, y = g.y_centre(i) - 32.0;
      p.species[0].initial[std::size_t(g.index(0, i, j))] = 100.0 * std::exp(-(x * x + y * y) / 18.0);
    }
  const auto inside = [&](std::int64_t c) {
    const CellIndex ci = g.cell(c);
    return ci.i >= 12 && ci.i <= 20 && ci.j >= 12 && ci.j <= 20;
  };
  // The links with one cell in the box, and +1 where the link's n is outside (n -> m enters).
  const Connections& links = flow_solver.connections();
  std::vector<std::int64_t> watched;
  std::vector<double> into;
  for (std::int64_t l = 0; l < links.grid_count; ++l) {
    const bool a = inside(links.n[std::size_t(l)]), b = inside(links.m[std::size_t(l)]);
    if (a == b) continue;
    watched.push_back(l);
    into.push_back(a ? -1.0 : 1.0);
  }
  ASSERT_EQ(watched.size(), 36u);  // 9 faces on each side of the box
  TransportSolver solver(p, flow, links);
  const std::size_t set = solver.watch_links(watched);
  // Mass (g) in the box: water and solids, linear sorption (Kd in L/kg, rho_b in kg/L).
  const auto box_mass = [&]() {
    const double r = porosity + rho_b * GetParam().kd;
    double m = 0.0;
    for (std::int64_t c = 0; c < g.cell_count(); ++c)
      if (inside(c)) m += r * dx * dx * 1.0 * solver.concentration(0)[std::size_t(c)];
    return m;
  };
  const double start = box_mass();
  double before = start, t_before = 0.0, largest = 0.0, moved = 0.0;
  solver.advance(40.0, solution, &solution, [&](double t) {
    const std::vector<double>& rate = solver.link_mass_flux(0, set);
    ASSERT_EQ(rate.size(), watched.size());
    double in = 0.0;
    for (std::size_t k = 0; k < rate.size(); ++k) in += into[k] * rate[k];
    const double now = box_mass();
    largest = std::max(largest, std::abs(now - before - (t - t_before) * in));
    moved += std::abs(now - before);
    before = now;
    t_before = t;
  });
  EXPECT_GT(moved, 0.3 * start) << "much of the pulse leaves the box";
  EXPECT_LT(largest, 1e-9 * start) << "largest step imbalance (g) against " << start << " g in the box at first";
}

INSTANTIATE_TEST_SUITE_P(Weightings, LinkMass,
                         ::testing::Values(LinkMassCase{TimeWeighting::implicit, 0.0},
                                           LinkMassCase{TimeWeighting::crank_nicolson, 0.0},
                                           LinkMassCase{TimeWeighting::implicit, 0.2}));

// Links that are not grid links are refused, as is watching once the transport has stepped.
TEST(LinkMass, RefusesExtraLinksAndLateWatching) {
  const auto column = test::column(10, 1.0, 0.1);
  TransportProblem p = test::transport_problem(column->grid, 0.3, 1.0);
  TransportSolver solver(p, column->flow, column->links);
  EXPECT_THROW(solver.watch_links({column->links.grid_count}), std::invalid_argument);
  EXPECT_THROW(solver.watch_links({-1}), std::invalid_argument);
  solver.advance(1.0, column->solution, &column->solution);
  EXPECT_THROW(solver.watch_links({0}), std::logic_error);
}

}  // namespace
}  // namespace gwp::solver
