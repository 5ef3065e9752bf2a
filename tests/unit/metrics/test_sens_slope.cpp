// Sen's slope against medians of pairwise slopes listed by hand.
#include "postprocess/metrics/sens_slope.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace gwp::metrics {
namespace {

TEST(SensSlope, MedianOfPairwiseSlopes) {
  // Slopes 2, 1.5, 1: median 1.5.
  EXPECT_DOUBLE_EQ(sens_slope({0, 1, 2}, {0, 2, 3}), 1.5);
  // Slopes 1, 2, 3, 3, 4, 5: median (3 + 3) / 2.
  EXPECT_DOUBLE_EQ(sens_slope({0, 1, 2, 3}, {0, 1, 4, 9}), 3.0);
  // Slopes 1, 8/3, 7/2, unevenly spaced times: median 8/3.
  EXPECT_DOUBLE_EQ(sens_slope({0, 1, 3}, {0, 1, 8}), 8.0 / 3.0);
}

TEST(SensSlope, SamplesAtOneTimeMakeNoSlope) {
  // Pairs with a time step: (0 -> 4) / 1 = 4, (2 -> 4) / 1 = 2; median 3.
  EXPECT_DOUBLE_EQ(sens_slope({0, 0, 1}, {0, 2, 4}), 3.0);
  EXPECT_TRUE(std::isnan(sens_slope({5, 5}, {1, 2})));
  // An outlier does not move it: the six pairs without it have slope 0.5, the four with it
  // 5, 7.25, 14 and -13; the median is 0.5.
  EXPECT_DOUBLE_EQ(sens_slope({0, 2, 4, 6, 8}, {0, 1, 2, 30, 4}), 0.5);
}

}  // namespace
}  // namespace gwp::metrics
