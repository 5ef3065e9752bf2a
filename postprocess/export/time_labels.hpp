// Labels of output times for file names that a GIS user reads and sorts: the date when the
// result has a start date ("2023-06-30"), else the time in days ("3650d"). Labels of one list
// are unique and sort in time order as text, so a folder listing is the time series in order.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.hpp"

namespace gwp::exporting {

// One label per time of `times` (d since t = 0, ascending):
// - with `start`: the date of each time ("2023-06-30"); when two times fall on one day, every
//   label gets the hour and minute too ("2023-06-30T1200"); should that still not tell them
//   apart, the labels in days below are used;
// - without: the days, zero-padded to one width ("0100d", "3650d"), rounded to as few decimals
//   (0 to 6, the same for all) as tell the times apart ("0365d" for 365.25 d beside 730 d;
//   "01.0000d", "01.0004d" for 1 d beside 1.0004 d);
//   times closer than 1e-6 d get their index appended ("0100.000000d_0003").
std::vector<std::string> time_labels(const std::vector<double>& times, const std::optional<Date>& start);

}  // namespace gwp::exporting
