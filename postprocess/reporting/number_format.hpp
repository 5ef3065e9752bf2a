// How numbers and times are written in reports and comparison tables: a few significant digits
// for people (Markdown, HTML), full precision for machines (CSV), and a dash where a figure does
// not exist (NaN: a species without class III, a point that never exceeded).
//
// Given values (limits, coordinates, layer elevations) are written as short as they are
// (format_figure: 1.5, 20). Computed figures are written in styles (FigureStyle) shared by a row
// or column of one quantity, so that its entries read alike: the same significant digits with
// their trailing zeros (24.20, 0.04789, 154.0), one notation for all, and numerical noise shown as
// 0: a figure smaller than kNoiseRatio of the scale of its kind (a flux of 1e-10 g/d beside fluxes
// of 1000 g/d, a budget total that closes to 1e-9 m3/d) is round-off, not a result. The inactive-
// cell value (-1e30) and its kin are never figures: they are shown as a dash.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.hpp"

namespace gwp::reporting {

inline constexpr double kDaysPerJulianYear = 365.25;  // d, Julian year, as the case file's "yr"
inline constexpr const char* kMissing = "—";   // shown for NaN in text meant for people
// Magnitudes from here up are the inactive-cell value (-1e30) or a similar sentinel, never a figure.
inline constexpr double kSentinelMagnitude = 1e29;
// A figure smaller than this fraction of the scale of its kind is round-off: shown as 0.
inline constexpr double kNoiseRatio = 1e-9;

// Rounded to `significant` digits, trailing zeros dropped: plain decimals between 1e-3 and 1e7
// (1191, 0.4567, 1.5, 144000), otherwise scientific (1.23e-05); "0" for zero; kMissing for NaN and
// sentinels; "inf"/"-inf" for infinities.
std::string format_figure(double value, int significant = 4);

// For CSV: up to 10 significant digits, shortest form; empty for NaN and sentinels.
std::string format_csv_number(double value);

// "1000 d (2.74 yr)"; below one year only days ("100 d"); kMissing for NaN.
std::string format_time(double days);
// With a start date (the date of t = 0) the date the time falls on ("2031-05-14"), else as above.
std::string format_time(double days, const std::optional<Date>& start);

// A given limit with its units, "1.5 mg/L"; kMissing for a limit that does not exist (negative, NaN).
std::string format_limit(double value, const std::string& units);

// A signed percentage: "+12.3 %", "-4.56 %", kMissing for NaN.
std::string format_percent(double percent);

// A signed number with format_figure's digits: "+1200", "-0.5".
std::string format_signed(double value, int significant = 4);

// True for NaN, infinities and sentinels (|value| >= kSentinelMagnitude): no figure to show.
bool is_missing(double value);

// `value`, or 0 when it is smaller than kNoiseRatio * scale (NaN stays NaN, sentinels become NaN).
double without_noise(double value, double scale);

enum class Notation {
  per_value,   // plain decimals between 1e-3 and 1e6, scientific outside
  plain,       // 0.04789, 24.22, 85532 (integer digits are never rounded away)
  scientific,  // 1.202e+07
};

struct FigureStyle {
  int significant = 4;
  Notation notation = Notation::per_value;
  int decimals = -1;         // >= 0: exactly this many decimals for every entry (aligned budget columns)
  double noise_floor = 0.0;  // |value| below this is shown as 0
};

// The style of a row or column of one quantity: `significant` digits each, plain unless some
// entry that is not noise lies outside [1e-3, 1e6), then scientific for all; the noise floor is
// kNoiseRatio * max(scale, largest |value|). NaN and sentinels are ignored; without values, each
// is later written in its own notation (Notation::per_value).
FigureStyle figure_style(const std::vector<double>& values, double scale = 0.0, int significant = 4);

// For budget tables, whose entries are added and set against each other: the same decimals for
// every entry, enough to give the largest `significant` digits (scientific for all when the
// largest is 1e7 or more or below 1e-3); noise floor as figure_style.
FigureStyle aligned_style(const std::vector<double>& values, double scale = 0.0, int significant = 6);

// `value` in `style`: kMissing for NaN and sentinels, "0" for zero and noise.
std::string format_styled(double value, const FigureStyle& style);
// The same with a sign: "+2.651", "-14.70", "0".
std::string format_signed_styled(double value, const FigureStyle& style);

}  // namespace gwp::reporting
