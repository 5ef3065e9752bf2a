// The connection list of a small grid with an inactive cell: which links exist, their
// geometry, the adjacency, and extra links.
#include <gtest/gtest.h>

#include <algorithm>

#include "problem_builders.hpp"
#include "solver/grid/connections.hpp"

namespace gwp::solver {
namespace {

// 3 x 3 x 2 cells with uneven widths; the middle cell of the top layer is inactive.
Grid small_grid() {
  Grid g = test::make_grid(3, 3, 2, 1.0, 1.0, 10.0, 4.0);
  g.dx = {10.0, 20.0, 30.0};
  g.dy = {5.0, 15.0, 25.0};
  g.active[std::size_t(g.index(0, 1, 1))] = 0;
  return g;
}

std::int64_t find_link(const Connections& c, std::int64_t n, std::int64_t m) {
  for (std::int64_t l = 0; l < c.size(); ++l)
    if (c.n[std::size_t(l)] == n && c.m[std::size_t(l)] == m) return l;
  return -1;
}

TEST(Connections, CountsLinksBetweenActiveNeighboursOnly) {
  const Grid g = small_grid();
  const Connections c = build_connections(g);
  // Full grid: per layer 2 x 3 links along x and 3 x 2 along y (24), plus 9 vertical = 33.
  // The inactive cell loses its 4 horizontal links and the one below it: 28.
  EXPECT_EQ(c.grid_count, 28);
  EXPECT_EQ(c.size(), 28);
  const std::int64_t hole = g.index(0, 1, 1);
  for (std::int64_t l = 0; l < c.size(); ++l) {
    EXPECT_LT(c.n[std::size_t(l)], c.m[std::size_t(l)]);
    EXPECT_NE(c.n[std::size_t(l)], hole);
    EXPECT_NE(c.m[std::size_t(l)], hole);
  }
  EXPECT_EQ(c.adjacency_start[std::size_t(hole + 1)] - c.adjacency_start[std::size_t(hole)], 0);
}

TEST(Connections, CarriesFaceGeometry) {
  const Grid g = small_grid();
  const Connections c = build_connections(g);
  // x link in layer 2, row 3, columns 1-2: half widths dx/2 = 5 and 10, face width dy = 25.
  const std::int64_t lx = find_link(c, g.index(1, 2, 0), g.index(1, 2, 1));
  ASSERT_GE(lx, 0);
  EXPECT_EQ(c.axis[std::size_t(lx)], Axis::x);
  EXPECT_DOUBLE_EQ(c.half_n[std::size_t(lx)], 5.0);
  EXPECT_DOUBLE_EQ(c.half_m[std::size_t(lx)], 10.0);
  EXPECT_DOUBLE_EQ(c.width[std::size_t(lx)], 25.0);
  // y link in layer 2, column 3, rows 1-2: half widths dy/2 = 2.5 and 7.5, face width dx = 30.
  const std::int64_t ly = find_link(c, g.index(1, 0, 2), g.index(1, 1, 2));
  ASSERT_GE(ly, 0);
  EXPECT_EQ(c.axis[std::size_t(ly)], Axis::y);
  EXPECT_DOUBLE_EQ(c.half_n[std::size_t(ly)], 2.5);
  EXPECT_DOUBLE_EQ(c.half_m[std::size_t(ly)], 7.5);
  EXPECT_DOUBLE_EQ(c.width[std::size_t(ly)], 30.0);
  // z link under the north-east corner: plan area 30 x 5, half thicknesses 2 and 2.
  const std::int64_t lz = find_link(c, g.index(0, 0, 2), g.index(1, 0, 2));
  ASSERT_GE(lz, 0);
  EXPECT_EQ(c.axis[std::size_t(lz)], Axis::z);
  EXPECT_DOUBLE_EQ(c.plan_area[std::size_t(lz)], 150.0);
  EXPECT_DOUBLE_EQ(c.half_n[std::size_t(lz)], 2.0);
  EXPECT_DOUBLE_EQ(c.width[std::size_t(lz)], 0.0);
  // No link across the inactive cell.
  EXPECT_LT(find_link(c, g.index(0, 1, 1), g.index(1, 1, 1)), 0);
}

TEST(Connections, AdjacencyListsEveryLinkAtBothEnds) {
  const Grid g = small_grid();
  const Connections c = build_connections(g, {{{g.index(0, 0, 0)}, {g.index(1, 2, 2)}}});
  std::vector<int> seen(std::size_t(c.size()), 0);
  for (std::int64_t cell = 0; cell < c.cell_count; ++cell)
    for (std::int64_t e = c.adjacency_start[std::size_t(cell)]; e < c.adjacency_start[std::size_t(cell + 1)]; ++e) {
      const std::int64_t l = c.adjacency_link[std::size_t(e)];
      EXPECT_TRUE(c.n[std::size_t(l)] == cell || c.m[std::size_t(l)] == cell);
      ++seen[std::size_t(l)];
    }
  EXPECT_TRUE(std::all_of(seen.begin(), seen.end(), [](int s) { return s == 2; }));
  // The corner cell (0,0,0) has its east, south and lower neighbours plus the extra link.
  const std::int64_t corner = g.index(0, 0, 0);
  EXPECT_EQ(c.adjacency_start[std::size_t(corner + 1)] - c.adjacency_start[std::size_t(corner)], 4);
}

TEST(Connections, ExtraLinksFollowGridLinks) {
  const Grid g = small_grid();
  const Connections c = build_connections(
      g, {{{g.index(0, 0, 0)}, {g.index(1, 2, 2)}}, {{g.index(1, 1, 1), g.index(0, 2, 2)}, {g.index(0, 0, 2), g.index(1, 0, 0)}}});
  EXPECT_EQ(c.grid_count, 28);
  EXPECT_EQ(c.extra_count(), 3);
  EXPECT_EQ(c.n[28], g.index(0, 0, 0));
  EXPECT_EQ(c.m[28], g.index(1, 2, 2));
  EXPECT_EQ(c.extra_set[2], 1);
  EXPECT_EQ(c.extra_index[2], 1);
  // Given order is kept (here n > m).
  EXPECT_EQ(c.n[30], g.index(0, 2, 2));
  EXPECT_EQ(c.neighbour(30, g.index(1, 0, 0)), g.index(0, 2, 2));
}

TEST(Connections, RejectsExtraLinksToInactiveOrSameCell) {
  const Grid g = small_grid();
  EXPECT_THROW(build_connections(g, {{{g.index(0, 1, 1)}, {g.index(1, 1, 1)}}}), std::invalid_argument);
  EXPECT_THROW(build_connections(g, {{{g.index(1, 1, 1)}, {g.index(1, 1, 1)}}}), std::invalid_argument);
  EXPECT_THROW(build_connections(g, {{{g.cell_count()}, {0}}}), std::invalid_argument);
}

TEST(Connections, CellLabelIsOneBased) {
  const Grid g = small_grid();
  EXPECT_EQ(cell_label(g, g.index(1, 2, 0)), "(layer 2, row 3, column 1)");
}

}  // namespace
}  // namespace gwp::solver
