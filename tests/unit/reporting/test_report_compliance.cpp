// Verdicts at a receptor: first exceedance interpolated between the samples that straddle the
// limit, peaks so far, and which limit is used. Expected values are worked out by hand from the
// linear interpolation t = t0 + (limit - v0) / (v1 - v0) (t1 - t0).
#include <gtest/gtest.h>

#include <cmath>

#include "postprocess/reporting/point_compliance.hpp"
#include "postprocess/reporting/wording.hpp"

namespace gwp::reporting {
namespace {

// Round-off of one interpolation of short decimals.
constexpr double kTime = 1e-12;  // d

const TimeSeries kSeries{{0.0, 10.0, 20.0, 30.0}, {0.0, 1.0, 3.0, 2.0}};

TEST(ReportCompliance, FirstExceedanceIsInterpolatedAndRespectsTheCutOff) {
  // Limit 2 between (10, 1) and (20, 3): 10 + (2 - 1) / (3 - 1) x 10 = 15 d.
  EXPECT_NEAR(first_exceedance_until(kSeries, 2.0, 30.0), 15.0, kTime);
  EXPECT_NEAR(first_exceedance_until(kSeries, 2.0, 20.0), 15.0, kTime);
  // Up to 12 d only the samples at 0 and 10 d count: no exceedance yet.
  EXPECT_TRUE(std::isnan(first_exceedance_until(kSeries, 2.0, 12.0)));
}

TEST(ReportCompliance, PeakSoFarAndItsTime) {
  const SeriesPeak early = peak_until(kSeries, 15.0);
  EXPECT_EQ(early.value, 1.0);
  EXPECT_EQ(early.time, 10.0);
  const SeriesPeak late = peak_until(kSeries, 30.0);
  EXPECT_EQ(late.value, 3.0);
  EXPECT_EQ(late.time, 20.0);
}

TEST(ReportCompliance, ValueAtTheLimitDoesNotExceed) {
  // The series reaches 3 exactly: strictly above is needed.
  const Compliance c = judge_compliance(kSeries, 3.0, 30.0);
  EXPECT_FALSE(c.exceeds);
  EXPECT_EQ(c.samples, 4u);
  EXPECT_EQ(Wording{}.verdict(c, "class IV"), "at or below class IV through 30 d");
  const Compliance above = judge_compliance(kSeries, 2.5, 30.0);
  ASSERT_TRUE(above.exceeds);
  // 10 + (2.5 - 1) / 2 x 10 = 17.5 d.
  EXPECT_NEAR(above.first_exceedance, 17.5, kTime);
  EXPECT_EQ(Wording{}.verdict(above, "class IV"), "exceeds class IV from 17.5 d");
}

TEST(ReportCompliance, RecordedVerdictCountsOnlyWhatCameByThen) {
  // Recorded over the whole run: first above 1.5 mg/L at 150 d, peak 2.5 mg/L at 180 d.
  const Compliance late = judge_recorded(150.0, 2.5, 180.0, 1.5, 200.0);
  EXPECT_TRUE(late.exceeds);
  EXPECT_EQ(late.first_exceedance, 150.0);
  EXPECT_EQ(late.peak.value, 2.5);
  EXPECT_EQ(Wording{}.verdict(late, "class IV"), "exceeds class IV from 150 d");
  // Judged through 120 d: nothing had happened yet, and the peak then is not known.
  const Compliance early = judge_recorded(150.0, 2.5, 180.0, 1.5, 120.0);
  EXPECT_FALSE(early.exceeds);
  EXPECT_TRUE(std::isnan(early.peak.value));
  EXPECT_EQ(Wording{}.verdict(early, "class IV"), "at or below class IV through 120 d");
  EXPECT_FALSE(judge_recorded(std::nan(""), 0.3, 40.0, 1.5, 200.0).exceeds);
}

TEST(ReportCompliance, ClassFourWhereKnownElseTheCaseLimit) {
  const ComplianceLimit with = compliance_limit({"ammonia_n", "mg/L", 1.0, 0.5, 1.5});
  EXPECT_EQ(with.value, 1.5);
  EXPECT_EQ(with.name, "class IV");
  const ComplianceLimit without = compliance_limit({"tracer", "mg/L", 2.0, -1.0, -1.0});
  EXPECT_EQ(without.value, 2.0);
  EXPECT_EQ(without.name, "case limit");
  // A recorded verdict uses the run's limit, named class IV only when it is that value.
  EXPECT_EQ(recorded_limit({"ammonia_n", "mg/L", 1.5, 0.5, 1.5}).name, "class IV");
  const ComplianceLimit own = recorded_limit({"ammonia_n", "mg/L", 1.0, 0.5, 1.5});
  EXPECT_EQ(own.value, 1.0);
  EXPECT_EQ(own.name, "case limit");
}

}  // namespace
}  // namespace gwp::reporting
