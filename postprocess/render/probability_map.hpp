// The plan map of a sweep's probability: in each column, the fraction of the members in which
// some cell of the column exceeds the species' limit (or class III), coloured from 0 to 100 %,
// with the 5 %, 50 % and 95 % contours drawn and labelled over the site's features. The 50 %
// contour is the median plume's edge, the 95 % contour where the plume is almost certain, the
// 5 % contour how far it may reach. Columns no member exceeded are left white. Rendered offscreen
// with VTK: needs an X server (xvfb-run -a).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "postprocess/render/language.hpp"
#include "postprocess/render/map_frame.hpp"
#include "results/result_reader.hpp"
#include "results/sweep_file.hpp"

namespace gwp::render {

// The probability contours drawn, as fractions.
inline const std::vector<double>& probability_levels() {
  static const std::vector<double> levels{0.05, 0.5, 0.95};
  return levels;
}

struct ProbabilityMapOptions {
  std::string species;          // empty: the first species of the sweep
  std::optional<double> time;   // d, a collected time; empty: the last
  bool class_iii = false;       // the probability of exceeding class III instead of the limit
  Language language = Language::en;
  std::string title;            // empty: "<sweep> — P(<species> > <class>) — <time>"
  int width = 1600, height = 0; // pixels; height 0: as the map needs
};

struct ProbabilityMapPicture {
  double time = 0.0;            // d, the collected time drawn
  std::string species, title;
  MapFrame frame;
  int width = 0, height = 0;
  std::vector<std::string> warnings;  // characters no installed font has
};

// Writes `png_path` (PNG, or JPEG for .jpg). std::invalid_argument for a species or time the
// sweep does not hold (listing those it does), a species without class III values when
// `class_iii` is asked for, or an unsupported extension; IoError when reading or writing fails.
ProbabilityMapPicture render_probability_map(const results::ResultReader& reader, const results::SweepScene& scene,
                                             const ProbabilityMapOptions& options, const std::string& png_path);

}  // namespace gwp::render
