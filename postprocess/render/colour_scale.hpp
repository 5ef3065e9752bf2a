// How a field's values become a colour map: the range drawn (from the data unless fixed), the
// floor below which a concentration is left white so the plume stands out, and the colour bar
// title. With ColourScale::limit, values are multiples of the species' limit.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "postprocess/render/colour_map.hpp"
#include "postprocess/render/field_choice.hpp"

namespace gwp::post::render {

// A floor of 1e-3 of the limit (or, with no limit, of the peak): three decades below the limit
// is where a plume outline stops mattering for a report and numerical noise starts.
inline constexpr double kFloorFraction = 1e-3;

struct FieldScale {
  PlanField field = PlanField::concentration;
  ColourScale scale = ColourScale::linear;
  double limit = -1.0;  // mg/L, the species' limit; < 0 when none is known
  std::string units;    // of the stored values: "mg/L", "m"

  // A stored value in the colour map's units (itself, or a multiple of the limit).
  double display(double value) const;
  // Concentrations at or below the floor (stored units) are not coloured; -inf for heads.
  double floor(double peak) const;
  // From the finite values above the floor, rounded outwards to round numbers (decades on a log
  // scale), or `fixed` when given.
  ColourRange range(const std::vector<double>& values, std::optional<ColourRange> fixed) const;
  ColourMap colour_map(const ColourRange& range) const;
  // "ammonia_n (mg/L)", "ammonia_n\n(multiples of 1.5 mg/L)", "head (m asl)".
  std::string title(const std::string& species) const;
};

// A FieldScale for the field; the limit is used by the limit scale and the floor. Throws
// std::invalid_argument for the limit scale without a positive limit or applied to heads.
FieldScale field_scale(PlanField field, ColourScale scale, double limit);

}  // namespace gwp::post::render
