// Groundwater quality limits of GB/T 14848-2017 (Standard for groundwater quality), mg/L.
// Class III is the drinking-water class; class IV is the target of the 2023 Guigang plan and the
// default `limit` of a species with one of these names.
#pragma once
#include <optional>
#include <string_view>

namespace gwp::model {

struct QualityLimits {
  double class_iii = 0.0;  // mg/L
  double class_iv = 0.0;   // mg/L
};

// Limits for a species named as in gwplume cases: ammonia_n, chloride, sulfate (or sulphate),
// nitrate_n, nitrite_n, cod_mn, iron, manganese, cadmium, lead, chromium6, arsenic, mercury,
// thallium. Names are matched exactly (lower case); other names have no standard limit.
std::optional<QualityLimits> gbt14848_limits(std::string_view species);

// How the standard names a species: a formula for pictures ("NH₃-N") and its Chinese name
// ("氨氮"), for the names above; nothing for other names.
struct SpeciesNames {
  std::string_view label;
  std::string_view label_zh;
};
std::optional<SpeciesNames> standard_names(std::string_view species);

}  // namespace gwp::model
