// Plane geometry against shapes whose answers are known by construction.
#include <gtest/gtest.h>

#include <cmath>

#include "models/geometry.hpp"

using gwp::model::Point;
using gwp::model::Polygon;
namespace m = gwp::model;

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
    EXPECT_TRUE(m::point_in_polygon({0.5, 0.5}, l));
    EXPECT_TRUE(m::point_in_polygon({1.5, 0.5}, l));
    EXPECT_TRUE(m::point_in_polygon({0.5, 1.5}, l));
    EXPECT_FALSE(m::point_in_polygon({1.5, 1.5}, l)) << "the notch is outside";
    EXPECT_FALSE(m::point_in_polygon({-0.5, 0.5}, l));
    EXPECT_FALSE(m::point_in_polygon({2.5, 1.0}, l)) << "on the line of a horizontal edge, beyond it";
    EXPECT_FALSE(m::point_in_polygon({0.5, 2.0 + 1e-6}, l));
  }
}

TEST(Geometry, EdgesAndVerticesAreInside) {
  for (const Polygon& l : {l_shape(), reversed(l_shape())}) {
    EXPECT_TRUE(m::point_in_polygon({1.0, 0.0}, l)) << "on the south edge";
    EXPECT_TRUE(m::point_in_polygon({2.0, 0.5}, l)) << "on the east edge";
    EXPECT_TRUE(m::point_in_polygon({1.5, 1.0}, l)) << "on the notch's floor";
    EXPECT_TRUE(m::point_in_polygon({1.0, 1.5}, l)) << "on the notch's wall";
    EXPECT_TRUE(m::point_in_polygon({1.0, 1.0}, l)) << "on the re-entrant vertex";
    EXPECT_TRUE(m::point_in_polygon({2.0, 0.0}, l)) << "on a convex vertex";
    EXPECT_TRUE(m::point_in_polygon({0.0, 2.0}, l));
  }
}

TEST(Geometry, EdgeRuleHoldsAtProjectedCoordinates) {
  // CGCS2000 Gauss-Kruger coordinates are millions of metres; an edge point must still count
  // as inside although its coordinates carry rounding of about 1e-9 m.
  const double x0 = 37512345.678, y0 = 2561234.567;
  const Polygon l = shifted(l_shape(), x0, y0);
  EXPECT_TRUE(m::point_in_polygon({x0 + 2.0 + 5e-8, y0 + 0.5}, l)) << "a few roundings east of the east edge";
  EXPECT_TRUE(m::point_in_polygon({x0 + 1.0 + 5e-8, y0 + 1.5}, l)) << "a few roundings into the notch is on its wall";
  EXPECT_FALSE(m::point_in_polygon({x0 + 1.0 + 1e-3, y0 + 1.5}, l)) << "1 mm into the notch is outside";
  EXPECT_FALSE(m::point_in_polygon({x0 + 2.0 + 1e-3, y0 + 0.5}, l)) << "1 mm east of the east edge is outside";
  EXPECT_TRUE(m::point_in_polygon({x0 + 0.3, y0 + 0.3}, l));
}

TEST(Geometry, RepeatedClosingVertexChangesNothing) {
  Polygon closed = l_shape();
  closed.push_back(closed.front());
  EXPECT_TRUE(m::point_in_polygon({0.5, 1.5}, closed));
  EXPECT_FALSE(m::point_in_polygon({1.5, 1.5}, closed));
  EXPECT_DOUBLE_EQ(m::polygon_area(closed), 3.0);
}

TEST(Geometry, DegeneratePolygonHoldsNothing) {
  EXPECT_FALSE(m::point_in_polygon({0.0, 0.0}, Polygon{{0, 0}, {1, 1}}));
  EXPECT_FALSE(m::point_in_polygon({0.0, 0.0}, Polygon{}));
  EXPECT_EQ(m::polygon_area(Polygon{{0, 0}, {1, 1}}), 0.0);
}

TEST(Geometry, AreaOfKnownShapes) {
  // Exact in binary for these small integer shapes.
  EXPECT_DOUBLE_EQ(m::polygon_area(l_shape()), 3.0);
  EXPECT_DOUBLE_EQ(m::polygon_area(reversed(l_shape())), 3.0);
  EXPECT_DOUBLE_EQ(m::polygon_area({{0, 0}, {3, 0}, {0, 4}}), 6.0);
  // A regular hexagon of side 50 m far from the origin: 3 sqrt(3) / 2 * 50^2. Coordinates of
  // 1e7 m carry 2e-9 m of rounding; the area of 6,495 m2 is then right to about 1e-7 m2.
  Polygon hexagon;
  const double pi = std::acos(-1.0);
  for (int v = 0; v < 6; ++v)
    hexagon.push_back({37500000.0 + 50.0 * std::cos(v * pi / 3.0), 2560000.0 + 50.0 * std::sin(v * pi / 3.0)});
  EXPECT_NEAR(m::polygon_area(hexagon), 1.5 * std::sqrt(3.0) * 2500.0, 1e-6);
}

TEST(Geometry, DistanceToPolygon) {
  const Polygon l = l_shape();
  // Exact answers up to one rounding of a square root.
  EXPECT_DOUBLE_EQ(m::distance_to_polygon({5.0, 0.5}, l), 3.0) << "straight east of the east edge";
  EXPECT_DOUBLE_EQ(m::distance_to_polygon({5.0, 5.0}, l), std::hypot(4.0, 3.0)) << "nearest the vertex (1, 2)";
  EXPECT_DOUBLE_EQ(m::distance_to_polygon({1.5, 1.25}, l), 0.25) << "in the notch, nearest its floor";
  EXPECT_EQ(m::distance_to_polygon({0.5, 0.5}, l), 0.0) << "inside";
  EXPECT_EQ(m::distance_to_polygon({2.0, 0.5}, l), 0.0) << "on the boundary";
}

TEST(Geometry, DistanceToSegment) {
  EXPECT_DOUBLE_EQ(m::distance_to_segment({0.0, 2.0}, {-1.0, 0.0}, {1.0, 0.0}), 2.0) << "perpendicular foot inside";
  EXPECT_DOUBLE_EQ(m::distance_to_segment({4.0, 4.0}, {-1.0, 0.0}, {1.0, 0.0}), 5.0) << "nearest the end (1, 0)";
  EXPECT_DOUBLE_EQ(m::distance_to_segment({3.0, 4.0}, {0.0, 0.0}, {0.0, 0.0}), 5.0) << "a segment of no length";
}

TEST(Geometry, BoundingBox) {
  const m::BoundingBox b = m::bounding_box(shifted(l_shape(), -3.0, 7.0));
  EXPECT_EQ(b.x_min, -3.0);
  EXPECT_EQ(b.x_max, -1.0);
  EXPECT_EQ(b.y_min, 7.0);
  EXPECT_EQ(b.y_max, 9.0);
}
