// Plane geometry against shapes whose answers are known by construction.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>

#include "core/plane_geometry.hpp"

using gwp::Point;
using gwp::Polygon;

namespace {

// An L: the square [0,2]x[0,2] without its north-east quarter [1,2]x[1,2]. Area 3 m2.
Polygon l_shape() { return {{0, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 2}, {0, 2}}; }

Polygon reversed(Polygon p) { return Polygon(p.rbegin(), p.rend()); }

Polygon shifted(Polygon p, double x0, double y0) {
  for (Point& v : p) v = {v[0] + x0, v[1] + y0};
  return p;
}

}  // namespace

TEST(Geometry, PointInConcavePolygon) {
  for (const Polygon& l : {l_shape(), reversed(l_shape())}) {
    EXPECT_TRUE(gwp::point_in_polygon({0.5, 0.5}, l));
    EXPECT_TRUE(gwp::point_in_polygon({1.5, 0.5}, l));
    EXPECT_TRUE(gwp::point_in_polygon({0.5, 1.5}, l));
    EXPECT_FALSE(gwp::point_in_polygon({1.5, 1.5}, l)) << "the notch is outside";
    EXPECT_FALSE(gwp::point_in_polygon({-0.5, 0.5}, l));
    EXPECT_FALSE(gwp::point_in_polygon({2.5, 1.0}, l)) << "on the line of a horizontal edge, beyond it";
    EXPECT_FALSE(gwp::point_in_polygon({0.5, 2.0 + 1e-6}, l));
  }
}

TEST(Geometry, EdgesAndVerticesAreInside) {
  for (const Polygon& l : {l_shape(), reversed(l_shape())}) {
    EXPECT_TRUE(gwp::point_in_polygon({1.0, 0.0}, l)) << "on the south edge";
    EXPECT_TRUE(gwp::point_in_polygon({2.0, 0.5}, l)) << "on the east edge";
    EXPECT_TRUE(gwp::point_in_polygon({1.5, 1.0}, l)) << "on the notch's floor";
    EXPECT_TRUE(gwp::point_in_polygon({1.0, 1.5}, l)) << "on the notch's wall";
    EXPECT_TRUE(gwp::point_in_polygon({1.0, 1.0}, l)) << "on the re-entrant vertex";
    EXPECT_TRUE(gwp::point_in_polygon({2.0, 0.0}, l)) << "on a convex vertex";
    EXPECT_TRUE(gwp::point_in_polygon({0.0, 2.0}, l));
  }
}

TEST(Geometry, EdgeRuleHoldsAtProjectedCoordinates) {
  // CGCS2000 Gauss-Kruger coordinates are millions of metres; an edge point must still count
  // as inside although its coordinates carry rounding of about 1e-9 m.
  const double x0 = 37512345.678, y0 = 2561234.567;
  const Polygon l = shifted(l_shape(), x0, y0);
  EXPECT_TRUE(gwp::point_in_polygon({x0 + 2.0 + 5e-8, y0 + 0.5}, l)) << "a few roundings east of the east edge";
  EXPECT_TRUE(gwp::point_in_polygon({x0 + 1.0 + 5e-8, y0 + 1.5}, l)) << "a few roundings into the notch is on its wall";
  EXPECT_FALSE(gwp::point_in_polygon({x0 + 1.0 + 1e-3, y0 + 1.5}, l)) << "1 mm into the notch is outside";
  EXPECT_FALSE(gwp::point_in_polygon({x0 + 2.0 + 1e-3, y0 + 0.5}, l)) << "1 mm east of the east edge is outside";
  EXPECT_TRUE(gwp::point_in_polygon({x0 + 0.3, y0 + 0.3}, l));
}

TEST(Geometry, RepeatedClosingVertexChangesNothing) {
  Polygon closed = l_shape();
  closed.push_back(closed.front());
  EXPECT_TRUE(gwp::point_in_polygon({0.5, 1.5}, closed));
  EXPECT_FALSE(gwp::point_in_polygon({1.5, 1.5}, closed));
  EXPECT_DOUBLE_EQ(gwp::polygon_area(closed), 3.0);
}

