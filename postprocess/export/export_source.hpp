// What every export reads from a result file before its fields: the grid with its placement,
// the stored times of flow and transport, the species and their limits, and the site features.
// Read once, so each writer works on plain data and a result is never re-opened per time.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/grid.hpp"
#include "results/result_features.hpp"
#include "results/result_reader.hpp"

namespace gwp::exporting {

struct ExportSource {
  std::string case_name;                 // root attribute `case_name` ("" when absent)
  std::string status;                    // root attribute `status`: complete | interrupted | failed
  Grid grid;                             // from /grid, m and degrees
  std::string crs;                       // /grid attribute `crs`, "" when not set
  std::optional<Date> start;             // root attribute start_date: the date of t = 0, when given
  std::vector<std::string> layer_names;  // per grid layer, from the top
  std::vector<double> flow_times;        // d, one per stored head slice actually present
  std::vector<double> transport_times;   // d, one per stored concentration slice present in every species
  std::vector<std::string> species;      // groups under /transport holding a `concentration`
  results::ResultFeatures features;               // /features and the species' limits
};

// The grid of /grid. Throws IoError naming the file when a piece is missing or of the wrong size.


// Everything above. An interrupted run may have appended a time without every field of it; the
// times kept are only those whose slices exist in every field of the group.
ExportSource read_export_source(const results::ResultReader& reader);

// The limit of `species` (mg/L) from the result's /transport/<species> attributes; < 0 when the
// result does not record one.
double species_limit(const ExportSource& source, const std::string& species);

}  // namespace gwp::exporting
