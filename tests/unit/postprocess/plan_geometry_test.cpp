// Plan distances to points, segments and outlines, against distances worked out by hand
// (Pythagoras on 3-4-5 triangles and axis-parallel gaps). Tolerance 1e-12 m: a few roundings.
#include "postprocess/plan_geometry.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace gwp::post {
namespace {

constexpr double kTolerance = 1e-12;  // m

// An L: the unit-wide strips along the x and y axes of a 4 x 4 square, with the notch at (1..4,
// 1..4) outside.
const Polygon kL{{0, 0}, {4, 0}, {4, 1}, {1, 1}, {1, 4}, {0, 4}};

TEST(PlanGeometry, PointIsAThreeFourFiveTriangleAway) {
  EXPECT_NEAR(distance_to_polygon({4.0, 5.0}, {{1.0, 1.0}}), 5.0, kTolerance);
}

TEST(PlanGeometry, SegmentDistanceToItsInteriorAndEnds) {
  const Polygon segment{{0.0, 0.0}, {10.0, 0.0}};
  EXPECT_NEAR(distance_to_polygon({4.0, 3.0}, segment), 3.0, kTolerance);    // beside it
  EXPECT_NEAR(distance_to_polygon({13.0, 4.0}, segment), 5.0, kTolerance);   // past its end
  EXPECT_NEAR(distance_to_polygon({-3.0, -4.0}, segment), 5.0, kTolerance);  // before its start
  EXPECT_NEAR(distance_to_segment({1.0, 1.0}, {2.0, 2.0}, {2.0, 2.0}), std::sqrt(2.0), kTolerance);
}

TEST(PlanGeometry, InsideIsZeroOutsideIsToTheNearestEdge) {
  EXPECT_EQ(distance_to_polygon({0.5, 3.0}, kL), 0.0);      // inside the upright strip
  EXPECT_EQ(distance_to_polygon({4.0, 0.5}, kL), 0.0);      // on the east edge
  EXPECT_NEAR(distance_to_polygon({6.0, 0.5}, kL), 2.0, kTolerance);
  // Inside the notch: 1 m from both inner edges, although inside the L's bounding box.
  EXPECT_NEAR(distance_to_polygon({2.0, 2.0}, kL), 1.0, kTolerance);
  // Beyond the notch's corner: to the vertex (4, 1) or (1, 4), sqrt(1 + 16).
  EXPECT_NEAR(distance_to_polygon({5.0, 5.0}, kL), std::sqrt(17.0), kTolerance);
}

TEST(PlanGeometry, InsideDoesNotDependOnTheSense) {
  const Polygon clockwise(kL.rbegin(), kL.rend());
  EXPECT_TRUE(inside_polygon({0.5, 3.0}, clockwise));
  EXPECT_FALSE(inside_polygon({2.0, 2.0}, clockwise));
  // A ray from (0.5, 1) passes through the vertex (1, 1) and must still count one crossing.
  EXPECT_TRUE(inside_polygon({0.5, 1.0}, kL));
}

TEST(PlanGeometry, EmptyOrNonFiniteOutlineIsRejected) {
  EXPECT_THROW(distance_to_polygon({0.0, 0.0}, {}), std::invalid_argument);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_THROW(distance_to_polygon({0.0, 0.0}, {{0.0, 0.0}, {1.0, nan}, {1.0, 1.0}}),
               std::invalid_argument);
}

}  // namespace
}  // namespace gwp::post
