#include "postprocess/render/colour_scale.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

#include "postprocess/render/nice_numbers.hpp"
#include "postprocess/render/time_label.hpp"

namespace gwp::post::render {

FieldScale field_scale(PlanField field, ColourScale scale, double limit) {
  if (field == PlanField::head && scale == ColourScale::limit)
    throw std::invalid_argument("the limit scale applies to concentrations, not heads");
  if (scale == ColourScale::limit && !(limit > 0.0))
    throw std::invalid_argument("the limit scale needs the species' limit, and the result records none");
  FieldScale s;
  s.field = field;
  s.scale = scale;
  s.limit = limit;
  s.units = field == PlanField::head ? "m" : "mg/L";
  return s;
}

double FieldScale::display(double value) const { return scale == ColourScale::limit ? value / limit : value; }

double FieldScale::floor(double peak) const {
  if (field == PlanField::head) return -std::numeric_limits<double>::infinity();
  if (limit > 0.0) return kFloorFraction * limit;
  return peak > 0.0 ? kFloorFraction * peak : 0.0;
}

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
  const double bottom = floor(high);
  if (scale == ColourScale::linear) {
    const double top = high > 0.0 ? nice_range(0.0, high, 5)[1] : 1.0;
    return {0.0, top};
  }
  // Log scales run from the floor's decade to the peak's decade, at least one decade wide; the
  // limit scale always shows up to ten times the limit, so the limit sits inside the bar.
  const double lo = display(bottom > 0.0 ? bottom : 1e-6);
  double hi = high > 0.0 ? display(high) : 10.0 * lo;
  if (scale == ColourScale::limit) hi = std::max(hi, 10.0);
  const double l = std::pow(10.0, std::floor(std::log10(lo) + 1e-9));
  const double h = std::pow(10.0, std::ceil(std::log10(hi) - 1e-9));
  return {l, h > l ? h : 10.0 * l};
}

ColourMap FieldScale::colour_map(const ColourRange& r) const {
  return ColourMap(field == PlanField::head ? Palette::head : Palette::plume, r.low, r.high,
                   scale != ColourScale::linear);
}

std::string FieldScale::title(const std::string& species) const {
  if (field == PlanField::head) return "head (m asl)";
  if (scale == ColourScale::limit) return species + "\n(multiples of " + format_number(limit, 3) + " mg/L)";
  return species + " (" + units + ")";
}

}  // namespace gwp::post::render
