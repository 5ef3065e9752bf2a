// Reads a sweep's statistics file (`sweep.h5`, docs/sweeps.md) for pictures, reports and
// exports: its root attributes, grid and features (written as a result file's), and the
// per-species statistics, member figures and sensitivities, each by name and collected time.
// A request for something the file does not hold (a species, point or figure) is refused with
// std::invalid_argument listing what it does hold, so a command can say so and exit 2.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.hpp"
#include "core/grid.hpp"
#include "results/result_features.hpp"
#include "results/result_reader.hpp"

namespace gwp::results {

inline constexpr const char* kSweepFormat = "gwplume-sweep";

// The figures of each member collected per species and time (/scalars/<species>/<figure>).
inline const std::vector<std::string>& sweep_figures() {
  static const std::vector<std::string> names{"peak", "area_above_limit", "volume_above_limit", "dissolved_mass"};
  return names;
}

// Whether the root attribute `format` says the file is a sweep's statistics.
bool is_sweep_file(const ResultReader& reader);

struct SweepScene {
  std::string name, base, method;         // root attributes
  std::int64_t seed = 0, members = 0, members_collected = 0;
  std::optional<Date> start_date;         // root attribute start_date, when written
  Grid grid;                              // /grid
  std::string crs;                        // /grid attribute crs, "" when none
  std::vector<std::string> layer_names;   // per grid layer, "" where unnamed
  ResultFeatures features;                // /features and the species' labels and limits
  std::vector<std::string> species;       // /statistics/<species>, in name order
};

// Everything above; IoError when the file has no grid.
SweepScene read_sweep_scene(const ResultReader& reader);

// The species' statistics group: its collected times (d), limit and class III (mg/L; NaN or < 0
// for none) and the members counted.
struct SweepSpecies {
  std::string name;
  std::vector<double> times;
  double limit = -1.0, class_iii = -1.0;
  std::int64_t members = 0;
};

// `species` itself, or the first when empty; std::invalid_argument listing the species.
SweepSpecies read_sweep_species(const ResultReader& reader, const SweepScene& scene, const std::string& species);

// A per-column field (/statistics/<species>/<name>, (nt, ny, nx)) at time index t, with NaN
// where the column has no active cell.
std::vector<double> read_sweep_plan(const ResultReader& reader, const std::string& species, const std::string& name,
                                    std::size_t t);
// A per-cell field ((nt, nz, ny, nx)) at time index t, with NaN for inactive cells.
std::vector<double> read_sweep_cells(const ResultReader& reader, const std::string& species, const std::string& name,
                                     std::size_t t);

// Monitoring points and receptors with a first-exceedance record, in the file's order.
std::vector<std::string> sweep_points(const ResultReader& reader, const std::string& species);

// When `point` first exceeded the limit in each member (d; NaN: never, or not collected).
// std::invalid_argument listing the points when it has none.
std::vector<double> first_exceedance_times(const ResultReader& reader, const std::string& species,
                                           const std::string& point);

// Per member, whether it was collected (its figures are not all NaN).
std::vector<bool> collected_members(const ResultReader& reader, const std::string& species);

// A member figure at time index t, per member (NaN for a member not collected).
// std::invalid_argument listing the figures for an unknown one.
std::vector<double> member_figure(const ResultReader& reader, const std::string& species, const std::string& figure,
                                  std::size_t t);

// The partial rank correlation of each parameter with a figure at time index t.
struct SweepSensitivity {
  std::vector<std::string> parameters;
  std::vector<double> values;  // one per parameter, NaN where it could not be computed
};
SweepSensitivity partial_sensitivity(const ResultReader& reader, const std::string& species, const std::string& figure,
                                     std::size_t t);

// The probability each point has exceeded by each collected time ((points, nt), row-major),
// with its points; empty when the file has none.
struct PointProbabilities {
  std::vector<std::string> points;
  std::vector<double> values;  // points x times
};
PointProbabilities point_probabilities(const ResultReader& reader, const std::string& species);

// Index of `time` among `times` (within 1e-6 d, or 1e-9 of it), or the last when empty;
// std::invalid_argument listing the collected times (dates with `start`) when none matches.
std::size_t sweep_time_index(const std::vector<double>& times, std::optional<double> time,
                             const std::optional<Date>& start);

}  // namespace gwp::results
