// Calendar dates of model times. A case may give the date of t = 0 ([time] start); model times
// stay days since then, and dates are only read and shown at the edges (case file, outputs).
// Proleptic Gregorian calendar, whole days: a date is midnight at the start of that day.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace gwp {

struct Date {
  int year = 1970, month = 1, day = 1;
  bool operator==(const Date&) const = default;
};

// "2005-01-01" (also "2005-1-1"); nullopt when the text is not a valid calendar date.
std::optional<Date> parse_date(std::string_view text);
// "2005-01-01".
std::string to_string(const Date& d);
// Days from `from` to `to` (negative when `to` is earlier).
long days_between(const Date& from, const Date& to);
// The date on which model time t (d since `start`) falls.
Date date_at(const Date& start, double t);
// Model time (d) of a date, given the date of t = 0.
double time_of(const Date& start, const Date& d);

// How a model time is shown to a reader: "2010-06-30" when the case has a start date,
// otherwise "1826 d" (with years from one year on: "7305 d (20 yr)").
std::string time_label(double t, const std::optional<Date>& start);

}  // namespace gwp
