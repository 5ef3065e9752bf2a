#include "postprocess/render/nice_numbers.hpp"

#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string>

namespace gwp::render {

namespace {

double nice_step(double low, double high, int target) {
  const double raw = (high - low) / std::max(target, 1);
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  const double f = raw / power;
  // The round step nearest the raw one (on a log scale, roughly).
  return power * (f < 1.5 ? 1.0 : f < 3.5 ? 2.0 : f < 7.5 ? 5.0 : 10.0);
}

}  // namespace

double round_down_125(double value) {
  if (!(value > 0.0)) throw std::invalid_argument("round_down_125 needs a positive value, got " + std::to_string(value));
  const double power = std::pow(10.0, std::floor(std::log10(value) + 1e-12));
  const double f = value / power;
  return power * (f >= 5.0 - 1e-9 ? 5.0 : f >= 2.0 - 1e-9 ? 2.0 : 1.0);
}

double round_down_fine(double value) {
  if (!(value > 0.0)) throw std::invalid_argument("round_down_fine needs a positive value, got " + std::to_string(value));
  const double power = std::pow(10.0, std::floor(std::log10(value) + 1e-12));
  double best = 1.0;
  for (double m : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0})
    if (value / power >= m - 1e-9) best = m;
  return best * power;
}

std::vector<double> nice_ticks(double low, double high, int target) {
  if (!(high > low)) return {low};
  const double step = nice_step(low, high, target);
  const double slack = 1e-9 * (high - low);
  std::vector<double> ticks;
  for (double k = std::ceil((low - slack) / step); k * step <= high + slack; k += 1.0) {
    const double v = k * step;
    ticks.push_back(std::abs(v) < 1e-12 * step ? 0.0 : v);
  }
  return ticks;
}

std::vector<double> nice_range(double low, double high, int target) {
  if (!(high > low)) {
    const double pad = low == 0.0 ? 1.0 : 0.1 * std::abs(low);
    return {low - pad, high + pad};
  }
  const double step = nice_step(low, high, target);
  return {std::floor(low / step + 1e-9) * step, std::ceil(high / step - 1e-9) * step};
}

std::vector<double> log_ticks(double low, double high) {
  if (!(low > 0.0) || !(high > low)) return {};
  const double slack = 1e-9;
  const int first = int(std::floor(std::log10(low))), last = int(std::ceil(std::log10(high)));
  const bool dense = last - first < 3;
  std::vector<double> ticks;
  for (int e = first; e <= last; ++e)
    for (double m : dense ? std::vector<double>{1, 2, 5} : std::vector<double>{1}) {
      const double v = m * std::pow(10.0, e);
      if (v >= low * (1 - slack) && v <= high * (1 + slack)) ticks.push_back(v);
    }
  return ticks;
}

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

}  // namespace gwp::render
