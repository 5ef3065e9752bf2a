#include "postprocess/render/colour_scale.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "postprocess/render/nice_numbers.hpp"

namespace gwp::render {

namespace {

// `v` rounded up to two significant digits: 0.1122 -> 0.12, 0.05 -> 0.05.
double round_up_2(double v) {
  if (!(v > 0.0)) return 0.0;
  const double unit = std::pow(10.0, std::floor(std::log10(v)) - 1.0);
  return std::ceil(v / unit - 1e-9) * unit;
}

}  // namespace

double default_floor(const results::SpeciesLimits& limits, double peak, double background) {
  const double above_background = std::isfinite(background) ? kFloorOverBackground * background : 0.0;
  const double base = limits.class_iii > 0.0 ? limits.class_iii : limits.limit;
  if (base > 0.0)
    return round_up_2(std::clamp(above_background, kFloorFraction * base, kFloorCeilingFraction * base));
  return round_up_2(std::max(peak > 0.0 ? kFloorFractionOfPeak * peak : 0.0, above_background));
}

FieldScale field_scale(PlanField field, ColourScale scale, const results::SpeciesLimits& limits,
                       std::optional<double> floor, double peak, double background) {
  if (field == PlanField::head && scale == ColourScale::limit)
    throw std::invalid_argument("--scale limit applies to concentrations; heads are drawn on a linear scale (m asl)");
  if (field == PlanField::head && scale == ColourScale::log)
    throw std::invalid_argument("--scale log applies to concentrations; heads are drawn on a linear scale (m asl)");
  if (field == PlanField::head && floor)
    throw std::invalid_argument("--floor applies to concentrations, not heads");
  if (scale == ColourScale::limit && !(limits.limit > 0.0))
    throw std::invalid_argument("the limit scale needs the species' limit, and the result records none");
  if (floor && !(*floor >= 0.0)) throw std::invalid_argument("the floor must be a concentration of 0 or more");
  FieldScale s;
  s.field = field;
  s.scale = scale;
  s.limit = limits.limit;
  s.units = field == PlanField::head ? "m" : "mg/L";
  s.floor = field == PlanField::head ? -std::numeric_limits<double>::infinity()
            : floor                  ? *floor
                                     : default_floor(limits, peak, background);
  return s;
}

double FieldScale::display(double value) const { return scale == ColourScale::limit ? value / limit : value; }

bool FieldScale::coloured(double value) const { return std::isfinite(value) && value > floor; }

ColourRange FieldScale::range(const std::vector<double>& values, std::optional<ColourRange> fixed) const {
  if (fixed) return *fixed;
  double low = std::numeric_limits<double>::infinity(), high = -low;
  for (double v : values)
    if (std::isfinite(v)) low = std::min(low, v), high = std::max(high, v);
  if (field == PlanField::head) {
    if (!(high >= low)) return {0.0, 1.0};
    const auto r = nice_range(low, high, 8);
    return {r[0], r[1]};
  }
  if (scale == ColourScale::linear) {
    const double top = high > 0.0 ? nice_range(0.0, high, 5)[1] : 1.0;
    return {0.0, top};
  }
  // Log scales run from the floor's decade to the peak's decade, at least one decade wide; the
  // limit scale always shows up to ten times the limit, so the limit sits inside the bar.
  const double lo = display(floor > 0.0 ? floor : 1e-6);
  double hi = high > 0.0 ? high : 10.0 * lo;
  if (scale == ColourScale::limit) hi = std::max(hi, 10.0);
  const double l = std::pow(10.0, std::floor(std::log10(lo) + 1e-9));
  const double h = std::pow(10.0, std::ceil(std::log10(hi) - 1e-9));
  return {l, h > l ? h : 10.0 * l};
}

ColourMap FieldScale::colour_map(const ColourRange& r) const {
  return ColourMap(field == PlanField::head ? Palette::head : Palette::plume, r.low, r.high,
                   scale != ColourScale::linear);
}

std::string FieldScale::title(const std::string& species, Language language) const {
  const PictureWording& w = wording(language);
  if (field == PlanField::head) return w.head_title;
  const bool zh = language == Language::zh;
  if (scale == ColourScale::limit) {
    const std::string what = fill(w.multiples_of, format_number(limit, 3) + " mg/L");
    return species + "\n" + (zh ? "（" + what + "）" : "(" + what + ")");
  }
  return species + (zh ? "（" + units + "）" : " (" + units + ")");
}

}  // namespace gwp::render