TEST(Geometry, DegeneratePolygonHoldsNothing) {
  EXPECT_FALSE(gwp::point_in_polygon({0.0, 0.0}, Polygon{{0, 0}, {1, 1}}));
  EXPECT_FALSE(gwp::point_in_polygon({0.0, 0.0}, Polygon{}));
  EXPECT_EQ(gwp::polygon_area(Polygon{{0, 0}, {1, 1}}), 0.0);
}

TEST(Geometry, AreaOfKnownShapes) {
  // Exact in binary for these small integer shapes.
  EXPECT_DOUBLE_EQ(gwp::polygon_area(l_shape()), 3.0);
  EXPECT_DOUBLE_EQ(gwp::polygon_area(reversed(l_shape())), 3.0);
  EXPECT_DOUBLE_EQ(gwp::polygon_area({{0, 0}, {3, 0}, {0, 4}}), 6.0);
  // A regular hexagon of side 50 m far from the origin: 3 sqrt(3) / 2 * 50^2. Coordinates of
  // 1e7 m carry 2e-9 m of rounding; the area of 6,495 m2 is then right to about 1e-7 m2.
  Polygon hexagon;
  const double pi = std::acos(-1.0);
  for (int v = 0; v < 6; ++v)
    hexagon.push_back({37500000.0 + 50.0 * std::cos(v * pi / 3.0), 2560000.0 + 50.0 * std::sin(v * pi / 3.0)});
  EXPECT_NEAR(gwp::polygon_area(hexagon), 1.5 * std::sqrt(3.0) * 2500.0, 1e-6);
}

TEST(Geometry, DistanceToPolygon) {
  const Polygon l = l_shape();
  // Exact answers up to one rounding of a square root.
  EXPECT_DOUBLE_EQ(gwp::distance_to_polygon({5.0, 0.5}, l), 3.0) << "straight east of the east edge";
  EXPECT_DOUBLE_EQ(gwp::distance_to_polygon({5.0, 5.0}, l), std::hypot(4.0, 3.0)) << "nearest the vertex (1, 2)";
  EXPECT_DOUBLE_EQ(gwp::distance_to_polygon({1.5, 1.25}, l), 0.25) << "in the notch, nearest its floor";
  EXPECT_EQ(gwp::distance_to_polygon({0.5, 0.5}, l), 0.0) << "inside";
  EXPECT_EQ(gwp::distance_to_polygon({2.0, 0.5}, l), 0.0) << "on the boundary";
}

TEST(Geometry, DistanceToSegment) {
  EXPECT_DOUBLE_EQ(gwp::distance_to_segment({0.0, 2.0}, {-1.0, 0.0}, {1.0, 0.0}), 2.0) << "perpendicular foot inside";
  EXPECT_DOUBLE_EQ(gwp::distance_to_segment({4.0, 4.0}, {-1.0, 0.0}, {1.0, 0.0}), 5.0) << "nearest the end (1, 0)";
  EXPECT_DOUBLE_EQ(gwp::distance_to_segment({3.0, 4.0}, {0.0, 0.0}, {0.0, 0.0}), 5.0) << "a segment of no length";
}

TEST(Geometry, BoundingBox) {
  const gwp::BoundingBox b = gwp::bounding_box(shifted(l_shape(), -3.0, 7.0));
  EXPECT_EQ(b.x_min, -3.0);
  EXPECT_EQ(b.x_max, -1.0);
  EXPECT_EQ(b.y_min, 7.0);
  EXPECT_EQ(b.y_max, 9.0);
}

