// A series read at given times and the time it goes below a limit for good, against values and
// crossings worked out by hand on the straight line between two samples. Tolerance 1e-12: one
// division and one product of round numbers.
#include "postprocess/metrics/series_sampling.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace gwp::metrics {
namespace {

constexpr double kTolerance = 1e-12;

TEST(SeriesSampling, ReadsTheLineBetweenTheStraddlingSamples) {
  // 1 at 0 d, 3 at 10 d, 2 at 30 d: 2 at 5 d, 3 at 10 d (a sample), 2.5 at 20 d.
  const std::vector<double> v = series_at({0, 10, 30}, {1.0, 3.0, 2.0}, {5, 10, 20});
  ASSERT_EQ(v.size(), 3u);
  EXPECT_NEAR(v[0], 2.0, kTolerance);
  EXPECT_EQ(v[1], 3.0);
  EXPECT_NEAR(v[2], 2.5, kTolerance);
}

TEST(SeriesSampling, NothingOutsideTheSeries) {
  // Before the first sample and after the last there is no value.
  const std::vector<double> v = series_at({10, 20}, {1.0, 2.0}, {5, 10, 20, 25});
  EXPECT_TRUE(std::isnan(v[0]));
  EXPECT_EQ(v[1], 1.0);
  EXPECT_EQ(v[2], 2.0);
  EXPECT_TRUE(std::isnan(v[3]));
}

TEST(SeriesSampling, SamplerFedOneByOneAgreesAndRejectsBadSamples) {
  SeriesSampler sampler({2.5, 7.0});
  sampler.add(0.0, 0.0);
  sampler.add(5.0, 10.0);
  sampler.add(10.0, 4.0);
  EXPECT_NEAR(sampler.values()[0], 5.0, kTolerance);        // halfway from 0 to 10
  EXPECT_NEAR(sampler.values()[1], 10.0 - 0.4 * 6.0, kTolerance);  // 2/5 of the way from 10 to 4
  EXPECT_THROW(sampler.add(9.0, 1.0), std::invalid_argument);
  EXPECT_THROW(sampler.add(11.0, std::nan("")), std::invalid_argument);
  EXPECT_THROW(SeriesSampler({3.0, 1.0}), std::invalid_argument);
  EXPECT_THROW(series_at({0, 1}, {1.0}, {0.5}), std::invalid_argument);
}

TEST(BelowLimit, InterpolatesTheLastDownwardCrossing) {
  // Above from 0 to 10 d (2.0), down to 0.5 at 20 d: 1.0 is crossed two thirds of the way, at
  // 10 + 10 * (2 - 1) / (2 - 0.5) = 16.667 d.
  EXPECT_NEAR(below_limit_from({0, 10, 20, 30}, {2.0, 2.0, 0.5, 0.2}, 1.0), 10.0 + 10.0 / 1.5, kTolerance);
}

TEST(BelowLimit, OnlyTheLastCrossingCounts) {
  // Down through 1 at 1.5 d, up again at 3 d, down again between 3 and 4 d at 3.5 d.
  EXPECT_NEAR(below_limit_from({0, 1, 2, 3, 4}, {0.0, 1.5, 0.5, 2.0, 0.0}, 1.0), 3.5, kTolerance);
}

TEST(BelowLimit, NeverAboveStillAboveAndReachingTheLimit) {
  EXPECT_EQ(below_limit_from({0, 1, 2}, {0.1, 0.9, 1.0}, 1.0), 0.0);          // at the limit is not above
  EXPECT_TRUE(std::isnan(below_limit_from({0, 1, 2}, {0.1, 0.5, 1.2}, 1.0)));  // above at the end
  EXPECT_NEAR(below_limit_from({0, 1, 2}, {3.0, 1.0, 1.0}, 1.0), 1.0, kTolerance);  // reaches it at 1 d
  EXPECT_TRUE(std::isnan(below_limit_from({0, 1}, {3.0, 0.0}, std::nan(""))));  // no limit
  EXPECT_TRUE(std::isnan(below_limit_from({}, {}, 1.0)));                      // no samples
  EXPECT_THROW(below_limit_from({0, 2, 1}, {0.0, 0.0, 0.0}, 1.0), std::invalid_argument);
}

TEST(BelowLimit, WatchAgreesWithTheWholeSeries) {
  BelowLimitWatch watch(0.5);
  for (const auto& [t, v] : {std::pair{0.0, 0.0}, {4.0, 0.9}, {8.0, 0.1}, {12.0, 0.0}}) watch.add(t, v);
  // 0.9 at 4 d to 0.1 at 8 d: 0.5 halfway, at 6 d.
  EXPECT_NEAR(watch.time(), 6.0, kTolerance);
  EXPECT_NEAR(below_limit_from({0, 4, 8, 12}, {0.0, 0.9, 0.1, 0.0}, 0.5), watch.time(), 0.0);
}

}  // namespace
}  // namespace gwp::metrics
