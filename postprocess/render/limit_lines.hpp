// The water-quality limits a picture marks for a species: GB/T 14848-2017 class III and class IV,
// and the case's own limit where it differs from both, each with its line style and legend label.
#pragma once
#include <string>
#include <vector>

#include "postprocess/render/canvas.hpp"
#include "postprocess/render/language.hpp"
#include "results/result_features.hpp"

namespace gwp::render {

struct LimitLine {
  double level;      // mg/L
  std::string label; // "class IV, 1.5 mg/L", "case limit, 2 mg/L"
  Rgb colour;
  double width;      // pixels
  double dash;       // pixels of dash, 0 for solid
};

// In rising order of level; empty when the species has no known limit. Labels in `language`
// ("class III, 0.5 mg/L", "Ⅲ类，0.5 mg/L"); the legend heading is PictureWording::limits_heading.
std::vector<LimitLine> limit_lines(const results::SpeciesLimits& limits, Language language = Language::en);

}  // namespace gwp::render
