#include "postprocess/render/limit_lines.hpp"

#include <algorithm>
#include <cmath>

#include "postprocess/render/nice_numbers.hpp"

namespace gwp::render {

namespace {

bool same(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b)); }

}  // namespace

std::vector<LimitLine> limit_lines(const results::SpeciesLimits& s, Language language) {
  std::vector<LimitLine> lines;
  const PictureWording& w = wording(language);
  const std::string comma = language == Language::zh ? "，" : ", ";
  const std::string units = " " + (s.units.empty() ? std::string("mg/L") : s.units);
  // Class III (drinking-water source quality) dashed blue, class IV solid black: the one that
  // metrics use by default stands out most.
  if (s.class_iii > 0.0)
    lines.push_back({s.class_iii, std::string(w.class_iii) + comma + format_number(s.class_iii, 3) + units,
                     {0.1, 0.3, 0.8}, 3.0, 14.0});
  if (s.class_iv > 0.0)
    lines.push_back({s.class_iv, std::string(w.class_iv) + comma + format_number(s.class_iv, 3) + units,
                     {0.05, 0.05, 0.05}, 3.5, 0.0});
  if (s.limit > 0.0 && !same(s.limit, s.class_iii) && !same(s.limit, s.class_iv))
    lines.push_back({s.limit, std::string(w.case_limit) + comma + format_number(s.limit, 3) + units, {0.85, 0.1, 0.45}, 3.5, 0.0});
  std::sort(lines.begin(), lines.end(), [](const LimitLine& a, const LimitLine& b) { return a.level < b.level; });
  return lines;
}

}  // namespace gwp::render