TEST(PlaneGeometry, SegmentsIntersect) {
  EXPECT_TRUE(gwp::segments_intersect({0, 0}, {2, 2}, {0, 2}, {2, 0})) << "crossing";
  EXPECT_TRUE(gwp::segments_intersect({0, 0}, {1, 1}, {1, 1}, {2, 0})) << "touching at an end";
  EXPECT_TRUE(gwp::segments_intersect({0, 0}, {2, 0}, {1, 0}, {3, 0})) << "collinear overlap";
  EXPECT_FALSE(gwp::segments_intersect({0, 0}, {1, 0}, {2, 0}, {3, 0})) << "collinear apart";
  EXPECT_FALSE(gwp::segments_intersect({0, 0}, {2, 0}, {0, 1}, {2, 1})) << "parallel";
  EXPECT_FALSE(gwp::segments_intersect({0, 0}, {1, 1}, {2, 0}, {3, -5})) << "apart";
}

// Clipping: a segment from (-5, 5) to (15, 5) has 10 m inside [0, 10] x [0, 10]; a diagonal of
// the square, sqrt(200); a segment along an edge counts (edges are inside); one outside, nothing.
TEST(PlaneGeometry, LengthInRectangle) {
  EXPECT_NEAR(gwp::length_in_rectangle({{-5, 5}, {15, 5}}, {0, 10, 0, 10}), 10.0, 1e-12);
  EXPECT_NEAR(gwp::length_in_rectangle({{0, 0}, {10, 10}}, {0, 10, 0, 10}), std::sqrt(200.0), 1e-12);
  EXPECT_NEAR(gwp::length_in_rectangle({{0, 0}, {10, 0}}, {0, 10, 0, 10}), 10.0, 1e-12);
  EXPECT_EQ(gwp::length_in_rectangle({{11, 0}, {20, 5}}, {0, 10, 0, 10}), 0.0);
  EXPECT_NEAR(gwp::distance_to_polyline({5, 3}, {{0, 0}, {10, 0}, {10, 10}}), 3.0, 1e-12);
  // A 3-4-5 leg and a 5-12-13 leg.
  EXPECT_NEAR(gwp::polyline_length({{0, 0}, {3, 4}, {8, 16}}), 5.0 + 13.0, 1e-12);
  EXPECT_EQ(gwp::polyline_length({{1, 1}}), 0.0);
}

