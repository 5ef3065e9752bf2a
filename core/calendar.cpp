#include "core/calendar.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>

#include "core/short_number.hpp"

namespace gwp {

namespace {

std::chrono::sys_days to_days(const Date& d) {
  return std::chrono::sys_days{std::chrono::year{d.year} / std::chrono::month{unsigned(d.month)} /
                               std::chrono::day{unsigned(d.day)}};
}

Date from_days(std::chrono::sys_days days) {
  const std::chrono::year_month_day ymd{days};
  return {int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day()))};
}

// Reads `text` (1 to 4 digits) as a number; false otherwise.
bool digits(std::string_view text, int& value) {
  if (text.empty() || text.size() > 4) return false;
  value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  return true;
}

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
  const std::size_t a = text.find('-');
  if (a != 4) return std::nullopt;
  const std::size_t b = text.find('-', a + 1);
  if (b == std::string_view::npos || b - a - 1 < 1 || b - a - 1 > 2 || text.size() - b - 1 < 1 ||
      text.size() - b - 1 > 2)
    return std::nullopt;
  Date d;
  if (!digits(text.substr(0, a), d.year) || !digits(text.substr(a + 1, b - a - 1), d.month) ||
      !digits(text.substr(b + 1), d.day))
    return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{d.year}, std::chrono::month{unsigned(d.month)},
                                        std::chrono::day{unsigned(d.day)}};
  if (!ymd.ok()) return std::nullopt;
  return d;
}

std::string to_string(const Date& d) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buffer;
}

long days_between(const Date& from, const Date& to) { return (to_days(to) - to_days(from)).count(); }

Date date_at(const Date& start, double t) {
  // A time within a millionth of a day of midnight belongs to that day (rounding of "20 yr").
  const long whole = long(std::floor(t + 1e-6));
  return from_days(to_days(start) + std::chrono::days{whole});
}

double time_of(const Date& start, const Date& d) { return double(days_between(start, d)); }

std::string time_label(double t, const std::optional<Date>& start) {
  if (start) return to_string(date_at(*start, t));
  const std::string days = short_number(t, 7) + " d";
  if (std::abs(t) < 365.25) return days;
  return days + " (" + short_number(t / 365.25, 3) + " yr)";
}

}  // namespace gwp
