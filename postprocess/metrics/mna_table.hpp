// The lines of evidence of monitored natural attenuation computed from the model, as the tables
// /metrics/<species>/trends (one row per monitoring point and receptor with a concentration
// series) and /metrics/<species>/plume_trend (one row for the plume as a whole), written when a
// run ends (layout and definitions in docs/result-file.md, Metrics).
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "postprocess/metrics/metrics_table.hpp"
#include "results/result_reader.hpp"
#include "results/result_writer.hpp"

namespace gwp::metrics {

// One row of /metrics/<species>/trends: the trend of one series over the trend's output times.
struct PointTrend {
  std::string point;              // the monitoring point or receptor
  std::string kind;               // "point", "boundary", "well" or "line"
  std::size_t samples = 0;        // output times the statistics were computed on
  double s = 0.0;                 // Mann-Kendall S (a whole number)
  double z = kNoValue;            // -, NaN with insufficient data
  double confidence = kNoValue;   // %, that the trend's sign is real; NaN with insufficient data
  double cv = kNoValue;           // -, coefficient of variation; NaN without two samples or mean 0
  std::string trend;              // trend_name() of the decision
  double sen_slope = kNoValue;    // mg/L per year
  double below_limit_from = kNoValue;  // d, see series_sampling.hpp; from every transport step
};

// The single row of /metrics/<species>/plume_trend.
struct PlumeTrend {
  double centre_speed = kNoValue;      // m/yr
  double centre_direction = kNoValue;  // degrees clockwise from world north
  double mass_s = 0.0;                 // Mann-Kendall S of the dissolved mass
  double mass_z = kNoValue;
  double mass_confidence = kNoValue;   // %
  std::string mass_trend;
  double mass_sen_slope = kNoValue;    // g/yr
  double bulk_rate = kNoValue;         // 1/yr
  double bulk_rate_r2 = kNoValue;      // -
  double lambda = kNoValue;            // 1/yr, Buscheck and Alcantar
  double below_limit_from = kNoValue;  // d, the area above the limit
};

struct MnaEvidence {
  double trend_from = kNoValue;  // d, the first output time the trends may use
  std::vector<PointTrend> trends;
  PlumeTrend plume;
};

// How the two tables measure, stored as their attribute `definition`.
extern const char* const kTrendsDefinition;
extern const char* const kPlumeTrendDefinition;

// The row of a series: its Mann-Kendall test and Sen's slope (mg/L per year) over the trend's
// output times, and when it went below the limit for good. `limit` (mg/L, NaN: none) sets the
// differences too small to be a trend: kTrendLimitFraction of it (series_trend.hpp).
PointTrend point_trend(const std::string& point, const std::string& kind, const std::vector<double>& times,
                       const std::vector<double>& values, double below_limit_from, double limit = kNoValue);

// The two tables of `species` (trends, then plume_trend) with the rows of `evidence`.
std::vector<MetricsDataset> mna_datasets(const std::string& species, const MnaEvidence& evidence);

// Writes both tables under /metrics/<species> of the result being written, with the attribute
// trend_from (d) on trends. Call once, when the run has ended.
void write_mna_evidence(results::ResultWriter& writer, const std::string& species, const MnaEvidence& evidence);

// The tables of `species` read back; nullopt when the result has no /metrics/<species>/trends
// (written before they existed).
std::optional<MnaEvidence> read_mna_evidence(const results::ResultReader& result, const std::string& species);

}  // namespace gwp::metrics
