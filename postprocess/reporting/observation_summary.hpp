// The figures of the report's section on observations (docs/report-and-compare.md): residual
// statistics by point and species, by species and over everything, and the trend of each point's
// samples and of the model at the same times. Plain numbers; the section words them.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "postprocess/metrics/mann_kendall.hpp"
#include "postprocess/metrics/observation_table.hpp"
#include "postprocess/metrics/residual_statistics.hpp"

namespace gwp::reporting {

// The residuals of the detected samples of a point and species; `point` empty: every point of
// the species; both empty: every sample of the result.
struct ResidualRow {
  std::string point, species;
  std::size_t samples = 0;         // every sample, censored included
  std::size_t censored = 0;        // below detection: left out of `statistics`
  metrics::ResidualStatistics statistics;
};

// One row per point and species (in the order given), then one per species over its points
// (when it was sampled at more than one), then one over everything (when there is more than one
// series).
std::vector<ResidualRow> residual_rows(const std::vector<metrics::ObservedSeries>& series);

struct TrendRow {
  std::string point, species;
  bool model = false;              // the model at the sampling times, else the samples
  metrics::MannKendall test;
  double sens_slope = 0.0;         // mg/L per year (365.25 d); NaN without two sampling times
};

// For each series, the samples' trend (below detection as ties under every detection, Gilbert
// 1987; Sen's slope from the values as recorded, the detection limit for those) and then the
// model's at the same times.
std::vector<TrendRow> trend_rows(const std::vector<metrics::ObservedSeries>& series);

}  // namespace gwp::reporting
