// An open abandoned well between two confined aquifers held at different heads at a distance:
// the steady exchange is the Thiem flow through both aquifers in series (the steady counterpart
// of F5, the Neville-Tonkin problem, which test_flow_f5.cpp checks in its transient form).
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "models/features/abandoned_wells.hpp"
#include "solver/flow/flow_solver.hpp"
#include "test_sites_common.hpp"

namespace gwp::testing {
namespace {

// Fixed heads on every cell of `layer` (1-based case layer) whose centre lies farther than
// `radius` (m) from the well at (305, 305); returns the mean of ln r (r in m) over the
// innermost of them (those with a free neighbour), where the ring's head is effectively held.
double add_ring(model::Case& c, const model::BuiltGrid& g, int layer, double head, double radius) {
  model::Boundary b;
  b.type = model::Boundary::Type::head;
  b.name = "ring " + std::to_string(layer);
  b.where.kind = model::Selection::Kind::cells;
  b.head = solver::Schedule::constant(head);
  const Grid& grid = g.grid;
  const auto r_of = [&](int i, int j) { return std::hypot(grid.x_centre(j) - 305.0, grid.y_centre(i) - 305.0); };
  double sum_log = 0.0;
  int inner = 0;
  for (int i = 0; i < grid.ny; ++i)
    for (int j = 0; j < grid.nx; ++j) {
      if (r_of(i, j) <= radius) continue;
      b.where.cells.push_back({layer, i + 1, j + 1});
      const bool free_neighbour = (i > 0 && r_of(i - 1, j) <= radius) || (i + 1 < grid.ny && r_of(i + 1, j) <= radius) ||
                                  (j > 0 && r_of(i, j - 1) <= radius) || (j + 1 < grid.nx && r_of(i, j + 1) <= radius);
      if (free_neighbour) sum_log += std::log(r_of(i, j)), ++inner;
    }
  c.flow.boundaries.push_back(b);
  return sum_log / inner;
}

// Truth: Q = (h_upper - h_lower) / (ln(R / r_w) / (2 pi K1 b1) + ln(R / r_w) / (2 pi K2 b2)), with
// K1 b1 = 100 m2/d, K2 b2 = 150 m2/d, r_w = 0.1 m, heads 10 and 8 m held at R ~ 255 m. The grid
// carries the radial flow from R in to the well's cell, Peaceman's radius the rest. Tolerance 1 %:
// the held ring is a staircase of cells whose radius is known to about half a cell (5 m of 255,
// 0.25 % of ln(R / r_w)), and the five-point stencil's error on radial flow near the well is of
// the same order.
TEST(SitesThiem, OpenWellBetweenTwoAquifersPassesTheSeriesThiemFlow) {
  model::Case c = model::read_case(site_case("two_aquifer_well.toml"));
  model::Diagnostics d;
  const model::BuiltGrid g = model::build_grid(c.grid, d);
  const double ln_r1 = add_ring(c, g, 1, 10.0, 250.0);
  const double ln_r2 = add_ring(c, g, 2, 8.0, 250.0);
  const model::Model m = model::build_model(c);
  solver::FlowSolver solver(m.flow);
  const solver::FlowSolution s = solver.solve(0.0, 0.0);
  const double q = model::report(m.abandoned_wells.at(0), s.head, 0.0).flow;  // m3/d down the bore

  const double rw = 0.1, pi2 = 2.0 * std::numbers::pi;
  const double resistance = (ln_r1 - std::log(rw)) / (pi2 * 10.0 * 10.0) + (ln_r2 - std::log(rw)) / (pi2 * 5.0 * 30.0);
  const double expected = (10.0 - 8.0) / resistance;
  EXPECT_NEAR(q, expected, 0.01 * expected);
  RecordProperty("well_flow", figure(q));
  RecordProperty("thiem_flow", figure(expected));
  EXPECT_LT(std::abs(s.budget.discrepancy_percent), 1e-6);
}

}  // namespace
}  // namespace gwp::testing
