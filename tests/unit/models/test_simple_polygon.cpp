// Outlines that cross or touch themselves, double back, or only repeat a vertex
// (models/simple_polygon).
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <numbers>

#include "models/simple_polygon.hpp"

namespace gwp::model {
namespace {

TEST(SimplePolygon, OrdinaryOutlinesAreSimple) {
  EXPECT_FALSE(polygon_crossing({{0, 0}, {10, 0}, {10, 10}, {0, 10}}));
  EXPECT_FALSE(polygon_crossing({{0, 0}, {0, 10}, {10, 10}, {10, 0}})) << "either orientation";
  EXPECT_FALSE(polygon_crossing({{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}})) << "the first vertex repeated";
  EXPECT_FALSE(polygon_crossing({{0, 0}, {10, 0}, {10, 0}, {10, 10}, {0, 10}})) << "a vertex repeated";
  EXPECT_FALSE(polygon_crossing({{0, 0}, {10, 0}, {5, 1}, {10, 10}, {0, 10}})) << "concave";
  EXPECT_FALSE(polygon_crossing({{0, 0}, {5, 0}, {10, 0}, {10, 10}})) << "a straight run through a vertex";
}

TEST(SimplePolygon, ABowTieCrosses) {
  EXPECT_EQ(polygon_crossing({{0, 0}, {50, 50}, {50, 0}, {0, 50}}),
            "edge 1 (0, 0) - (50, 50) crosses or touches edge 3 (50, 0) - (0, 50)");
}

TEST(SimplePolygon, TouchingItselfAtAVertex) {
  // A figure of eight pinched at (5, 5).
  const auto found = polygon_crossing({{0, 0}, {5, 5}, {10, 0}, {10, 10}, {5, 5}, {0, 10}});
  ASSERT_TRUE(found);
  EXPECT_NE(found->find("crosses or touches"), std::string::npos) << *found;
}

TEST(SimplePolygon, DoublingBack) {
  EXPECT_EQ(polygon_crossing({{0, 0}, {50, 0}, {50, 50}, {50, 0}}),
            "the outline turns back on itself at vertex 1 (0, 0): edge 4 (50, 0) - (0, 0) and edge 1 (0, 0) - (50, "
            "0) overlap");
  EXPECT_TRUE(polygon_crossing({{0, 0}, {1, 0}, {2, 0}})) << "a flat triangle encloses nothing";
}

// Sorted along the shorter axis, a circle of 200 000 vertices is checked in well under a second.
TEST(SimplePolygon, ManyVerticesQuickly) {
  Polygon circle;
  const int n = 200000;
  for (int k = 0; k < n; ++k) {
    const double a = 2 * std::numbers::pi * k / n;
    circle.push_back({1000 * std::cos(a), 1000 * std::sin(a)});
  }
  const auto start = std::chrono::steady_clock::now();
  EXPECT_FALSE(polygon_crossing(circle));
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 1.0);
  std::swap(circle[10], circle[20]);  // two vertices exchanged: the outline crosses itself
  EXPECT_TRUE(polygon_crossing(circle));
}

}  // namespace
}  // namespace gwp::model
