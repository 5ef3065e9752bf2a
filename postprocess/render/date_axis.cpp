#include "postprocess/render/date_axis.hpp"

#include <cmath>
#include <cstdio>
#include <string>

#include "postprocess/render/nice_numbers.hpp"

namespace gwp::render {

namespace {

// Months since year 0, and back.
int month_number(const Date& d) { return d.year * 12 + (d.month - 1); }
Date month_start(int n) { return {n / 12, n % 12 + 1, 1}; }

std::string year_month(const Date& d) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d", d.year, d.month);
  return text;
}

}  // namespace

void set_date_ticks(ChartAxis& axis, const Date& start, int target) {
  axis.ticks.clear();
  axis.tick_labels.clear();
  const Date first = date_at(start, axis.min), last = date_at(start, axis.max);
  const int months = month_number(last) - month_number(first);
  if (months >= 24) {
    int step = 1;
    for (int s : {1, 2, 5, 10, 20, 50, 100, 200, 500})
      if ((last.year - first.year) / s <= target) {
        step = s;
        break;
      }
    // From the first multiple of the step at or after the start to the first at or after the end.
    int year = (first.year + step - 1) / step * step;
    while (time_of(start, {year, 1, 1}) < axis.min - 1e-6) year += step;
    for (double t = time_of(start, {year, 1, 1}); t <= axis.max + 1e-6; year += step, t = time_of(start, {year, 1, 1})) {
      axis.ticks.push_back(t);
      axis.tick_labels.push_back(std::to_string(year));
    }
    return;
  }
  if (months >= 2) {
    int step = 6;
    for (int s : {1, 2, 3, 6})
      if (months / s <= target) {
        step = s;
        break;
      }
    int n = (month_number(first) + step - 1) / step * step;
    while (time_of(start, month_start(n)) < axis.min - 1e-6) n += step;
    for (double t = time_of(start, month_start(n)); t <= axis.max + 1e-6; n += step, t = time_of(start, month_start(n))) {
      axis.ticks.push_back(t);
      axis.tick_labels.push_back(year_month(month_start(n)));
    }
    return;
  }
  for (double t : nice_ticks(axis.min, axis.max, target)) {
    axis.ticks.push_back(t);
    axis.tick_labels.push_back(to_string(date_at(start, t)));
  }
}

}  // namespace gwp::render
