// The trend of a series over the trend's output times: the times it uses, and round-off that the
// Mann-Kendall test must not read as a trend. S counted by hand over the pairs.
#include "postprocess/metrics/series_trend.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace gwp::metrics {
namespace {

TEST(SeriesTrend, TimesAfterTheStartFromTrendFrom) {
  EXPECT_EQ(trend_times({0.0, 100.0, 365.25, 730.5, 1095.75}, 365.25), (std::vector<double>{365.25, 730.5, 1095.75}));
  EXPECT_EQ(trend_times({0.0, 100.0, 200.0}, 0.0), (std::vector<double>{100.0, 200.0}));  // t = 0 is given, not judged
}

TEST(SeriesTrend, RoundOffIsATie) {
  // A conservative plume's mass, 1250 g, drifting by 1e-12 g per output time: every pair ties,
  // S = 0, and with a coefficient of variation far below 1 the decision is "stable".
  std::vector<double> t, mass;
  for (int i = 1; i <= 8; ++i) {
    t.push_back(100.0 * i);
    mass.push_back(1250.0 + 1e-12 * i);
  }
  const SeriesTrend drift = series_trend(t, mass);
  EXPECT_EQ(drift.test.s, 0.0);
  EXPECT_EQ(drift.test.trend, Trend::stable);
  // The same drift of 1e-6 of the mass is real: all 28 pairs rise, S = 28, increasing.
  for (int i = 0; i < 8; ++i) mass[std::size_t(i)] = 1250.0 * (1.0 + 1e-6 * (i + 1));
  const SeriesTrend real = series_trend(t, mass);
  EXPECT_EQ(real.test.s, 28.0);
  EXPECT_EQ(real.test.trend, Trend::increasing);
  // Sen's slope: 1.25e-3 g per 100 d = 4.565625e-3 g/yr.
  EXPECT_NEAR(real.sen_slope, 1.25e-3 / 100.0 * 365.25, 1e-12);
}

TEST(SeriesTrend, DifferencesBelowAMillionthOfTheLimitTie) {
  // A well the plume never reaches: 1e-100 mg/L growing tenfold per output time. Against a limit
  // of 1.5 mg/L (ties below 1.5e-6 mg/L) every value is 0: S = 0, stable.
  const std::vector<double> t{1, 2, 3, 4, 5, 6};
  std::vector<double> far;
  for (int i = 0; i < 6; ++i) far.push_back(1e-100 * std::pow(10.0, i));
  EXPECT_EQ(series_trend(t, far).test.trend, Trend::increasing);  // without a limit: every pair rises
  const SeriesTrend judged = series_trend(t, far, kTrendLimitFraction * 1.5);
  EXPECT_EQ(judged.test.s, 0.0);
  EXPECT_EQ(judged.test.trend, Trend::stable);
  EXPECT_GT(judged.sen_slope, 0.0);  // Sen's slope sees the values as they are
  // A rise of a thousandth of the limit per output time is a trend: S = 15, increasing.
  std::vector<double> near;
  for (int i = 0; i < 6; ++i) near.push_back(1.5e-3 * (i + 1));
  EXPECT_EQ(series_trend(t, near, kTrendLimitFraction * 1.5).test.s, 15.0);
}

TEST(SeriesTrend, TimesTheSeriesDoesNotReachAreLeftOut) {
  const SeriesTrend t = series_trend({1, 2, 3, 4, 5}, {std::nan(""), 4.0, 3.0, 2.0, 1.0});
  EXPECT_EQ(t.test.count, 4u);
  EXPECT_EQ(t.test.s, -6.0);
}

}  // namespace
}  // namespace gwp::metrics
