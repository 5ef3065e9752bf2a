// Dates in a case file: [time] start gives the date of t = 0; then every moment of the run
// (end, outputs, schedule rows, landfill start and end, plugging and pumping times, walls) may be
// a date, counted in days from the start. Durations (half-lives, max_step) stay durations; a time
// written as text without a unit is refused rather than read as days.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "case_problems.hpp"
#include "models/case_reader.hpp"

namespace gwp::model {
namespace {

const std::string kBase = std::string(GWPLUME_TEST_DATA) + "/cases/base.toml";

std::vector<std::string> problems(const std::vector<std::string>& overrides) {
  return test::case_problems(kBase, overrides);
}

TEST(Dates, TimesCountFromTheStart) {
  const Case c = read_case(kBase, {"time.start=2005-01-01", "time.end=\"2025-01-01\"",
                                   "time.outputs=[\"2006-01-01\", 2015-01-01, \"20 yr\"]"});
  ASSERT_TRUE(c.time.start);
  EXPECT_EQ(*c.time.start, (Date{2005, 1, 1}));
  EXPECT_DOUBLE_EQ(c.time.end, 7305.0);  // 20 x 365 + 5 leap days
  EXPECT_THAT(c.time.outputs, ::testing::ElementsAre(365.0, 3652.0, 7305.0));
}

TEST(Dates, ScheduleRowsAndFeatureTimes) {
  const Case c = read_case(kBase, {"time.start=\"2005-01-01\"", "wells[0].rate=[[\"2005-01-01\", -10], [\"2006-01-01\", -20]]"});
  EXPECT_THAT(c.wells[0].rate.times, ::testing::ElementsAre(0.0, 365.0));
}

TEST(Dates, ADateNeedsAStart) {
  EXPECT_THAT(problems({"time.end=\"2025-01-01\""}),
              ::testing::ElementsAre("--set:1:1: time.end: a date needs the date of t = 0 (found \"2025-01-01\"; give "
                                     "[time] start = \"YYYY-MM-DD\", or a duration such as \"20 yr\")"));
}

TEST(Dates, TextWithoutAUnitIsRefused) {
  EXPECT_THAT(problems({"time.end=\"2055\""}),
              ::testing::ElementsAre("--set:1:1: time.end: a time written as text needs a unit (found \"2055\", "
                                     "expected a duration such as \"2055 d\" or \"2055 yr\", or a number of days "
                                     "without quotes)"));
  // A plain number is days, as for every quantity.
  EXPECT_DOUBLE_EQ(read_case(kBase, {"time.end=7305", "time.outputs=[7305]"}).time.end, 7305.0);
}

TEST(Dates, ADurationIsNotADate) {
  EXPECT_THAT(problems({"time.start=2005-01-01", "species.ammonia_n.decay.half_life=\"2007-01-01\""}),
              ::testing::ElementsAre(::testing::HasSubstr("a date is not a duration")));
}

TEST(Dates, AnInvalidStartIsReportedOnce) {
  EXPECT_THAT(problems({"time.start=\"2005-02-30\"", "time.end=\"2025-01-01\""}),
              ::testing::ElementsAre("--set:1:1: time.start: not a calendar date (found \"2005-02-30\", expected "
                                     "YYYY-MM-DD such as \"2005-01-01\")"));
}

TEST(Dates, ADateBeforeTheStartIsOutOfRange) {
  EXPECT_THAT(problems({"time.start=2005-01-01", "time.end=\"2004-12-31\""}),
              ::testing::ElementsAre(::testing::HasSubstr("-1 d after the start 2005-01-01, expected > 0 d")));
}

}  // namespace
}  // namespace gwp::model
