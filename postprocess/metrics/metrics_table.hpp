// The plume metrics of one species as rows of the tables under /metrics/<species> in the result
// file (layout in docs/result-file.md). A run fills a MetricsTable at each output time, with
// summarise_plume() and source_distances() for the figures computed from the field, its own
// mass fluxes and what each abandoned well's bore moved between layers, and hands it to
// write_metrics(), which appends the rows; the first exceedances at the monitoring
// points and receptors follow once the run has ended.
#pragma once
#include <array>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "core/grid.hpp"
#include "core/plane_geometry.hpp"
#include "postprocess/metrics/plume_metrics.hpp"
#include "results/h5/table.hpp"
#include "results/result_reader.hpp"
#include "results/result_writer.hpp"

namespace gwp::metrics {

inline constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

// One row of /metrics/<species>/summary: the whole plume at one output time.
struct PlumeSummary {
  double time = 0.0;                      // d
  double peak = kNoValue;                 // mg/L, largest concentration of any active cell
  std::optional<CellIndex> peak_cell;     // where (0-based); none without active cells
  double area_above_limit = kNoValue;     // m2, plan area above the species' limit
  double volume_above_limit = kNoValue;   // m3, aquifer volume above the limit
  double area_above_class_iii = kNoValue;    // m2; NaN when the species has no class III limit
  double volume_above_class_iii = kNoValue;  // m3; NaN likewise
  double dissolved_mass = kNoValue;       // g
  double sorbed_mass = kNoValue;          // g
  std::array<double, 3> centre{kNoValue, kNoValue, kNoValue};  // m, world x, y, z of the dissolved mass
};

// One row of /metrics/<species>/distance: how far the plume above the limit reaches from one
// source (a landfill, an abandoned well, a source point); kDistanceDefinition says how.
struct SourceDistance {
  double time = 0.0;            // d
  std::string source;           // the feature's name
  double distance = kNoValue;   // m, NaN when no cell exceeds the limit
};

// One row of /metrics/<species>/mass_flux: dissolved mass crossing one boundary term or
// abandoned well at one output time.
struct MassFlux {
  double time = 0.0;      // d
  std::string term;       // e.g. "river:Yujiang", "abandoned_well:AW-1"
  std::string kind;       // the term's kind, e.g. "river", "well", "connection"
  double rate_in = 0.0;   // g/d into the aquifer
  double rate_out = 0.0;  // g/d out of the aquifer (a positive number)
};

// One row of /metrics/<species>/abandoned_wells: what an abandoned well's bore exchanged with one
// case layer it is open in, since the start of the run (a layer split into sublayers counts the
// exchange of each of its cells: mass moving between two of its sublayers leaves and enters it).
struct BoreLayerMass {
  double time = 0.0;          // d
  std::string well;           // the abandoned well's name
  std::string layer;          // the case layer's name ("layer 3" when it has none)
  double mass_in = 0.0;       // g, from the bore into the layer's open cells, cumulative
  double mass_out = 0.0;      // g, from the layer's open cells into the bore, cumulative
  // g, net mass carried down the bore past the bottom of this layer's open cells (from it and
  // the layers above to those below), cumulative; negative when carried up; 0 for the lowest.
  double carried_down = 0.0;
  double rate_in = 0.0, rate_out = 0.0;  // g/d over the last transport step, as mass_in, mass_out
  double rate_down = 0.0;                // g/d over the last transport step, as carried_down
};

// One row of /metrics/<species>/first_exceedance.
struct FirstExceedance {
  std::string point;      // monitoring point name
  double time = kNoValue; // d, NaN if the point never exceeded the limit
};

// One row of /metrics/<species>/receptors, written at the end of a run: what reached a
// receptor (a point such as a supply well, or a boundary such as a river reach) and when.
struct ReceptorSummary {
  std::string receptor;          // the receptor's name
  // "point" (a cell's concentration), "boundary" or "well" (the water it takes out), "line" (what
  // passes a control plane: its flow-weighted concentration)
  std::string kind;
  double first_exceedance = kNoValue;  // d, NaN if the limit was never exceeded
  double peak = kNoValue;        // mg/L, largest concentration of the run
  double peak_time = kNoValue;   // d, when it was first reached
  double peak_mass_flux = kNoValue;  // g/d, largest mass flux out through a boundary or net through a line; NaN for a point
};

// Rows of the six tables; any of them may be empty.
struct MetricsTable {
  std::vector<PlumeSummary> summary;
  std::vector<SourceDistance> distance;
  std::vector<MassFlux> mass_flux;
  std::vector<BoreLayerMass> abandoned_wells;
  std::vector<FirstExceedance> first_exceedance;
  std::vector<ReceptorSummary> receptors;
  // The case layers the plume figures count, top down, for the attribute metrics_layers of
  // /metrics (written when not empty; every layer's name when the case restricts nothing).
  std::vector<std::string> metrics_layers;
};

// How the tables measure, stored as their attribute `definition` (and in docs/result-file.md).
extern const char* const kDistanceDefinition;
extern const char* const kFirstExceedanceDefinition;
extern const char* const kAbandonedWellsDefinition;

// The limits a species' metrics are measured against, mg/L; NaN where it has none.
struct PlumeLimits {
  double limit = kNoValue;      // the run's limit (SpeciesProblem::limit, e.g. class IV)
  double class_iii = kNoValue;  // GB/T 14848-2017 class III (drinking water)
};

// A named source outline in world coordinates; a single vertex is a point.
struct PlumeSource {
  std::string name;
  Polygon outline;
};

// The summary row of a concentration field (mg/L per cell) at `time` (d): peak, extent above
// both limits, dissolved mass and its centre from `water_volume` (m3 per cell, see
// water_volumes()), and the sorbed mass (g) the transport solver reports.
PlumeSummary summarise_plume(const Grid& grid, double time, const std::vector<double>& concentration,
                             const std::vector<double>& water_volume, const PlumeLimits& limits,
                             double sorbed_mass);

// The same with the plume figures (peak, extents) over the `counted` cells only (the metrics'
// layers); the dissolved mass and its centre still count every active cell.
PlumeSummary summarise_plume(const Grid& grid, double time, const std::vector<double>& concentration,
                             const std::vector<double>& water_volume, const PlumeLimits& limits,
                             double sorbed_mass, const CellMask& counted);

// One distance row per source at `time`, measured above `limit` (mg/L) from any cell (of the
// `counted` ones) above it.
std::vector<SourceDistance> source_distances(const Grid& grid, double time,
                                             const std::vector<double>& concentration,
                                             double limit, const std::vector<PlumeSource>& sources);
std::vector<SourceDistance> source_distances(const Grid& grid, double time,
                                             const std::vector<double>& concentration, double limit,
                                             const std::vector<PlumeSource>& sources, const CellMask& counted);

// One table of the result file: where it goes and its rows with their units.
struct MetricsDataset {
  std::string path;                       // absolute, e.g. "/metrics/ammonia_n/summary"
  results::h5::Table rows;
  std::string units;                      // the table's `units` attribute
  std::vector<std::string> column_units;  // one per column
  std::string definition;                 // the table's `definition` attribute; empty: none
};

// The six tables of `species` (summary, distance, mass_flux, abandoned_wells, first_exceedance,
// receptors), each with the rows of `table` (possibly none). Throws std::invalid_argument for an
// empty species name or one holding '/'.
std::vector<MetricsDataset> metrics_datasets(const std::string& species, const MetricsTable& table);

// Appends the rows of `rows` to the tables under /metrics/<species> of the result being written
// (the six of metrics_datasets(), created on first use with their `definition` attributes), and
// sets the attribute metrics_layers of /metrics when `rows` names them. Call it at every output
// time, and once more with the first exceedances when the run has ended.
void write_metrics(results::ResultWriter& writer, const std::string& species, const MetricsTable& rows);

// Every row of the metrics of `species` in a result file; a table that is not there gives no
// rows. Throws IoError when the file has no /metrics/<species>.
MetricsTable read_metrics(const results::ResultReader& result, const std::string& species);

// The case layers the result's plume figures count (attribute metrics_layers of /metrics); empty
// when the result does not say (results written before it was recorded count every layer).
std::vector<std::string> read_metrics_layers(const results::ResultReader& result);

}  // namespace gwp::metrics
