#include "postprocess/metrics_table.hpp"

#include <array>
#include <cmath>
#include <span>
#include <stdexcept>

#include "postprocess/plume_metrics.hpp"
#include "postprocess/result_reader.hpp"
#include "solver/common/errors.hpp"

namespace gwp::post {

namespace {

using h5::ColumnType;

// The `units` of a table whose columns have different units.
constexpr const char* kMixedUnits = "see column_units";

// Name, type and units of every column of a table, in stored order.
struct ColumnSpec {
  const char* name;
  ColumnType type;
  const char* units;
};

constexpr std::array<ColumnSpec, 14> kSummaryColumns{{
    {"time", ColumnType::real, "d"},
    {"peak", ColumnType::real, "mg/L"},
    {"peak_layer", ColumnType::real, "1"},
    {"peak_row", ColumnType::real, "1"},
    {"peak_column", ColumnType::real, "1"},
    {"area_above_limit", ColumnType::real, "m2"},
    {"volume_above_limit", ColumnType::real, "m3"},
    {"area_above_class_iii", ColumnType::real, "m2"},
    {"volume_above_class_iii", ColumnType::real, "m3"},
    {"dissolved_mass", ColumnType::real, "g"},
    {"sorbed_mass", ColumnType::real, "g"},
    {"centre_x", ColumnType::real, "m"},
    {"centre_y", ColumnType::real, "m"},
    {"centre_z", ColumnType::real, "m"}}};
constexpr std::array<ColumnSpec, 3> kDistanceColumns{{{"time", ColumnType::real, "d"},
                                                     {"source", ColumnType::text, ""},
                                                     {"distance", ColumnType::real, "m"}}};
constexpr std::array<ColumnSpec, 5> kMassFluxColumns{{{"time", ColumnType::real, "d"},
                                                     {"term", ColumnType::text, ""},
                                                     {"kind", ColumnType::text, ""},
                                                     {"rate_in", ColumnType::real, "g/d"},
                                                     {"rate_out", ColumnType::real, "g/d"}}};
constexpr std::array<ColumnSpec, 2> kFirstExceedanceColumns{{{"point", ColumnType::text, ""},
                                                             {"time", ColumnType::real, "d"}}};

constexpr std::array<ColumnSpec, 6> kReceptorColumns{{{"receptor", ColumnType::text, ""},
                                                     {"kind", ColumnType::text, ""},
                                                     {"first_exceedance", ColumnType::real, "d"},
                                                     {"peak", ColumnType::real, "mg/L"},
                                                     {"peak_time", ColumnType::real, "d"},
                                                     {"peak_mass_flux", ColumnType::real, "g/d"}}};

// An empty table with the columns of `specs`, and their units.
MetricsDataset empty_dataset(const std::string& path, std::span<const ColumnSpec> specs,
                             const std::string& units) {
  MetricsDataset dataset{path, {}, units, {}};
  for (const ColumnSpec& spec : specs) {
    dataset.rows.columns.push_back({spec.name, spec.type, {}, {}});
    dataset.column_units.push_back(spec.units);
  }
  return dataset;
}

std::vector<double>& reals(MetricsDataset& d, std::size_t c) { return d.rows.columns[c].reals; }
std::vector<std::string>& texts(MetricsDataset& d, std::size_t c) {
  return d.rows.columns[c].texts;
}

MetricsDataset summary_dataset(const std::string& group, const std::vector<PlumeSummary>& rows) {
  MetricsDataset d = empty_dataset(group + "/summary", kSummaryColumns, kMixedUnits);
  for (const PlumeSummary& r : rows) {
    // The peak cell is stored as numbers; NaN (not -1, which Python reads as the last index)
    // where there is none.
    const auto index = [&](int CellIndex::*part) {
      return r.peak_cell ? double((*r.peak_cell).*part) : kNoValue;
    };
    const double values[] = {r.time,
                             r.peak,
                             index(&CellIndex::k),
                             index(&CellIndex::i),
                             index(&CellIndex::j),
                             r.area_above_limit,
                             r.volume_above_limit,
                             r.area_above_class_iii,
                             r.volume_above_class_iii,
                             r.dissolved_mass,
                             r.sorbed_mass,
                             r.centre[0],
                             r.centre[1],
                             r.centre[2]};
    for (std::size_t c = 0; c < kSummaryColumns.size(); ++c) reals(d, c).push_back(values[c]);
  }
  return d;
}

MetricsDataset distance_dataset(const std::string& group, const std::vector<SourceDistance>& rows) {
  MetricsDataset d = empty_dataset(group + "/distance", kDistanceColumns, "m");
  for (const SourceDistance& r : rows) {
    reals(d, 0).push_back(r.time);
    texts(d, 1).push_back(r.source);
    reals(d, 2).push_back(r.distance);
  }
  return d;
}

MetricsDataset mass_flux_dataset(const std::string& group, const std::vector<MassFlux>& rows) {
  MetricsDataset d = empty_dataset(group + "/mass_flux", kMassFluxColumns, "g/d");
  for (const MassFlux& r : rows) {
    reals(d, 0).push_back(r.time);
    texts(d, 1).push_back(r.term);
    texts(d, 2).push_back(r.kind);
    reals(d, 3).push_back(r.rate_in);
    reals(d, 4).push_back(r.rate_out);
  }
  return d;
}

MetricsDataset first_exceedance_dataset(const std::string& group,
                                        const std::vector<FirstExceedance>& rows) {
  MetricsDataset d = empty_dataset(group + "/first_exceedance", kFirstExceedanceColumns, "d");
  for (const FirstExceedance& r : rows) {
    texts(d, 0).push_back(r.point);
    reals(d, 1).push_back(r.time);
  }
  return d;
}

MetricsDataset receptors_dataset(const std::string& group, const std::vector<ReceptorSummary>& rows) {
  MetricsDataset d = empty_dataset(group + "/receptors", kReceptorColumns, kMixedUnits);
  for (const ReceptorSummary& r : rows) {
    texts(d, 0).push_back(r.receptor);
    texts(d, 1).push_back(r.kind);
    reals(d, 2).push_back(r.first_exceedance);
    reals(d, 3).push_back(r.peak);
    reals(d, 4).push_back(r.peak_time);
    reals(d, 5).push_back(r.peak_mass_flux);
  }
  return d;
}

std::string metrics_group(const std::string& species) {
  if (species.empty() || species.find('/') != std::string::npos) {
    throw std::invalid_argument("species name '" + species +
                                "' cannot name a group of /metrics (empty or holding '/')");
  }
  return "/metrics/" + species;
}

std::optional<CellIndex> stored_cell(double k, double i, double j) {
  if (std::isnan(k) || std::isnan(i) || std::isnan(j)) return std::nullopt;
  return CellIndex{int(k), int(i), int(j)};
}

}  // namespace

PlumeSummary summarise_plume(const Grid& grid, double time, const std::vector<double>& concentration,
                             const std::vector<double>& water_volume, const PlumeLimits& limits,
                             double sorbed_mass) {
  PlumeSummary row;
  row.time = time;
  const Peak peak = peak_concentration(grid, concentration);
  row.peak = peak.value;
  row.peak_cell = peak.cell;
  const PlumeExtent above_limit = plume_extent(grid, concentration, water_volume, limits.limit);
  row.area_above_limit = above_limit.area;
  row.volume_above_limit = above_limit.volume;
  const PlumeExtent above_iii = plume_extent(grid, concentration, water_volume, limits.class_iii);
  row.area_above_class_iii = above_iii.area;
  row.volume_above_class_iii = above_iii.volume;
  const DissolvedMass dissolved = dissolved_mass(grid, concentration, water_volume);
  row.dissolved_mass = dissolved.mass;
  row.centre = dissolved.centre;
  row.sorbed_mass = sorbed_mass;
  return row;
}

std::vector<SourceDistance> source_distances(const Grid& grid, double time,
                                             const std::vector<double>& concentration,
                                             double limit, const std::vector<PlumeSource>& sources) {
  std::vector<SourceDistance> rows;
  for (const PlumeSource& source : sources) {
    if (source.outline.empty()) {
      throw std::invalid_argument("source '" + source.name + "' has no vertices");
    }
    rows.push_back({time, source.name, farthest_distance(grid, concentration, limit, source.outline)});
  }
  return rows;
}

std::vector<MetricsDataset> metrics_datasets(const std::string& species, const MetricsTable& table) {
  const std::string group = metrics_group(species);
  return {summary_dataset(group, table.summary), distance_dataset(group, table.distance),
          mass_flux_dataset(group, table.mass_flux),
          first_exceedance_dataset(group, table.first_exceedance), receptors_dataset(group, table.receptors)};
}

MetricsTable read_metrics(const ResultReader& result, const std::string& species) {
  const std::string group = metrics_group(species);
  if (!result.exists(group)) {
    throw IoError(result.path() + " has no metrics of species '" + species + "' (" + group + ")");
  }
  // The stored table at `name` below the group, or none.
  const auto stored = [&](const char* name) -> std::optional<h5::Table> {
    const std::string path = group + "/" + name;
    if (!result.exists(path)) return std::nullopt;
    return result.read_table(path);
  };
  MetricsTable table;
  if (const auto t = stored("summary")) {
    const auto col = [&](const char* name) -> const std::vector<double>& {
      return t->column(name).reals;
    };
    for (std::size_t r = 0; r < t->rows(); ++r) {
      PlumeSummary row;
      row.time = col("time")[r];
      row.peak = col("peak")[r];
      row.peak_cell = stored_cell(col("peak_layer")[r], col("peak_row")[r], col("peak_column")[r]);
      row.area_above_limit = col("area_above_limit")[r];
      row.volume_above_limit = col("volume_above_limit")[r];
      row.area_above_class_iii = col("area_above_class_iii")[r];
      row.volume_above_class_iii = col("volume_above_class_iii")[r];
      row.dissolved_mass = col("dissolved_mass")[r];
      row.sorbed_mass = col("sorbed_mass")[r];
      row.centre = {col("centre_x")[r], col("centre_y")[r], col("centre_z")[r]};
      table.summary.push_back(row);
    }
  }
  if (const auto t = stored("distance")) {
    for (std::size_t r = 0; r < t->rows(); ++r) {
      table.distance.push_back({t->column("time").reals[r], t->column("source").texts[r],
                                t->column("distance").reals[r]});
    }
  }
  if (const auto t = stored("mass_flux")) {
    for (std::size_t r = 0; r < t->rows(); ++r) {
      table.mass_flux.push_back({t->column("time").reals[r], t->column("term").texts[r],
                                 t->column("kind").texts[r], t->column("rate_in").reals[r],
                                 t->column("rate_out").reals[r]});
    }
  }
  if (const auto t = stored("first_exceedance")) {
    for (std::size_t r = 0; r < t->rows(); ++r) {
      table.first_exceedance.push_back({t->column("point").texts[r], t->column("time").reals[r]});
    }
  }
  if (const auto t = stored("receptors")) {
    for (std::size_t r = 0; r < t->rows(); ++r) {
      table.receptors.push_back({t->column("receptor").texts[r], t->column("kind").texts[r],
                                 t->column("first_exceedance").reals[r], t->column("peak").reals[r],
                                 t->column("peak_time").reals[r], t->column("peak_mass_flux").reals[r]});
    }
  }
  return table;
}

}  // namespace gwp::post
