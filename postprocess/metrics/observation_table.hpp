// Observed concentrations beside the model's (docs/result-file.md, /observations): for one point
// and species, each observation with the model's concentration at that place and time, read
// linearly in time between the samples of the point's /monitoring series, and the residual.
#pragma once
#include <string>
#include <vector>

#include "results/result_reader.hpp"
#include "results/result_writer.hpp"

namespace gwp::metrics {

struct ObservationRow {
  double time = 0.0;       // d
  double observed = 0.0;   // mg/L; the detection limit when censored
  bool censored = false;   // below the detection limit
  double model = 0.0;      // mg/L
  double residual = 0.0;   // model - observed, mg/L
};

// The observations of one point and species, in time order.
struct ObservedSeries {
  std::string point, species;
  std::vector<ObservationRow> rows;
};

// The value at `at` of the series (times ascending, in d) read linearly between the samples
// around it: the sample's own value at a sample time, NaN outside the series or for an empty one.
double value_at(const std::vector<double>& times, const std::vector<double>& values, double at);

// Each observation (times in d, values in mg/L, censored flags; equal lengths) beside the
// series' value at its time, sorted by time (ties keep their order).
std::vector<ObservationRow> compare_with_series(const std::vector<double>& times, const std::vector<double>& observed,
                                                const std::vector<bool>& censored,
                                                const std::vector<double>& series_times,
                                                const std::vector<double>& series_values);

// Writes /observations/<point>/<species> (created; its rows appended).
void write_observations(results::ResultWriter& writer, const ObservedSeries& series);
// Every /observations/<point>/<species> of a result, points and species in name order; empty
// for a result without observations.
std::vector<ObservedSeries> read_observations(const results::ResultReader& reader);

}  // namespace gwp::metrics
