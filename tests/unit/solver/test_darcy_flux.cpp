// Cell-centred specific discharge from face flows: uniform flows whose Darcy flux is known,
// on a rotated grid, vertically and in a convertible layer.
#include <gtest/gtest.h>

#include <cmath>

#include "problem_builders.hpp"
#include "solver/flow/darcy_flux.hpp"
#include "solver/flow/flow_solver.hpp"

namespace gwp::solver {
namespace {

constexpr double kPi = 3.14159265358979323846;

TEST(DarcyFlux, UniformFlowOnARotatedGridPointsAlongTheRows) {
  // 5 columns of 10 m, K = 2 m/d, heads 10 m and 0 m at the end cells 40 m apart: q = 0.5 m/d
  // eastward along the rows, which the 30 degree rotation turns to (cos 30, sin 30) * 0.5.
  Grid g = test::make_grid(5, 1, 1, 10.0, 10.0, 10.0, 10.0);
  g.rotation_deg = 30.0;
  FlowProblem p = test::make_problem(g, LayerType::confined, 2.0, 2.0, 0.0, 0.0, 5.0);
  p.terms = {test::fixed_head("west", {0}, 10.0), test::fixed_head("east", {4}, 0.0)};
  FlowSolver solver(p);
  const FlowSolution s = solver.solve(0.0, 0.0);
  const std::vector<double> q = darcy_flux(p, solver.connections(), s);
  for (int j = 1; j <= 3; ++j) {
    EXPECT_NEAR(q[std::size_t(3 * j)], 0.5 * std::cos(kPi / 6), 1e-10);
    EXPECT_NEAR(q[std::size_t(3 * j + 1)], 0.5 * std::sin(kPi / 6), 1e-10);
    EXPECT_NEAR(q[std::size_t(3 * j + 2)], 0.0, 1e-14);
  }
  // An edge cell has one face with flow and its other face on the grid edge (no flow).
  EXPECT_NEAR(std::hypot(q[0], q[1]), 0.25, 1e-10);
}

TEST(DarcyFlux, SouthwardFlowIsNegativeY) {
  // 5 rows, heads 10 m on the north row and 0 m on the south row: 0.5 m/d to the south.
  const Grid g = test::make_grid(1, 5, 1, 10.0, 10.0, 10.0, 10.0);
  FlowProblem p = test::make_problem(g, LayerType::confined, 2.0, 2.0, 0.0, 0.0, 5.0);
  p.terms = {test::fixed_head("north", {0}, 10.0), test::fixed_head("south", {4}, 0.0)};
  FlowSolver solver(p);
  const std::vector<double> q = darcy_flux(p, solver.connections(), solver.solve(0.0, 0.0));
  EXPECT_NEAR(q[3 * 2 + 1], -0.5, 1e-10);
  EXPECT_NEAR(q[3 * 2 + 0], 0.0, 1e-14);
}

TEST(DarcyFlux, DownwardFlowIsNegativeZ) {
  // A column of three 10 m layers, Kv = 1 m/d, heads 10 m on top and 0 m at the bottom:
  // 0.5 m/d downward.
  const Grid g = test::make_grid(1, 1, 3, 10.0, 10.0, 30.0, 10.0);
  FlowProblem p = test::make_problem(g, LayerType::confined, 1.0, 1.0, 0.0, 0.0, 5.0);
  p.terms = {test::fixed_head("top", {0}, 10.0), test::fixed_head("bottom", {2}, 0.0)};
  FlowSolver solver(p);
  const std::vector<double> q = darcy_flux(p, solver.connections(), solver.solve(0.0, 0.0));
  EXPECT_NEAR(q[3 * 1 + 2], -0.5, 1e-10);
}

TEST(DarcyFlux, ConvertibleCellsPassFlowThroughTheirSaturatedThickness) {
  // Unconfined strip (bottom 0, top 20 m): the uniform flow Q crosses each interior cell
  // through its own saturated thickness h, so q = Q / (w h) there.
  const Grid g = test::make_grid(6, 1, 1, 10.0, 10.0, 20.0, 20.0);
  FlowProblem p = test::make_problem(g, LayerType::convertible, 1.0, 1.0, 0.0, 0.2, 5.0);
  p.terms = {test::fixed_head("west", {0}, 6.0), test::fixed_head("east", {5}, 4.0)};
  FlowSolver solver(p);
  const FlowSolution s = solver.solve(0.0, 0.0);
  const std::vector<double> q = darcy_flux(p, solver.connections(), s);
  const double flow = s.connection_flow[0];
  for (int j = 1; j <= 4; ++j)
    EXPECT_NEAR(q[std::size_t(3 * j)], flow / (10.0 * s.head[std::size_t(j)]), 1e-10);
}

}  // namespace
}  // namespace gwp::solver
