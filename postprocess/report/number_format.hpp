// How numbers and times are written in reports and comparison tables: a few significant digits
// for people (Markdown, HTML), full precision for machines (CSV), and a dash where a figure does
// not exist (NaN: a species without class III, a point that never exceeded).
#pragma once
#include <string>

namespace gwp::post {

inline constexpr double kDaysPerJulianYear = 365.25;  // d, Julian year, as the case file's "yr"
inline constexpr const char* kMissing = "—";   // shown for NaN in text meant for people

// Rounded to `significant` digits, trailing zeros dropped: plain decimals between 1e-3 and 1e7
// (1191, 0.4567, 1.5, 144000), otherwise scientific (1.23e-05); "0" for zero; kMissing for NaN;
// "inf"/"-inf" for infinities.
std::string format_figure(double value, int significant = 4);

// For CSV: up to 10 significant digits, shortest form; empty for NaN.
std::string format_csv_number(double value);

// "1000 d (2.74 yr)"; below one year only days ("100 d"); kMissing for NaN.
std::string format_time(double days);

// A signed percentage: "+12.3 %", "-4.56 %", kMissing for NaN.
std::string format_percent(double percent);

// A signed number with format_figure's digits: "+1200", "-0.5".
std::string format_signed(double value, int significant = 4);

}  // namespace gwp::post
