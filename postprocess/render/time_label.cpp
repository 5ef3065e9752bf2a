#include "postprocess/render/time_label.hpp"

#include <cmath>
#include <cstdio>

namespace gwp::post::render {

std::string format_number(double value, int digits) {
  if (value == 0.0) return "0";
  if (!std::isfinite(value)) return std::isnan(value) ? "NaN" : (value > 0 ? "inf" : "-inf");
  const double magnitude = std::abs(value);
  char text[64];
  if (magnitude >= 1e-4 && magnitude < 1e6) {
    // Decimal notation with just enough decimals for `digits` significant digits.
    const int before = int(std::floor(std::log10(magnitude))) + 1;
    const int decimals = std::max(0, digits - before);
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    std::string s = text;
    if (s.find('.') != std::string::npos) {
      s.erase(s.find_last_not_of('0') + 1);
      if (s.back() == '.') s.pop_back();
    }
    return s;
  }
  std::snprintf(text, sizeof text, "%.*g", digits, value);
  return text;
}

std::string time_label(double days) {
  if (std::abs(days) <= 1000.0 + 1e-9) return format_number(days, 4) + " d";
  return format_number(days / kDaysPerYear, 3) + " yr";
}

}  // namespace gwp::post::render
