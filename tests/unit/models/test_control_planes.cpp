// Control planes: which side of a line a point lies on (side_of_line) and the direction in which
// each face a line crosses is crossed (crossing_directions), against answers worked out by hand
// on a 5 x 4 grid of 10 m cells (x 0..50, y 0..40; row 0 is the north row, centres at y = 35).
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <numbers>

#include "models/line_cells.hpp"

namespace m = gwp::model;

namespace {

gwp::Grid grid(double rotation_deg = 0.0) {
  gwp::Grid g;
  g.rotation_deg = rotation_deg;
  g.nx = 5;
  g.ny = 4;
  g.nz = 1;
  g.dx.assign(5, 10.0);
  g.dy.assign(4, 10.0);
  g.top.assign(20, 10.0);
  g.bottom.assign(20, 0.0);
  g.active.assign(20, 1);
  return g;
}

// Direction per face, keyed by its two columns {i, j, i2, j2}.
std::map<std::array<int, 4>, double> directions(const gwp::Polyline& line) {
  const auto faces = m::crossed_faces(grid(), line);
  const auto d = m::crossing_directions(grid(), line, faces);
  std::map<std::array<int, 4>, double> out;
  for (std::size_t f = 0; f < faces.size(); ++f) out[{faces[f][0][0], faces[f][0][1], faces[f][1][0], faces[f][1][1]}] = d[f];
  return out;
}

}  // namespace

// Walking east along y = 0, north is on the left; past the end the last segment decides.
TEST(ControlPlane, SideOfAStraightLine) {
  const gwp::Polyline east{{0.0, 0.0}, {10.0, 0.0}};
  EXPECT_EQ(m::side_of_line({5.0, 3.0}, east, 10.0), 1);
  EXPECT_EQ(m::side_of_line({5.0, -3.0}, east, 10.0), -1);
  EXPECT_EQ(m::side_of_line({5.0, 0.0}, east, 10.0), 0);
  EXPECT_EQ(m::side_of_line({5.0, 1e-12}, east, 10.0), 0) << "within 1e-9 of the scale counts as on it";
  EXPECT_EQ(m::side_of_line({15.0, 1.0}, east, 10.0), 1);
  EXPECT_EQ(m::side_of_line({-5.0, -1.0}, east, 10.0), -1);
}

// A hairpin: east along y = 0 to (10, 0), then back west to (0, 1). The strip between the two legs
// is on the walker's left along both; a point beyond the tip, whose nearest point is the tip, is
// outside it: on the right. The first leg alone would say left, the second alone right; the sum of
// their normals decides.
TEST(ControlPlane, SideAtAVertexTakesBothSegments) {
  const gwp::Polyline hairpin{{0.0, 0.0}, {10.0, 0.0}, {0.0, 1.0}};
  EXPECT_EQ(m::side_of_line({11.0, 0.6}, hairpin, 10.0), -1);
  EXPECT_EQ(m::side_of_line({5.0, 0.3}, hairpin, 10.0), 1);
  EXPECT_EQ(m::side_of_line({5.0, -2.0}, hairpin, 10.0), -1);
  // A closed square drawn anticlockwise holds its inside on the left, also near its first vertex.
  const gwp::Polyline square{{0.0, 0.0}, {10.0, 0.0}, {10.0, 10.0}, {0.0, 10.0}, {0.0, 0.0}};
  EXPECT_EQ(m::side_of_line({1.0, 1.0}, square, 10.0), 1);
  EXPECT_EQ(m::side_of_line({-1.0, -1.0}, square, 10.0), -1);
  EXPECT_EQ(m::side_of_line({11.0, 11.0}, square, 10.0), -1);
}

// x = 20 drawn south to north: the faces between columns 1 and 2 of every row, crossed from the
// west (the walker's left) to the east: +1; drawn north to south, -1.
TEST(ControlPlane, TransectDirections) {
  const auto north = directions({{20.0, 1.0}, {20.0, 39.0}});
  ASSERT_EQ(north.size(), 4u);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(north.at({i, 1, i, 2}), 1.0) << "row " << i;
  const auto south = directions({{20.0, 39.0}, {20.0, 1.0}});
  for (int i = 0; i < 4; ++i) EXPECT_EQ(south.at({i, 1, i, 2}), -1.0) << "row " << i;
}

// A line along the centres of row 1 (y = 25), drawn west to east: the faces to the rows on either
// side count by half, forward from north (left) to south; the faces along the row count nothing.
// So a column's flow from row 0 to row 2 passes the line once: 1/2 + 1/2.
TEST(ControlPlane, LineThroughARowOfCentresCountsHalfOnEachSide) {
  const auto d = directions({{0.5, 25.0}, {49.5, 25.0}});
  for (int j = 0; j < 5; ++j) {
    EXPECT_EQ(d.at({0, j, 1, j}), 0.5) << "column " << j;
    EXPECT_EQ(d.at({1, j, 2, j}), 0.5) << "column " << j;
  }
  for (int j = 0; j < 4; ++j) EXPECT_EQ(d.at({1, j, 1, j + 1}), 0.0) << "along the row";
}

// The diagonal y = 0.8 x from (0, 0) to (50, 40), walking north-east: west and north of it is left.
// Each face it crosses goes from one side to the other; its direction follows from the centres:
// an east face from a left column to a right one is +1, a south face (to the row below) from a
// left row to a right one is +1.
TEST(ControlPlane, StaircaseOfADiagonal) {
  const gwp::Polyline line{{0.0, 0.0}, {50.0, 40.0}};
  const auto faces = m::crossed_faces(grid(), line);
  const auto d = m::crossing_directions(grid(), line, faces);
  ASSERT_FALSE(faces.empty());
  const gwp::Grid g = grid();
  for (std::size_t f = 0; f < faces.size(); ++f) {
    const auto side = [&](int i, int j) {
      const double x = g.x_centre(j), y = g.y_centre(i);
      return y > 0.8 * x ? 1 : y < 0.8 * x ? -1 : 0;  // left (north-west) of y = 0.8 x
    };
    const int from = side(faces[f][0][0], faces[f][0][1]), to = side(faces[f][1][0], faces[f][1][1]);
    EXPECT_EQ(d[f], 0.5 * (from - to)) << "face " << f;
    EXPECT_NE(d[f], 0.0) << "a single straight segment is crossed once";
  }
}

// On a grid rotated by 30 degrees (anticlockwise), the transect drawn in world coordinates by
// rotating its ends takes the same faces in the same directions: a rotation keeps left and right.
TEST(ControlPlane, RotatedGridKeepsTheDirections) {
  const double c = std::cos(std::numbers::pi / 6), s = std::sin(std::numbers::pi / 6);
  const auto world = [&](double x, double y) { return gwp::Point{c * x - s * y, s * x + c * y}; };
  const gwp::Polyline line{world(20.0, 1.0), world(20.0, 39.0)};
  const auto faces = m::crossed_faces(grid(30.0), line);
  const auto d = m::crossing_directions(grid(30.0), line, faces);
  ASSERT_EQ(faces.size(), 4u);
  for (std::size_t f = 0; f < faces.size(); ++f) {
    EXPECT_EQ(faces[f][0][1], 1);
    EXPECT_EQ(faces[f][1][1], 2);
    EXPECT_EQ(d[f], 1.0);
  }
}
