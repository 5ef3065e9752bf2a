#include "core/short_number.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace gwp {

std::string short_number(double v, int significant) {
  char buffer[48];
  if (v == 0.0) return "0";
  if (!std::isfinite(v) || std::abs(v) >= 1e9 || std::abs(v) < 1e-3) {
    std::snprintf(buffer, sizeof buffer, "%.*g", significant, v);
    return buffer;
  }
  const int magnitude = int(std::floor(std::log10(std::abs(v)))) + 1;
  const int decimals = std::max(0, significant - magnitude);
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
  std::string text = buffer;
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  return text;
}

}  // namespace gwp
