// File-name labels of output times. Truth: dates and day counts worked out by hand, and the
// property that matters for a folder listing: unique labels whose text order is the time order.
#include <gtest/gtest.h>

#include <algorithm>

#include "postprocess/export/time_labels.hpp"

namespace gwp::exporting {
namespace {

void expect_sorted_and_unique(const std::vector<std::string>& labels) {
  EXPECT_TRUE(std::is_sorted(labels.begin(), labels.end()));
  EXPECT_EQ(std::adjacent_find(labels.begin(), labels.end()), labels.end());
}

TEST(TimeLabels, DatesWhenTheResultHasAStartDate) {
  const Date start = *parse_date("2023-01-01");
  // 180 d after 2023-01-01 is 2023-06-30; 3652.5 d is 2032-12-31 noon (2024 and 2028 are leap years).
  const auto labels = time_labels({0.0, 180.0, 3652.5}, start);
  EXPECT_EQ(labels, (std::vector<std::string>{"2023-01-01", "2023-06-30", "2032-12-31"}));
  expect_sorted_and_unique(labels);
}

TEST(TimeLabels, TwoTimesOnOneDayGetTheClock) {
  const Date start = *parse_date("2023-01-01");
  const auto labels = time_labels({180.0, 180.5, 181.25}, start);
  EXPECT_EQ(labels, (std::vector<std::string>{"2023-06-30T0000", "2023-06-30T1200", "2023-07-01T0600"}));
}

TEST(TimeLabels, DaysPaddedToOneWidthWithoutAStartDate) {
  const auto labels = time_labels({100.0, 730.0, 3650.0}, std::nullopt);
  EXPECT_EQ(labels, (std::vector<std::string>{"0100d", "0730d", "3650d"}));
  expect_sorted_and_unique(labels);
}

TEST(TimeLabels, AsManyDecimalsAsTellTheTimesApart) {
  // Whole days tell these apart: rounded to the day (730.5 rounds to even).
  const auto labels = time_labels({100.0, 365.25, 730.5}, std::nullopt);
  EXPECT_EQ(labels, (std::vector<std::string>{"100d", "365d", "730d"}));
  const auto close = time_labels({1.0, 1.0004, 12.0}, std::nullopt);
  EXPECT_EQ(close, (std::vector<std::string>{"01.0000d", "01.0004d", "12.0000d"}));
  expect_sorted_and_unique(close);
}

TEST(TimeLabels, TimesCloserThanAMillionthOfADayGetTheirIndex) {
  const auto labels = time_labels({5.0, 5.0 + 1e-8}, std::nullopt);
  EXPECT_EQ(labels, (std::vector<std::string>{"5.000000d_0000", "5.000000d_0001"}));
}

}  // namespace
}  // namespace gwp::exporting
