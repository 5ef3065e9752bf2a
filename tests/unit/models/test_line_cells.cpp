// Columns along a polyline and faces across it (line_cells.hpp), against cells worked out by hand
// on a 5 x 4 grid of 10 m cells.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <queue>
#include <set>

#include "models/line_cells.hpp"

namespace m = gwp::model;

namespace {

// 5 columns x 4 rows of 10 m from the origin: x 0..50, y 0..40; row 0 is the north row (y 30..40).
gwp::Grid grid(double rotation_deg = 0.0) {
  gwp::Grid g;
  g.nx = 5;
  g.ny = 4;
  g.nz = 1;
  g.dx.assign(5, 10.0);
  g.dy.assign(4, 10.0);
  g.top.assign(20, 10.0);
  g.bottom.assign(20, 0.0);
  g.active.assign(20, 1);
  g.rotation_deg = rotation_deg;
  return g;
}

std::set<std::pair<int, int>> cells_of(const std::vector<m::LineColumn>& columns) {
  std::set<std::pair<int, int>> out;
  for (const auto& c : columns) out.insert({c.i, c.j});
  return out;
}

double total_length(const std::vector<m::LineColumn>& columns) {
  double l = 0.0;
  for (const auto& c : columns) l += c.length;
  return l;
}

}  // namespace

// y = 0.8 x from (0, 0) to (50, 40) passes, by hand, columns (row, column): (3,0); (3,1), (2,1);
// (2,2), (1,2); (1,3), (0,3); (0,4); the lengths add up to the line's 64.03 m.
TEST(LineCells, DiagonalLineCrossesTheColumnsWorkedOutByHand) {
  const auto columns = m::line_columns(grid(), {{0.0, 0.0}, {50.0, 40.0}}, std::nullopt);
  const std::set<std::pair<int, int>> expected{{3, 0}, {3, 1}, {2, 1}, {2, 2}, {1, 2}, {1, 3}, {0, 3}, {0, 4}};
  EXPECT_EQ(cells_of(columns), expected);
  EXPECT_NEAR(total_length(columns), std::hypot(50.0, 40.0), 1e-9);
  for (const auto& c : columns) EXPECT_EQ(c.band_area, 0.0) << "no width, no band";
}

// The same line on a grid rotated by 30 degrees, drawn in world coordinates by rotating its
// ends, crosses the same columns.
TEST(LineCells, RotatedGridGivesTheSameColumns) {
  const double c = std::cos(std::numbers::pi / 6), s = std::sin(std::numbers::pi / 6);
  const auto world = [&](double x, double y) { return gwp::Point{c * x - s * y, s * x + c * y}; };
  const auto columns = m::line_columns(grid(30.0), {world(0.0, 0.0), world(50.0, 40.0)}, std::nullopt);
  const std::set<std::pair<int, int>> expected{{3, 0}, {3, 1}, {2, 1}, {2, 2}, {1, 2}, {1, 3}, {0, 3}, {0, 4}};
  EXPECT_EQ(cells_of(columns), expected);
}

// A reach 20 m wide along y = 20 covers rows 1 and 2 (centres 5 m from the line) entirely: 100 m2
// of band in each of their 10 columns; row 0 (centre 15 m away) is outside.
TEST(LineCells, WideReachCoversTheRowsWithinHalfItsWidth) {
  const auto columns = m::line_columns(grid(), {{0.0, 20.0}, {50.0, 20.0}}, 20.0);
  ASSERT_EQ(columns.size(), 10u);
  for (const auto& c : columns) {
    EXPECT_TRUE(c.i == 1 || c.i == 2);
    EXPECT_NEAR(c.band_area, 100.0, 1e-9);
    EXPECT_NEAR(m::bed_area(c, 20.0, 100.0), 100.0, 1e-9);
  }
}

// A reach 2 m wide along y = 22 lies in row 1 only; the lattice (0.5 m spacing) sees 2 m of it, so
// its band is 2 x 10 = 20 m2 per column, as the length x width is.
TEST(LineCells, NarrowReachHasItsLengthTimesWidth) {
  const auto columns = m::line_columns(grid(), {{0.0, 22.0}, {50.0, 22.0}}, 2.0);
  ASSERT_EQ(columns.size(), 5u);
  for (const auto& c : columns) {
    EXPECT_EQ(c.i, 1);
    EXPECT_NEAR(c.length, 10.0, 1e-9);
    EXPECT_NEAR(m::bed_area(c, 2.0, 100.0), 20.0, 1e-9);
  }
}

// A closed wall round columns 1..3 of rows 1..2 (x 10..40, y 10..30, along cell edges) crosses
// the 10 faces of their perimeter, and no column inside can reach one outside without crossing
// one of them (a flood fill over the faces left open).
TEST(LineCells, ClosedWallCutsEveryPathOut) {
  const gwp::Polyline wall{{10, 10}, {40, 10}, {40, 30}, {10, 30}, {10, 10}};
  const auto faces = m::crossed_faces(grid(), wall);
  EXPECT_EQ(faces.size(), 10u);
  std::set<std::pair<std::pair<int, int>, std::pair<int, int>>> closed;
  for (const auto& f : faces) {
    closed.insert({{f[0][0], f[0][1]}, {f[1][0], f[1][1]}});
    closed.insert({{f[1][0], f[1][1]}, {f[0][0], f[0][1]}});
  }
  std::set<std::pair<int, int>> reached{{1, 1}};
  std::queue<std::pair<int, int>> pending;
  pending.push({1, 1});
  while (!pending.empty()) {
    const auto [i, j] = pending.front();
    pending.pop();
    for (const auto& [di, dj] : {std::pair{1, 0}, std::pair{-1, 0}, std::pair{0, 1}, std::pair{0, -1}}) {
      const std::pair<int, int> next{i + di, j + dj};
      if (next.first < 0 || next.first > 3 || next.second < 0 || next.second > 4) continue;
      if (closed.count({{i, j}, next}) || reached.count(next)) continue;
      reached.insert(next);
      pending.push(next);
    }
  }
  const std::set<std::pair<int, int>> inside{{1, 1}, {1, 2}, {1, 3}, {2, 1}, {2, 2}, {2, 3}};
  EXPECT_EQ(reached, inside);
}
