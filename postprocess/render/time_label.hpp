// Times as a report writes them: days up to 1000 d ("100 d", "1000 d"), years beyond
// ("20 yr", "2.74 yr"), a year being the Julian year of 365.25 d as in the case files.
#pragma once
#include <string>

namespace gwp::post::render {

inline constexpr double kDaysPerYear = 365.25;

// At most three significant digits, no trailing zeros: 3652.5 d -> "10 yr", 7305 d -> "20 yr".
std::string time_label(double days);

// A number with at most `digits` significant digits and no trailing zeros: 1500 -> "1500",
// 0.0015 -> "0.0015", 1.25e-7 -> "1.25e-07".
std::string format_number(double value, int digits = 3);

}  // namespace gwp::post::render
