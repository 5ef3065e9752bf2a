// Residual statistics against figures worked by hand.
#include "postprocess/metrics/residual_statistics.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace gwp::metrics {
namespace {

TEST(ResidualStatistics, HandWorkedExample) {
  // Residuals 0.5, -0.5, 1: ME 1/3, MAE 2/3, RMSE sqrt(1.5 / 3), observed range 4 - 1 = 3.
  const ResidualStatistics s = residual_statistics({1.0, 2.0, 4.0}, {1.5, 1.5, 5.0});
  EXPECT_EQ(s.count, 3u);
  EXPECT_NEAR(s.mean_error, 1.0 / 3.0, 1e-15);
  EXPECT_NEAR(s.mean_absolute_error, 2.0 / 3.0, 1e-15);
  EXPECT_NEAR(s.root_mean_square_error, std::sqrt(0.5), 1e-15);
  EXPECT_NEAR(s.normalised_rmse, std::sqrt(0.5) / 3.0, 1e-15);
}

TEST(ResidualStatistics, NoRangeNoNormalisedError) {
  const ResidualStatistics s = residual_statistics({2.0, 2.0}, {1.0, 4.0});
  EXPECT_NEAR(s.mean_error, 0.5, 1e-15);
  EXPECT_NEAR(s.root_mean_square_error, std::sqrt(2.5), 1e-15);
  EXPECT_TRUE(std::isnan(s.normalised_rmse));
  EXPECT_TRUE(std::isnan(residual_statistics({}, {}).mean_error));
  EXPECT_THROW(residual_statistics({1.0}, {}), std::invalid_argument);
}

}  // namespace
}  // namespace gwp::metrics
