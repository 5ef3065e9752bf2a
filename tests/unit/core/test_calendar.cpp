// Calendar arithmetic against dates counted by hand: leap years (every 4th, not centuries, but
// every 400th), Julian years (the unit "yr" is 365.25 d, so 20 yr from 2005-01-01 is 2025-01-01),
// and how times are shown.
#include <gtest/gtest.h>

#include "core/calendar.hpp"

namespace gwp {
namespace {

TEST(Calendar, ParsesValidDatesOnly) {
  EXPECT_EQ(parse_date("2005-01-01"), (Date{2005, 1, 1}));
  EXPECT_EQ(parse_date("2023-6-30"), (Date{2023, 6, 30}));
  EXPECT_EQ(parse_date("2000-02-29"), (Date{2000, 2, 29}));  // 2000 is a leap year (400)
  EXPECT_FALSE(parse_date("1900-02-29"));                     // 1900 is not (century)
  EXPECT_FALSE(parse_date("2005-02-30"));
  EXPECT_FALSE(parse_date("2005-13-01"));
  EXPECT_FALSE(parse_date("2005"));
  EXPECT_FALSE(parse_date("20 yr"));
  EXPECT_FALSE(parse_date("05-01-01"));
  EXPECT_FALSE(parse_date("2005-01-01x"));
}

TEST(Calendar, DaysBetweenDates) {
  // 2005-2024 holds the leap days of 2008, 2012, 2016, 2020 and 2024: 20 x 365 + 5 = 7305.
  EXPECT_EQ(days_between({2005, 1, 1}, {2025, 1, 1}), 7305);
  EXPECT_EQ(days_between({2005, 1, 1}, {2005, 3, 1}), 31 + 28);
  EXPECT_EQ(days_between({2004, 1, 1}, {2004, 3, 1}), 31 + 29);
  EXPECT_EQ(days_between({2025, 1, 1}, {2005, 1, 1}), -7305);
  // 2005-01-01 to 2023-01-01: 18 x 365 + 4 leap days (2008 ... 2020); then 31+28+31+30+31+29 to June 30.
  EXPECT_DOUBLE_EQ(time_of({2005, 1, 1}, {2023, 6, 30}), 18 * 365 + 4 + 180);
}

TEST(Calendar, DateOfAModelTime) {
  const Date start{2005, 1, 1};
  EXPECT_EQ(date_at(start, 0.0), start);
  EXPECT_EQ(date_at(start, 20 * 365.25), (Date{2025, 1, 1}));
  EXPECT_EQ(date_at(start, 31.0 - 1e-9), (Date{2005, 2, 1}));  // rounding below midnight
  EXPECT_EQ(date_at(start, 30.5), (Date{2005, 1, 31}));
}

TEST(Calendar, TimeLabels) {
  EXPECT_EQ(time_label(7305.0, Date{2005, 1, 1}), "2025-01-01");
  EXPECT_EQ(time_label(100.0, std::nullopt), "100 d");
  EXPECT_EQ(time_label(7305.0, std::nullopt), "7305 d (20 yr)");
  EXPECT_EQ(time_label(18262.5, std::nullopt), "18262.5 d (50 yr)");
  EXPECT_EQ(to_string(Date{987, 3, 4}), "0987-03-04");
}

}  // namespace
}  // namespace gwp
