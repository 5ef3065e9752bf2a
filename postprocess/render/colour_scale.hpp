// How a field's values become a colour map: the range drawn (from the data unless fixed), the
// floor at or below which a concentration is left uncoloured, so clean water stays white and
// the plume stands out, and the colour bar title. With ColourScale::limit, values are multiples
// of the species' limit.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "postprocess/render/colour_map.hpp"
#include "postprocess/render/field_choice.hpp"
#include "postprocess/render/language.hpp"
#include "results/result_features.hpp"

namespace gwp::render {

// The default floor: a tenth of the species' GB/T 14848-2017 class III value (else of its limit),
// where a plume outline stops mattering for a report and numerical dust begins; raised above the
// aquifer's background (recharge carrying 0.1 mg/L of ammonia leaves the whole aquifer at about
// 0.1 mg/L), taken as the lower quartile of the map's columns, to twice that; but never above
// half the class III value, so that water approaching it is always coloured. Without any limit,
// 1e-3 of the peak (or above the background). Rounded up to two significant digits.
inline constexpr double kFloorFraction = 0.1;
inline constexpr double kFloorCeilingFraction = 0.5;
inline constexpr double kFloorOverBackground = 2.0;  // the background varies: 0.06-0.1 mg/L at L1
inline constexpr double kFloorFractionOfPeak = 1e-3;

// The floor (mg/L) when none is given, as described above; `background` in mg/L.
double default_floor(const results::SpeciesLimits& limits, double peak, double background);

struct FieldScale {
  PlanField field = PlanField::concentration;
  ColourScale scale = ColourScale::linear;
  double limit = -1.0;  // mg/L, the species' limit; < 0 when none is known
  std::string units;    // of the stored values: "mg/L", "m"
  double floor = 0.0;   // mg/L: concentrations at or below it are not coloured; -inf for heads

  // A stored value in the colour map's units (itself, or a multiple of the limit).
  double display(double value) const;
  // Whether a stored value is drawn in colour (finite and above the floor).
  bool coloured(double value) const;
  // From the finite values above the floor (display units), rounded outwards to round numbers
  // (decades on a log scale, from the floor's decade), or `fixed` when given.
  ColourRange range(const std::vector<double>& values, std::optional<ColourRange> fixed) const;
  ColourMap colour_map(const ColourRange& range) const;
  // "NH₃-N (mg/L)", "NH₃-N\n(multiples of 1.5 mg/L)", "head (m asl)"; Chinese in Chinese.
  std::string title(const std::string& species_label, Language language = Language::en) const;
};

// A FieldScale for the field. `floor` in mg/L (empty: default_floor of `peak` and `background`).
// Throws std::invalid_argument for the limit scale without a positive limit, and for the limit or
// log scale or a floor applied to heads.
FieldScale field_scale(PlanField field, ColourScale scale, const results::SpeciesLimits& limits,
                       std::optional<double> floor, double peak, double background = 0.0);

}  // namespace gwp::render
