#include "postprocess/report/number_format.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace gwp::post {

namespace {

std::string printf_string(const char* format, int digits, double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, format, digits, value);
  return buffer;
}

// "1.500" -> "1.5", "20.00" -> "20", "1.000e-05" -> "1e-05": the zeros after the last significant
// decimal say nothing to a reader.
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

}  // namespace

std::string format_figure(double value, int significant) {
  if (std::isnan(value)) return kMissing;
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  if (value == 0.0) return "0";
  const int digits = std::max(1, significant);
  const double magnitude = std::fabs(value);
  if (magnitude < 1e-3 || magnitude >= 1e7) return without_trailing_zeros(printf_string("%.*e", digits - 1, value));
  // The decimal exponent after rounding to `digits` (9.99996 rounds to 1.000e+01), so the decimals
  // shown leave exactly `digits` significant ones.
  const std::string rounded = printf_string("%.*e", digits - 1, value);
  const int exponent = std::atoi(rounded.c_str() + rounded.find('e') + 1);
  const int decimals = std::max(0, digits - 1 - exponent);
  const std::string text = without_trailing_zeros(printf_string("%.*f", decimals, value));
  return text == "-0" ? "0" : text;
}

std::string format_csv_number(double value) {
  if (std::isnan(value)) return "";
  return printf_string("%.*g", 10, value);
}

std::string format_time(double days) {
  if (std::isnan(days)) return kMissing;
  const std::string d = format_figure(days, 6) + " d";
  if (std::fabs(days) < kDaysPerJulianYear) return d;
  return d + " (" + format_figure(days / kDaysPerJulianYear, 3) + " yr)";
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

}  // namespace gwp::post
