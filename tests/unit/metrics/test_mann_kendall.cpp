// The Mann-Kendall trend test against published worked examples, against the exact variance of
// S taken over every ordering of small samples (what the tie-corrected formula claims to be), and
// the Mann-Kendall Toolkit's decision rules at their edges.
#include "postprocess/metrics/mann_kendall.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "postprocess/metrics/censored_trend_values.hpp"

namespace gwp::metrics {
namespace {

// Gilbert, R. O. (1987), "Statistical Methods for Environmental Pollution Monitoring", Van
// Nostrand Reinhold, chapter 16, p. 212: 22 values in time order, with ties (20 six times; 23,
// 26 and 30 twice). S = 162 increases - 51 decreases = 111; the book gives Z = 3.1 and rejects
// "no trend" in favour of an upward trend.
TEST(MannKendall, GilbertChapter16Example) {
  const std::vector<double> x{20, 20, 20, 20, 15, 20, 20, 30, 27, 26, 23, 35, 25, 28, 70, 26, 24, 34, 32, 23, 50, 30};
  const MannKendall m = mann_kendall(x);
  EXPECT_EQ(m.count, 22u);
  EXPECT_EQ(m.s, 111.0);
  // [22 21 49 - (6 5 17 + 3 (2 1 9))] / 18 = (22638 - 510 - 54) / 18.
  EXPECT_NEAR(m.variance, 22074.0 / 18.0, 1e-9);
  EXPECT_NEAR(m.z, 3.1, 0.05);  // the book's figure, to its one decimal
  EXPECT_NEAR(m.z, 110.0 / std::sqrt(22074.0 / 18.0), 1e-12);
  EXPECT_GT(m.confidence, 0.999);
  EXPECT_EQ(m.trend, Trend::increasing);
}

// A worked example "by hand" (College of the Holy Cross, Montserrat volcano data course notes,
// MannKendallByHand.txt): 14 values with one tied pair, S = 72 - 18 = 54,
// V = 14 13 33 / 18 - 2 1 9 / 18, Z = (S - 1) / sqrt(V) = 2.9058, p = .0018 one-sided.
TEST(MannKendall, HolyCrossWorkedExample) {
  const std::vector<double> x{12.9, 14.8, 13.2, 15.7, 13.8, 15.6, 12.9, 11.0, 17.3, 15.9, 19.0, 18.3, 20.1, 21.7};
  const MannKendall m = mann_kendall(x);
  EXPECT_EQ(m.s, 54.0);
  EXPECT_NEAR(m.variance, (14.0 * 13 * 33 - 2 * 1 * 9) / 18.0, 1e-9);
  EXPECT_NEAR(m.z, 2.9058, 5e-5);
  EXPECT_NEAR(1.0 - m.confidence, 0.0018, 5e-5);
  EXPECT_EQ(m.trend, Trend::increasing);
}

// S by its definition, pair by pair.
double brute_s(const std::vector<double>& x) {
  int s = 0;
  for (std::size_t i = 0; i < x.size(); ++i)
    for (std::size_t j = i + 1; j < x.size(); ++j) s += x[j] > x[i] ? 1 : x[j] < x[i] ? -1 : 0;
  return s;
}

// With no trend every ordering of the values is equally likely, and S has mean 0: its variance
// is the mean of S^2 over all orderings. Counted exactly here for random samples with ties.
TEST(MannKendall, VarianceIsThatOfEveryOrdering) {
  std::mt19937 random(20240607);
  std::uniform_int_distribution<int> level(1, 4);  // few levels: many ties
  for (int trial = 0; trial < 20; ++trial) {
    const std::size_t n = 4 + std::size_t(trial % 4);  // 4 .. 7 values, up to 5040 orderings
    std::vector<double> x(n);
    for (double& v : x) v = level(random);
    EXPECT_EQ(mann_kendall_s(x), brute_s(x));
    std::vector<double> p = x;
    std::sort(p.begin(), p.end());
    double sum_sq = 0.0, count = 0.0;
    do {
      const double s = brute_s(p);
      sum_sq += s * s;
      ++count;
    } while (std::next_permutation(p.begin(), p.end()));
    // next_permutation visits each distinct ordering once; every one is equally likely.
    EXPECT_NEAR(mann_kendall_variance(x), sum_sq / count, 1e-9) << "trial " << trial;
  }
}

TEST(MannKendall, SAndZOnRandomData) {
  std::mt19937 random(7);
  std::normal_distribution<double> noise(10.0, 3.0);
  for (int trial = 0; trial < 50; ++trial) {
    std::vector<double> x(5 + trial);
    for (std::size_t i = 0; i < x.size(); ++i) x[i] = std::round(noise(random) + 0.1 * double(i) * (trial % 3 - 1));
    const MannKendall m = mann_kendall(x);
    const double s = brute_s(x);
    EXPECT_EQ(m.s, s);
    const double expect_z = s > 0 ? (s - 1) / std::sqrt(m.variance) : s < 0 ? (s + 1) / std::sqrt(m.variance) : 0.0;
    EXPECT_NEAR(m.z, expect_z, 1e-12);
    // The standard normal CDF of |Z| by the error function's series-free identity.
    EXPECT_NEAR(m.confidence, 0.5 * (1.0 + std::erf(std::abs(expect_z) / std::sqrt(2.0))), 1e-12);
  }
}

TEST(MannKendall, ToolkitDecisionRules) {
  EXPECT_EQ(trend_decision(10, 0.96, 0.5), Trend::increasing);
  EXPECT_EQ(trend_decision(10, 0.95, 0.5), Trend::probably_increasing);
  EXPECT_EQ(trend_decision(10, 0.90, 0.5), Trend::probably_increasing);
  EXPECT_EQ(trend_decision(10, 0.89, 0.5), Trend::no_trend);
  EXPECT_EQ(trend_decision(10, 0.89, 2.0), Trend::no_trend);
  EXPECT_EQ(trend_decision(-10, 0.96, 0.5), Trend::decreasing);
  EXPECT_EQ(trend_decision(-10, 0.92, 0.5), Trend::probably_decreasing);
  EXPECT_EQ(trend_decision(-10, 0.80, 0.5), Trend::stable);
  EXPECT_EQ(trend_decision(-10, 0.80, 1.0), Trend::no_trend);
  EXPECT_EQ(trend_decision(0, 0.5, 0.2), Trend::stable);
  EXPECT_EQ(trend_decision(0, 0.5, 1.5), Trend::no_trend);
  EXPECT_EQ(trend_name(Trend::probably_decreasing), "probably decreasing");
}

TEST(MannKendall, ShortSeriesDecideNothing) {
  const MannKendall m = mann_kendall({3.0, 2.0, 1.0});
  EXPECT_EQ(m.trend, Trend::insufficient_data);
  // Sample sd 1 over mean 2.
  EXPECT_NEAR(m.coefficient_of_variation, 0.5, 1e-15);
}

TEST(MannKendall, NonDetectsTieBelowEveryDetection) {
  // Limits 0.5 and 0.1: both below the smallest detection 0.2 all the same, and equal.
  const auto v = censored_trend_values({0.5, 0.2, 0.1, 0.8}, {true, false, true, false});
  EXPECT_EQ(v[0], v[2]);
  EXPECT_LT(v[0], 0.2);
  EXPECT_EQ(v[1], 0.2);
  EXPECT_EQ(v[3], 0.8);
  // S of (ND, 0.2, ND, 0.8): +1 +0 +1, -1 +1, +1 = 3.
  EXPECT_EQ(mann_kendall_s(v), 3.0);
}

}  // namespace
}  // namespace gwp::metrics
