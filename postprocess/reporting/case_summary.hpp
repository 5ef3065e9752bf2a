// What a report says about the run before any result: who wrote it and when, the grid, and each
// layer with the range of its properties (/grid, /properties and the root attributes only).
#pragma once
#include <string>
#include <vector>

#include "results/result_reader.hpp"

namespace gwp::reporting {

// Smallest and largest value of a property over the active cells of a layer.
struct ValueRange {
  std::string name;   // e.g. "kh"
  std::string units;  // e.g. "m/d"
  double min = 0.0, max = 0.0;
};

struct LayerSummary {
  std::string name;
  long active_cells = 0;
  ValueRange top{"top", "m"}, bottom{"bottom", "m"}, thickness{"thickness", "m"};
  std::vector<ValueRange> properties;  // in the order of /properties
};

struct CaseSummary {
  std::string case_name, title, status, failure, program_version, created, crs;
  int nx = 0, ny = 0, nz = 0;
  long cells = 0, active_cells = 0;
  double origin_x = 0.0, origin_y = 0.0, rotation = 0.0;  // m, m, degrees
  ValueRange dx{"dx", "m"}, dy{"dy", "m"};
  double extent_x = 0.0, extent_y = 0.0;  // m, sum of dx and of dy
  std::vector<LayerSummary> layers;
  std::vector<double> output_times;       // d, /transport/times (else /flow/times)
  // The case layers the plume metrics (areas, volumes, verdicts) were restricted to: attribute
  // `metrics_layers` of /metrics (or of the root), one name per element or names separated by
  // commas. Empty: the result records no restriction, every layer counts.
  std::vector<std::string> metrics_layers;
};

// The case layer a grid layer belongs to: "sand-gravel (2/3)" -> "sand-gravel" (a layer split
// into sublayers is named with its part), any other name as it is.
std::string case_layer_name(const std::string& grid_layer);

// The layer names of a metrics_layers attribute: each element split at commas, blanks trimmed,
// empty names dropped.
std::vector<std::string> metrics_layer_names(const std::vector<std::string>& attribute);

// Throws IoError when /grid is missing or incomplete.
CaseSummary read_case_summary(const results::ResultReader& reader);

// "3.2" when min == max (to format_figure's digits), otherwise "0.5 – 30".
std::string range_text(const ValueRange& range);

}  // namespace gwp::reporting