// Plan distances to points, segments and outlines, against distances worked out by hand
// (Pythagoras on 3-4-5 triangles and axis-parallel gaps). Tolerance 1e-12 m: a few roundings.
namespace outlines {
using namespace gwp;

constexpr double kTolerance = 1e-12;  // m

// An L: the unit-wide strips along the x and y axes of a 4 x 4 square, with the notch at (1..4,
// 1..4) outside.
const Polygon kL{{0, 0}, {4, 0}, {4, 1}, {1, 1}, {1, 4}, {0, 4}};

TEST(PlaneGeometry, PointIsAThreeFourFiveTriangleAway) {
  EXPECT_NEAR(distance_to_polygon({4.0, 5.0}, {{1.0, 1.0}}), 5.0, kTolerance);
}

TEST(PlaneGeometry, SegmentDistanceToItsInteriorAndEnds) {
  const Polygon segment{{0.0, 0.0}, {10.0, 0.0}};
  EXPECT_NEAR(distance_to_polygon({4.0, 3.0}, segment), 3.0, kTolerance);    // beside it
  EXPECT_NEAR(distance_to_polygon({13.0, 4.0}, segment), 5.0, kTolerance);   // past its end
  EXPECT_NEAR(distance_to_polygon({-3.0, -4.0}, segment), 5.0, kTolerance);  // before its start
  EXPECT_NEAR(distance_to_segment({1.0, 1.0}, {2.0, 2.0}, {2.0, 2.0}), std::sqrt(2.0), kTolerance);
}

TEST(PlaneGeometry, InsideIsZeroOutsideIsToTheNearestEdge) {
  EXPECT_EQ(distance_to_polygon({0.5, 3.0}, kL), 0.0);      // inside the upright strip
  EXPECT_EQ(distance_to_polygon({4.0, 0.5}, kL), 0.0);      // on the east edge
  EXPECT_NEAR(distance_to_polygon({6.0, 0.5}, kL), 2.0, kTolerance);
  // Inside the notch: 1 m from both inner edges, although inside the L's bounding box.
  EXPECT_NEAR(distance_to_polygon({2.0, 2.0}, kL), 1.0, kTolerance);
  // Beyond the notch's corner: to the vertex (4, 1) or (1, 4), sqrt(1 + 16).
  EXPECT_NEAR(distance_to_polygon({5.0, 5.0}, kL), std::sqrt(17.0), kTolerance);
}

TEST(PlaneGeometry, InsideDoesNotDependOnTheSense) {
  const Polygon clockwise(kL.rbegin(), kL.rend());
  EXPECT_TRUE(point_in_polygon({0.5, 3.0}, clockwise));
  EXPECT_FALSE(point_in_polygon({2.0, 2.0}, clockwise));
  // A ray from (0.5, 1) passes through the vertex (1, 1) and must still count one crossing.
  EXPECT_TRUE(point_in_polygon({0.5, 1.0}, kL));
}

TEST(PlaneGeometry, EmptyOrNonFiniteOutlineIsRejected) {
  EXPECT_THROW(distance_to_polygon({0.0, 0.0}, {}), std::invalid_argument);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_THROW(distance_to_polygon({0.0, 0.0}, {{0.0, 0.0}, {1.0, nan}, {1.0, 1.0}}),
               std::invalid_argument);
}

// An L-shaped landfill crossed twice by a line: two stretches, at the distances where the line
// meets the outline.
TEST(PlaneGeometry, LineThroughAConcaveOutlineGivesEachStretch) {
  const std::vector<Point> l_shape{{0, 0}, {30, 0}, {30, 10}, {10, 10}, {10, 30}, {0, 30}};
  // Along y = 20 from x = -5 to 40: inside from x = 0 to 10 only.
  auto s = stretches_inside(l_shape, {-5, 20}, {40, 20});
  ASSERT_EQ(s.size(), 1u);
  EXPECT_NEAR(s[0][0], 5.0, 1e-9);
  EXPECT_NEAR(s[0][1], 15.0, 1e-9);
  // Along x = 20 from y = -5 up to 40: inside from y = 0 to 10.
  s = stretches_inside(l_shape, {20, -5}, {20, 40});
  ASSERT_EQ(s.size(), 1u);
  EXPECT_NEAR(s[0][0], 5.0, 1e-9);
  EXPECT_NEAR(s[0][1], 15.0, 1e-9);
  // A diagonal from (-5, 25) to (35, 5) leaves the upper arm and enters the lower one.
  s = stretches_inside(l_shape, {-5, 25}, {35, 5});
  ASSERT_EQ(s.size(), 2u);
  const double length = std::hypot(40.0, 20.0);
  EXPECT_NEAR(s[0][0], 5.0 / 40.0 * length, 1e-9);   // enters at x = 0
  EXPECT_NEAR(s[0][1], 15.0 / 40.0 * length, 1e-9);  // leaves at x = 10 (y = 20)
  EXPECT_NEAR(s[1][0], 30.0 / 40.0 * length, 1e-9);  // enters at y = 10 (x = 25)
  EXPECT_NEAR(s[1][1], 35.0 / 40.0 * length, 1e-9);  // leaves at x = 30 (y = 7.5)
  EXPECT_TRUE(stretches_inside(l_shape, {50, 50}, {60, 60}).empty());
}

// A point 3 m off a line running east-north-east (a 3-4-5 direction), 5 m along it.
TEST(PlaneGeometry, PositionOnALine) {
  const Point start{100.0, 200.0}, end{100.0 + 40.0, 200.0 + 30.0};  // direction (0.8, 0.6)
  const Point p{start[0] + 5.0 * 0.8 - 3.0 * 0.6, start[1] + 5.0 * 0.6 + 3.0 * 0.8};
  const LinePosition at = position_on_line(p, start, end);
  EXPECT_NEAR(at.along, 5.0, 1e-12);
  EXPECT_NEAR(at.off, 3.0, 1e-12);
  EXPECT_THROW(position_on_line(p, start, start), std::invalid_argument);
}

}  // namespace outlines
