// First exceedance times of short series, against crossings worked out by hand on the straight
// line between two samples. Tolerance 1e-12 d: one division and one product of round numbers.
#include "postprocess/metrics/exceedance_time.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace gwp::metrics {
namespace {

constexpr double kTolerance = 1e-12;  // d

TEST(ExceedanceTime, InterpolatesBetweenTheStraddlingSamples) {
  // 0.4 at 10 d, 0.8 at 20 d: 0.5 is reached a quarter of the way, at 12.5 d.
  EXPECT_NEAR(first_exceedance_time({0, 10, 20, 30}, {0.0, 0.4, 0.8, 1.2}, 0.5), 12.5, kTolerance);
}

TEST(ExceedanceTime, FirstOfSeveralCrossings) {
  // Up through 1.0 between 1 and 2 d (at 1.5 d), down again, up again later: the first counts.
  EXPECT_NEAR(first_exceedance_time({0, 1, 2, 3, 4}, {0.0, 0.5, 1.5, 0.2, 3.0}, 1.0), 1.5,
              kTolerance);
}

TEST(ExceedanceTime, ReachingTheLimitIsNotExceedingIt) {
  // At the limit from 1 to 2 d, above it at 3 d: it leaves the limit at 2 d.
  EXPECT_NEAR(first_exceedance_time({0, 1, 2, 3}, {0.0, 0.5, 0.5, 1.0}, 0.5), 2.0, kTolerance);
  EXPECT_TRUE(std::isnan(first_exceedance_time({0, 1, 2}, {0.0, 0.5, 0.5}, 0.5)));
}

TEST(ExceedanceTime, AboveFromTheStartOrNeverOrNoLimit) {
  EXPECT_EQ(first_exceedance_time({5, 6}, {2.0, 3.0}, 1.0), 5.0);
  EXPECT_TRUE(std::isnan(first_exceedance_time({0, 1}, {0.1, 0.2}, 1.0)));
  EXPECT_TRUE(std::isnan(first_exceedance_time({}, {}, 1.0)));
  EXPECT_TRUE(std::isnan(first_exceedance_time({0, 1}, {0.1, 9.0}, std::nan(""))));
}

TEST(ExceedanceTime, WatchAgreesWithTheWholeSeries) {
  // 0.25 at 3 d, 0.75 at 7 d: 0.5 is reached halfway, at 5 d, fed one sample at a time.
  ExceedanceWatch watch(0.5);
  const double times[] = {0.0, 3.0, 7.0, 9.0};
  const double values[] = {0.0, 0.25, 0.75, 0.1};
  for (int s = 0; s < 4; ++s) {
    watch.add(times[s], values[s]);
    if (s < 2) {
      EXPECT_TRUE(std::isnan(watch.time())) << "after sample " << s;
    }
  }
  EXPECT_NEAR(watch.time(), 5.0, kTolerance);
}

TEST(ExceedanceTime, BadSeriesIsRejected) {
  EXPECT_THROW(first_exceedance_time({0, 1}, {0.0}, 1.0), std::invalid_argument);
  EXPECT_THROW(first_exceedance_time({0, 2, 1}, {0.0, 0.0, 0.0}, 1.0), std::invalid_argument);
  EXPECT_THROW(first_exceedance_time({0, 1}, {0.0, std::nan("")}, 1.0), std::invalid_argument);
}

}  // namespace
}  // namespace gwp::metrics
