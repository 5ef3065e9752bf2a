#include "postprocess/metrics/mna_table.hpp"

#include <array>
#include <cmath>
#include <stdexcept>

#include "postprocess/metrics/series_trend.hpp"

namespace gwp::metrics {

namespace {

using results::h5::ColumnType;

struct ColumnSpec {
  const char* name;
  ColumnType type;
  const char* units;
};

constexpr std::array<ColumnSpec, 10> kTrendColumns{{{"point", ColumnType::text, ""},
                                                    {"kind", ColumnType::text, ""},
                                                    {"samples", ColumnType::integer, "1"},
                                                    {"s", ColumnType::integer, "1"},
                                                    {"z", ColumnType::real, "1"},
                                                    {"confidence", ColumnType::real, "%"},
                                                    {"cv", ColumnType::real, "1"},
                                                    {"trend", ColumnType::text, ""},
                                                    {"sen_slope", ColumnType::real, "mg/L/yr"},
                                                    {"below_limit_from", ColumnType::real, "d"}}};
constexpr std::array<ColumnSpec, 11> kPlumeTrendColumns{{{"centre_speed", ColumnType::real, "m/yr"},
                                                         {"centre_direction", ColumnType::real, "degree"},
                                                         {"mass_s", ColumnType::integer, "1"},
                                                         {"mass_z", ColumnType::real, "1"},
                                                         {"mass_confidence", ColumnType::real, "%"},
                                                         {"mass_trend", ColumnType::text, ""},
                                                         {"mass_sen_slope", ColumnType::real, "g/yr"},
                                                         {"bulk_rate", ColumnType::real, "1/yr"},
                                                         {"bulk_rate_r2", ColumnType::real, "1"},
                                                         {"lambda", ColumnType::real, "1/yr"},
                                                         {"below_limit_from", ColumnType::real, "d"}}};

template <std::size_t N>
MetricsDataset empty_dataset(const std::string& path, const std::array<ColumnSpec, N>& specs) {
  MetricsDataset dataset{path, {}, "see column_units", {}, {}};
  for (const ColumnSpec& spec : specs) {
    dataset.rows.columns.push_back({spec.name, spec.type, {}, {}});
    dataset.column_units.push_back(spec.units);
  }
  return dataset;
}

// The table's column `name`, to fill.
results::h5::TableColumn& column(MetricsDataset& d, const std::string& name) {
  for (results::h5::TableColumn& c : d.rows.columns)
    if (c.name == name) return c;
  throw std::logic_error("no column " + name + " in " + d.path);
}

}  // namespace

const char* const kTrendsDefinition =
    "per monitoring point and receptor with a series under /monitoring: the Mann-Kendall test (S, Z with the "
    "continuity correction, confidence in %, coefficient of variation; values rounded to the coarser of 1e-9 of "
    "the series' largest value and 1e-6 of the species' limit, so that differences below them tie) with the "
    "Mann-Kendall Toolkit's decision, "
    "and Sen's slope (mg/L per year of 365.25 d), of the series read at the output times (/transport/times) after "
    "t = 0 and from the attribute trend_from (d) on, linearly between the stored transport steps; below_limit_from: "
    "the time (d) from which the series stays at or below the species' limit to the end of the run, from every "
    "transport step, interpolated linearly between the last step above and the next (0 when never above; NaN when "
    "still above at the end)";
const char* const kPlumeTrendDefinition =
    "the plume as a whole over the same output times: centre_speed (m/yr) and centre_direction (degrees clockwise "
    "from north) of the least-squares slopes of the centre of dissolved mass (summary centre_x, centre_y) against "
    "time; Mann-Kendall test and Sen's slope (g/yr) of the dissolved mass; bulk_rate (1/yr): bulk attenuation rate "
    "(Newell et al. 2002) at the last output time, minus the contaminant velocity (seepage velocity over "
    "retardation, along the axis, median over the sampled cells) times the least-squares slope of ln C against "
    "distance along the plume axis (from the source's centre nearest the peak to the farthest column above 1 % of "
    "the peak; the largest concentration of the counted layers in bands one cell wide, from the peak's band on), "
    "bulk_rate_r2 its fit; lambda (1/yr): Buscheck and Alcantar (1995) biodegradation rate from it and the "
    "longitudinal dispersivity; below_limit_from (d): when area_above_limit falls to 0 for good (0 when never "
    "above; NaN when still above at the end)";

PointTrend point_trend(const std::string& point, const std::string& kind, const std::vector<double>& times,
                       const std::vector<double>& values, double below_limit_from, double limit) {
  const SeriesTrend trend = series_trend(times, values, limit > 0.0 ? kTrendLimitFraction * limit : 0.0);
  PointTrend row;
  row.point = point;
  row.kind = kind;
  row.samples = trend.test.count;
  row.s = trend.test.s;
  const bool judged = trend.test.trend != Trend::insufficient_data;
  row.z = judged ? trend.test.z : kNoValue;
  row.confidence = judged ? 100.0 * trend.test.confidence : kNoValue;
  row.cv = trend.test.coefficient_of_variation;
  row.trend = std::string(trend_name(trend.test.trend));
  row.sen_slope = trend.sen_slope;
  row.below_limit_from = below_limit_from;
  return row;
}

std::vector<MetricsDataset> mna_datasets(const std::string& species, const MnaEvidence& evidence) {
  if (species.empty() || species.find('/') != std::string::npos)
    throw std::invalid_argument("species name '" + species + "' cannot name a group of /metrics");
  const std::string group = "/metrics/" + species;
  MetricsDataset trends = empty_dataset(group + "/trends", kTrendColumns);
  trends.definition = kTrendsDefinition;
  for (const PointTrend& r : evidence.trends) {
    column(trends, "point").texts.push_back(r.point);
    column(trends, "kind").texts.push_back(r.kind);
    column(trends, "samples").reals.push_back(double(r.samples));
    column(trends, "s").reals.push_back(r.s);
    column(trends, "z").reals.push_back(r.z);
    column(trends, "confidence").reals.push_back(r.confidence);
    column(trends, "cv").reals.push_back(r.cv);
    column(trends, "trend").texts.push_back(r.trend);
    column(trends, "sen_slope").reals.push_back(r.sen_slope);
    column(trends, "below_limit_from").reals.push_back(r.below_limit_from);
  }
  MetricsDataset plume = empty_dataset(group + "/plume_trend", kPlumeTrendColumns);
  plume.definition = kPlumeTrendDefinition;
  const PlumeTrend& p = evidence.plume;
  const double reals[] = {p.centre_speed, p.centre_direction, p.mass_s, p.mass_z, p.mass_confidence};
  for (std::size_t c = 0; c < 5; ++c) plume.rows.columns[c].reals.push_back(reals[c]);
  column(plume, "mass_trend").texts.push_back(p.mass_trend);
  column(plume, "mass_sen_slope").reals.push_back(p.mass_sen_slope);
  column(plume, "bulk_rate").reals.push_back(p.bulk_rate);
  column(plume, "bulk_rate_r2").reals.push_back(p.bulk_rate_r2);
  column(plume, "lambda").reals.push_back(p.lambda);
  column(plume, "below_limit_from").reals.push_back(p.below_limit_from);
  return {trends, plume};
}

void write_mna_evidence(results::ResultWriter& writer, const std::string& species, const MnaEvidence& evidence) {
  const std::vector<MetricsDataset> tables = mna_datasets(species, evidence);
  for (const MetricsDataset& table : tables) {
    writer.append_rows(table.path, table.rows, table.units, table.column_units);
    writer.set_text_once(table.path, "definition", table.definition);
  }
  writer.set_number(tables.front().path, "trend_from", evidence.trend_from);
  writer.flush();
}

std::optional<MnaEvidence> read_mna_evidence(const results::ResultReader& result, const std::string& species) {
  const std::string group = "/metrics/" + species;
  if (!result.exists(group + "/trends")) return std::nullopt;
  MnaEvidence evidence;
  if (result.has_attribute(group + "/trends", "trend_from"))
    evidence.trend_from = result.number_attribute(group + "/trends", "trend_from");
  const results::h5::Table t = result.read_table(group + "/trends");
  const auto real = [&](const char* name, std::size_t r) { return t.column(name).reals[r]; };
  const auto text = [&](const char* name, std::size_t r) { return t.column(name).texts[r]; };
  for (std::size_t r = 0; r < t.rows(); ++r) {
    evidence.trends.push_back({text("point", r), text("kind", r), std::size_t(real("samples", r)), real("s", r),
                               real("z", r), real("confidence", r), real("cv", r), text("trend", r),
                               real("sen_slope", r), real("below_limit_from", r)});
  }
  if (result.exists(group + "/plume_trend")) {
    const results::h5::Table p = result.read_table(group + "/plume_trend");
    if (p.rows() > 0) {
      const auto v = [&](const char* name) { return p.column(name).reals[0]; };
      evidence.plume = {v("centre_speed"), v("centre_direction"), v("mass_s"), v("mass_z"), v("mass_confidence"),
                        p.column("mass_trend").texts[0], v("mass_sen_slope"), v("bulk_rate"), v("bulk_rate_r2"),
                        v("lambda"), v("below_limit_from")};
    }
  }
  return evidence;
}

}  // namespace gwp::metrics
