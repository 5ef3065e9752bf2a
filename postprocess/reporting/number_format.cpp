#include "postprocess/reporting/number_format.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace gwp::reporting {

namespace {

constexpr double kPlainLow = 1e-3;   // plain decimals from here ...
constexpr double kPlainHigh = 1e6;   // ... up to here (computed figures)

std::string printf_string(const char* format, int digits, double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, format, digits, value);
  return buffer;
}

// "1.500" -> "1.5", "20.00" -> "20", "1.000e-05" -> "1e-05": the zeros after the last significant
// decimal say nothing to a reader of a given value.
std::string without_trailing_zeros(const std::string& text) {
  const std::size_t point = text.find('.');
  if (point == std::string::npos) return text;
  const std::size_t exponent = text.find('e');
  const std::size_t end = exponent == std::string::npos ? text.size() : exponent;
  std::size_t last = end;
  while (last > point + 1 && text[last - 1] == '0') --last;
  if (last == point + 1) last = point;
  return text.substr(0, last) + text.substr(end);
}

// The decimal exponent of `value` after rounding to `digits` (9.99996 rounds to 1.000e+01).
int rounded_exponent(double value, int digits) {
  const std::string rounded = printf_string("%.*e", digits - 1, value);
  return std::atoi(rounded.c_str() + rounded.find('e') + 1);
}

// Plain decimals that leave `digits` significant ones (integer digits are all kept).
std::string plain(double value, int digits) {
  const int decimals = std::max(0, digits - 1 - rounded_exponent(value, digits));
  return printf_string("%.*f", decimals, value);
}

// "-0", "-0.00": a negative number that rounds to zero reads as zero.
std::string without_negative_zero(const std::string& text) {
  if (text.empty() || text[0] != '-') return text;
  return text.find_first_of("123456789") == std::string::npos ? text.substr(1) : text;
}

bool is_plain_magnitude(double magnitude) { return magnitude >= kPlainLow && magnitude < kPlainHigh; }

}  // namespace

bool is_missing(double value) { return !std::isfinite(value) || std::fabs(value) >= kSentinelMagnitude; }

double without_noise(double value, double scale) {
  if (is_missing(value)) return std::isinf(value) ? value : std::nan("");
  return std::fabs(value) < kNoiseRatio * std::fabs(scale) ? 0.0 : value;
}

std::string format_figure(double value, int significant) {
  if (std::isnan(value)) return kMissing;
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  if (is_missing(value)) return kMissing;
  if (value == 0.0) return "0";
  const int digits = std::max(1, significant);
  const double magnitude = std::fabs(value);
  if (magnitude < 1e-3 || magnitude >= 1e7) return without_trailing_zeros(printf_string("%.*e", digits - 1, value));
  return without_negative_zero(without_trailing_zeros(plain(value, digits)));
}

std::string format_csv_number(double value) {
  if (std::isnan(value) || (std::isfinite(value) && is_missing(value))) return "";
  return printf_string("%.*g", 10, value);
}

std::string format_time(double days) {
  if (std::isnan(days)) return kMissing;
  const std::string d = format_figure(days, 6) + " d";
  if (std::fabs(days) < kDaysPerJulianYear) return d;
  return d + " (" + format_figure(days / kDaysPerJulianYear, 3) + " yr)";
}

std::string format_time(double days, const std::optional<Date>& start) {
  if (!start || std::isnan(days)) return format_time(days);
  return to_string(date_at(*start, days));
}

std::string format_limit(double value, const std::string& units) {
  if (is_missing(value) || value < 0.0) return kMissing;
  return format_figure(value) + " " + units;
}

std::string format_signed(double value, int significant) {
  if (std::isnan(value)) return kMissing;
  const std::string text = format_figure(value, significant);
  return (value > 0.0 && text != "0") ? "+" + text : text;
}

std::string format_percent(double percent) {
  if (std::isnan(percent)) return kMissing;
  return format_signed(percent, 3) + " %";
}

FigureStyle figure_style(const std::vector<double>& values, double scale, int significant) {
  FigureStyle style;
  style.significant = std::max(1, significant);
  double largest = std::fabs(scale);
  for (double v : values)
    if (!is_missing(v)) largest = std::max(largest, std::fabs(v));
  style.noise_floor = kNoiseRatio * largest;
  // Without entries there is no row to make alike: each value is written in its own notation.
  style.notation = values.empty() ? Notation::per_value : Notation::plain;
  for (double v : values) {
    const double magnitude = std::fabs(v);
    if (is_missing(v) || magnitude == 0.0 || magnitude < style.noise_floor) continue;
    // Judged after rounding: 999999.7 is written 1.000e+06.
    const double rounded = std::pow(10.0, rounded_exponent(magnitude, style.significant));
    if (!is_plain_magnitude(std::max(magnitude, rounded))) style.notation = Notation::scientific;
  }
  return style;
}

FigureStyle aligned_style(const std::vector<double>& values, double scale, int significant) {
  FigureStyle style = figure_style(values, scale, significant);
  double largest = 0.0;
  for (double v : values)
    if (!is_missing(v) && std::fabs(v) >= style.noise_floor) largest = std::max(largest, std::fabs(v));
  if (largest == 0.0) return style;
  if (largest >= 1e7 || largest < kPlainLow) {
    style.notation = Notation::scientific;
    return style;
  }
  style.notation = Notation::plain;
  style.decimals = std::max(0, style.significant - 1 - rounded_exponent(largest, style.significant));
  return style;
}

std::string format_styled(double value, const FigureStyle& style) {
  if (is_missing(value)) return kMissing;
  if (value == 0.0 || std::fabs(value) < style.noise_floor) return "0";
  const int digits = std::max(1, style.significant);
  std::string text;
  if (style.decimals >= 0 && style.notation != Notation::scientific) {
    text = printf_string("%.*f", style.decimals, value);
  } else {
    const bool scientific = style.notation == Notation::scientific ||
                            (style.notation == Notation::per_value && !is_plain_magnitude(std::fabs(value)));
    text = scientific ? printf_string("%.*e", digits - 1, value) : plain(value, digits);
  }
  text = without_negative_zero(text);
  return text.find_first_of("123456789") == std::string::npos ? "0" : text;
}

std::string format_signed_styled(double value, const FigureStyle& style) {
  const std::string text = format_styled(value, style);
  return value > 0.0 && text != "0" && text != kMissing ? "+" + text : text;
}

}  // namespace gwp::reporting
