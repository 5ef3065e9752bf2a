// Cutoff walls ([[barriers]]) as horizontal flow barriers: against the series resistance of a
// wall across one-dimensional flow, its installation time, and a closed wall round a landfill.
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "solver/flow/flow_solver.hpp"
#include "test_sites_common.hpp"

namespace gwp::testing {
namespace {

// wall_1d.toml: fixed heads 10 m and 9 m at cell centres L = 200 m apart, K 10 m/d, b 10 m,
// width W 10 m; a wall of thickness w 0.5 m and K_w 1e-4 m/d. Darcy's law through the two
// resistances in series (the wall is thin against the cells, as MODFLOW's HFB takes it):
//   Q = dh W b / (L / K + w / K_w) = 1 x 100 / (20 + 5000) = 0.019920319 m3/d.
constexpr double kDh = 1.0, kW = 10.0, kB = 10.0, kL = 200.0, kK = 10.0, kWall = 0.5, kKWall = 1e-4;
const double kQWall = kDh * kW * kB / (kL / kK + kWall / kKWall);
const double kQOpen = kDh * kW * kB / (kL / kK);  // 5 m3/d without the wall

// Flow into the aquifer through the west fixed-head cell (m3/d) of a stored flow.
double west_inflow(const StoredFlow& f) {
  return std::accumulate(f.term_flow.at(0).begin(), f.term_flow.at(0).end(), 0.0);
}

// Tolerance 1e-8 relative: the problem is linear and confined, solved to a relative residual of
// 1e-10; the discrete series of conductances equals the continuous one exactly in 1-D.
TEST(SitesBarrier, WallAcrossOneDimensionalFlowIsAResistanceInSeries) {
  const CaseRun r = run_site("wall_1d.toml");
  ASSERT_EQ(r.model.flow.barriers.size(), 1u);
  EXPECT_EQ(r.model.flow.barriers[0].n.size(), 1u) << "one face between columns 10 and 11";
  const StoredFlow& f = r.results.flows.back();
  EXPECT_NEAR(west_inflow(f), kQWall, 1e-8 * kQWall);
  // The head drops across the wall by Q (w / (K_w W b) + dx / (K W b)) between the two cell
  // centres beside it (9 and 10, 0-based).
  const double jump = f.head[9] - f.head[10];
  const double expected = kQWall * (kWall / (kKWall * kW * kB) + 10.0 / (kK * kW * kB));
  EXPECT_NEAR(jump, expected, 1e-8 * expected);
  RecordProperty("flow_through_wall", figure(west_inflow(f)));
  RecordProperty("head_drop_across_wall", figure(jump));
}

// A wall built at 1.5 yr leaves the first steady state open (Q = dh W b K / L) and closes the
// second. Same tolerance.
TEST(SitesBarrier, WallBuiltLaterLeavesTheFlowOpenUntilThen) {
  const CaseRun r = run_site("wall_1d.toml", {"barriers.wall.start=1.5 yr"});
  ASSERT_EQ(r.results.flows.size(), 2u);
  EXPECT_NEAR(west_inflow(r.results.flows[0]), kQOpen, 1e-8 * kQOpen);
  EXPECT_NEAR(west_inflow(r.results.flows[1]), kQWall, 1e-8 * kQWall);
}

// A closed wall round the landfill of the tiny site, made practically impervious, in the gravel
// and the red clay: no water crosses any horizontal link from a column inside the wall's outline
// to one outside it in those layers. Which links those are follows from the outline alone, not
// from the faces the model chose, so a gap in the wall would show. Without the wall about 1 m3/d
// crosses such a link; tolerance 1e-9 m3/d per link.
TEST(SitesBarrier, ClosedWallLeavesNoGap) {
  const model::Model m =
      model::build_model(model::read_case(site_case("tiny_site_wall.toml"), {"barriers.cutoff wall.k=1e-30 m/s"}));
  const Polygon outline{{220.0, 240.0}, {380.0, 240.0}, {380.0, 360.0}, {220.0, 360.0}};
  const Grid& g = m.grid->grid;
  solver::FlowSolver solver(m.flow);
  const solver::FlowSolution s = solver.solve(0.0, 0.0);
  const solver::Connections& links = solver.connections();
  const auto inside = [&](std::int64_t n) {
    const CellIndex c = g.cell(n);
    const auto w = g.to_world(g.x_centre(c.j), g.y_centre(c.i));
    return point_in_polygon({w[0], w[1]}, outline);
  };
  int crossing = 0;
  double largest = 0.0;
  for (std::int64_t l = 0; l < links.grid_count; ++l) {
    const std::int64_t n = links.n[std::size_t(l)], mm = links.m[std::size_t(l)];
    if (links.axis[std::size_t(l)] == solver::Axis::z || g.cell(n).k > 2 || inside(n) == inside(mm)) continue;
    ++crossing;
    largest = std::max(largest, std::abs(s.connection_flow[std::size_t(l)]));
  }
  // 8 columns by 6 rows inside: a perimeter of 28 faces in each of 3 grid layers.
  EXPECT_EQ(crossing, 84);
  EXPECT_LT(largest, 1e-9);
  RecordProperty("largest_flow_across_wall", figure(largest));
}

}  // namespace
}  // namespace gwp::testing
