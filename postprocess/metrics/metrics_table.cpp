#include "postprocess/metrics/metrics_table.hpp"

#include <array>
#include <cmath>
#include <span>
#include <stdexcept>

#include "core/errors.hpp"
#include "postprocess/metrics/plume_metrics.hpp"
#include "results/result_reader.hpp"
#include "results/result_writer.hpp"

namespace gwp::metrics {

namespace {

using results::h5::ColumnType;

// The `units` of a table whose columns have different units.
constexpr const char* kMixedUnits = "see column_units";

// Name, type and units of every column of a table, in stored order.
struct ColumnSpec {
  const char* name;
  results::h5::ColumnType type;
  const char* units;
};

constexpr std::array<ColumnSpec, 14> kSummaryColumns{{
    {"time", results::h5::ColumnType::real, "d"},
    {"peak", results::h5::ColumnType::real, "mg/L"},
    {"peak_layer", results::h5::ColumnType::real, "1"},
    {"peak_row", results::h5::ColumnType::real, "1"},
    {"peak_column", results::h5::ColumnType::real, "1"},
    {"area_above_limit", results::h5::ColumnType::real, "m2"},
    {"volume_above_limit", results::h5::ColumnType::real, "m3"},
    {"area_above_class_iii", results::h5::ColumnType::real, "m2"},
    {"volume_above_class_iii", results::h5::ColumnType::real, "m3"},
    {"dissolved_mass", results::h5::ColumnType::real, "g"},
    {"sorbed_mass", results::h5::ColumnType::real, "g"},
    {"centre_x", results::h5::ColumnType::real, "m"},
    {"centre_y", results::h5::ColumnType::real, "m"},
    {"centre_z", results::h5::ColumnType::real, "m"}}};
constexpr std::array<ColumnSpec, 3> kDistanceColumns{{{"time", results::h5::ColumnType::real, "d"},
                                                     {"source", results::h5::ColumnType::text, ""},
                                                     {"distance", results::h5::ColumnType::real, "m"}}};
constexpr std::array<ColumnSpec, 5> kMassFluxColumns{{{"time", results::h5::ColumnType::real, "d"},
                                                     {"term", results::h5::ColumnType::text, ""},
                                                     {"kind", results::h5::ColumnType::text, ""},
                                                     {"rate_in", results::h5::ColumnType::real, "g/d"},
                                                     {"rate_out", results::h5::ColumnType::real, "g/d"}}};
constexpr std::array<ColumnSpec, 9> kAbandonedWellColumns{{{"time", results::h5::ColumnType::real, "d"},
                                                          {"well", results::h5::ColumnType::text, ""},
                                                          {"layer", results::h5::ColumnType::text, ""},
                                                          {"mass_in", results::h5::ColumnType::real, "g"},
                                                          {"mass_out", results::h5::ColumnType::real, "g"},
                                                          {"carried_down", results::h5::ColumnType::real, "g"},
                                                          {"rate_in", results::h5::ColumnType::real, "g/d"},
                                                          {"rate_out", results::h5::ColumnType::real, "g/d"},
                                                          {"rate_down", results::h5::ColumnType::real, "g/d"}}};
constexpr std::array<ColumnSpec, 2> kFirstExceedanceColumns{{{"point", results::h5::ColumnType::text, ""},
                                                             {"time", results::h5::ColumnType::real, "d"}}};

constexpr std::array<ColumnSpec, 6> kReceptorColumns{{{"receptor", results::h5::ColumnType::text, ""},
                                                     {"kind", results::h5::ColumnType::text, ""},
                                                     {"first_exceedance", results::h5::ColumnType::real, "d"},
                                                     {"peak", results::h5::ColumnType::real, "mg/L"},
                                                     {"peak_time", results::h5::ColumnType::real, "d"},
                                                     {"peak_mass_flux", results::h5::ColumnType::real, "g/d"}}};

// An empty table with the columns of `specs`, and their units.
MetricsDataset empty_dataset(const std::string& path, std::span<const ColumnSpec> specs,
                             const std::string& units) {
  MetricsDataset dataset{path, {}, units, {}, {}};
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
  d.definition = kDistanceDefinition;
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

MetricsDataset abandoned_wells_dataset(const std::string& group, const std::vector<BoreLayerMass>& rows) {
  MetricsDataset d = empty_dataset(group + "/abandoned_wells", kAbandonedWellColumns, kMixedUnits);
  d.definition = kAbandonedWellsDefinition;
  for (const BoreLayerMass& r : rows) {
    reals(d, 0).push_back(r.time);
    texts(d, 1).push_back(r.well);
    texts(d, 2).push_back(r.layer);
    const double values[] = {r.mass_in, r.mass_out, r.carried_down, r.rate_in, r.rate_out, r.rate_down};
    for (std::size_t c = 3; c < kAbandonedWellColumns.size(); ++c) reals(d, c).push_back(values[c - 3]);
  }
  return d;
}

MetricsDataset first_exceedance_dataset(const std::string& group,
                                        const std::vector<FirstExceedance>& rows) {
  MetricsDataset d = empty_dataset(group + "/first_exceedance", kFirstExceedanceColumns, "d");
  d.definition = kFirstExceedanceDefinition;
  for (const FirstExceedance& r : rows) {
    texts(d, 0).push_back(r.point);
    reals(d, 1).push_back(r.time);
  }
  return d;
}

MetricsDataset receptors_dataset(const std::string& group, const std::vector<ReceptorSummary>& rows) {
  MetricsDataset d = empty_dataset(group + "/receptors", kReceptorColumns, kMixedUnits);
  d.definition = kFirstExceedanceDefinition;
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

const char* const kDistanceDefinition =
    "farthest plan distance (m) from the source to the centre of a column holding a cell above the limit, "
    "among the cells of the layers the metrics count (attribute metrics_layers of /metrics). Landfill: any such "
    "cell; 0 inside the outline. Abandoned well: only the plume that came through its bore: the cells above the "
    "limit in the case layers into which the bore has delivered more of the species than it took from them since "
    "the start (abandoned_wells: mass_in > mass_out), connected through face neighbours above the limit in those "
    "layers to one of the bore's open cells there. NaN when no such cell exists";
const char* const kFirstExceedanceDefinition =
    "time (d) the concentration first went strictly above the limit, from the value at t = 0 and after every "
    "transport step: interpolated linearly between the end of the last step at or below the limit and the end of "
    "the first step above it (0 when above from the start); NaN if never. Receptors on boundaries and wells: the "
    "concentration of the water the aquifer discharges through them over each step";
const char* const kAbandonedWellsDefinition =
    "per abandoned well and case layer it is open in, since the start: mass (g) the bore gave the layer's open cells "
    "(mass_in) and took from them (mass_out), each cell's net exchange with the bore at every transport step "
    "(water flow between the bore's cells times the upstream concentration, matched to the bore's line of the mass "
    "budget, so that the layers sum to it); carried_down: net mass carried down the bore past the bottom of the "
    "layer (negative: up); rates over the last transport step (g/d)";

PlumeSummary summarise_plume(const Grid& grid, double time, const std::vector<double>& concentration,
                             const std::vector<double>& water_volume, const PlumeLimits& limits,
                             double sorbed_mass) {
  return summarise_plume(grid, time, concentration, water_volume, limits, sorbed_mass, grid.active);
}

PlumeSummary summarise_plume(const Grid& grid, double time, const std::vector<double>& concentration,
                             const std::vector<double>& water_volume, const PlumeLimits& limits,
                             double sorbed_mass, const CellMask& counted) {
  PlumeSummary row;
  row.time = time;
  const Peak peak = peak_concentration(grid, concentration, counted);
  row.peak = peak.value;
  row.peak_cell = peak.cell;
  const PlumeExtent above_limit = plume_extent(grid, concentration, water_volume, limits.limit, counted);
  row.area_above_limit = above_limit.area;
  row.volume_above_limit = above_limit.volume;
  const PlumeExtent above_iii = plume_extent(grid, concentration, water_volume, limits.class_iii, counted);
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
  return source_distances(grid, time, concentration, limit, sources, grid.active);
}

std::vector<SourceDistance> source_distances(const Grid& grid, double time,
                                             const std::vector<double>& concentration, double limit,
                                             const std::vector<PlumeSource>& sources, const CellMask& counted) {
  const CellMask above = cells_above(grid, concentration, limit, counted);
  std::vector<SourceDistance> rows;
  for (const PlumeSource& source : sources) {
    if (source.outline.empty()) {
      throw std::invalid_argument("source '" + source.name + "' has no vertices");
    }
    rows.push_back({time, source.name, farthest_distance(grid, above, source.outline)});
  }
  return rows;
}

std::vector<MetricsDataset> metrics_datasets(const std::string& species, const MetricsTable& table) {
  const std::string group = metrics_group(species);
  return {summary_dataset(group, table.summary),
          distance_dataset(group, table.distance),
          mass_flux_dataset(group, table.mass_flux),
          abandoned_wells_dataset(group, table.abandoned_wells),
          first_exceedance_dataset(group, table.first_exceedance),
          receptors_dataset(group, table.receptors)};
}

MetricsTable read_metrics(const results::ResultReader& result, const std::string& species) {
  const std::string group = metrics_group(species);
  if (!result.exists(group)) {
    throw IoError(result.path() + " has no metrics of species '" + species + "' (" + group + ")");
  }
  // The stored table at `name` below the group, or none.
  const auto stored = [&](const char* name) -> std::optional<results::h5::Table> {
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
  if (const auto t = stored("abandoned_wells")) {
    const auto real = [&](const char* name, std::size_t r) { return t->column(name).reals[r]; };
    for (std::size_t r = 0; r < t->rows(); ++r) {
      table.abandoned_wells.push_back({real("time", r), t->column("well").texts[r], t->column("layer").texts[r],
                                       real("mass_in", r), real("mass_out", r), real("carried_down", r),
                                       real("rate_in", r), real("rate_out", r), real("rate_down", r)});
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

std::vector<std::string> read_metrics_layers(const results::ResultReader& result) {
  if (!result.exists("/metrics") || !result.has_attribute("/metrics", "metrics_layers")) return {};
  return result.texts_attribute("/metrics", "metrics_layers");
}

void write_metrics(results::ResultWriter& writer, const std::string& species, const MetricsTable& rows) {
  for (const MetricsDataset& table : metrics_datasets(species, rows)) {
    writer.append_rows(table.path, table.rows, table.units, table.column_units);
    if (!table.definition.empty()) writer.set_text_once(table.path, "definition", table.definition);
  }
  if (!rows.metrics_layers.empty()) writer.set_group_texts("metrics", "metrics_layers", rows.metrics_layers);
  writer.flush();
}

}  // namespace gwp::metrics
