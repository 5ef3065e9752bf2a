// What every picture of a result starts from: its grid (placement, tops and bottoms, active
// cells), its layer names, its title, the species and the stored times, read once.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/grid.hpp"
#include "results/result_features.hpp"
#include "results/result_reader.hpp"

namespace gwp::render {

struct ResultScene {
  Grid grid;                             // /grid, in the solver's own form
  std::vector<std::string> layer_names;  // per grid layer, "" where unnamed
  std::string title;                     // [case] title, else the case name
  std::vector<std::string> species;      // /transport/<species>, in name order
  std::vector<double> transport_times;   // d
  std::vector<double> flow_times;        // d
  results::ResultFeatures features;
  std::optional<Date> start_date;        // of t = 0, when the case gave one
  std::string crs;                       // /grid attribute crs ("EPSG:4546"), "" when none
};

// Reads /grid, the root attributes and /features. Throws gwp::IoError for a file without a grid.
ResultScene read_scene(const results::ResultReader& reader);

// "[case] title" of the case text stored in the file, else the case name attribute, else "".
std::string case_title(const results::ResultReader& reader);

// Index of the stored time equal to `time` (within 1e-6 d, or 1e-9 of it), or the last one
// when `time` is empty. Throws std::invalid_argument listing the stored times (as dates when
// `start` is given) when none matches or none is stored; `what` names the field
// ("concentration", "head") in the message.
std::size_t time_index(const std::vector<double>& times, std::optional<double> time, const std::string& what,
                       const std::optional<Date>& start = std::nullopt);

// `species` itself if the result holds it, the first species if `species` is empty. Throws
// std::invalid_argument listing the species when it does not.
std::string choose_species(const ResultScene& scene, const std::string& species);

// The four corners of the grid in world coordinates (m), counter-clockwise from the origin.
std::vector<Point> grid_corners(const Grid& grid);

// Limits of `species` from /features (limit < 0 ... when the result does not record them).
results::SpeciesLimits limits_of(const ResultScene& scene, const std::string& species);

}  // namespace gwp::render
