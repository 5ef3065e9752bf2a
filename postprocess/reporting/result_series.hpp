// The series and tables of a result file that reports and comparisons read besides the metrics:
// concentration series at monitoring points, well flows, per-time values and the cumulative mass
// budget of a species. Plain reading, no figures computed here.
#pragma once
#include <string>
#include <vector>

#include "results/result_reader.hpp"

namespace gwp::reporting {

// Samples of one quantity against time, ascending.
struct TimeSeries {
  std::vector<double> time;   // d
  std::vector<double> value;  // in the series' units
};

// One row of /transport/<species>/budget: cumulative mass since the start through one term.
struct MassBudgetEntry {
  double time = 0.0;      // d
  std::string term;       // "storage:dissolved", "river:Yujiang", "well:PW-1" ...
  double mass_in = 0.0;   // g into the aquifer (dissolved and sorbed phases)
  double mass_out = 0.0;  // g out of it, a positive number
};

// Names of the groups directly below `path` (none when `path` does not exist), in name order.
std::vector<std::string> group_names(const results::ResultReader& reader, const std::string& path);

// A (n, 2) series of time and value such as /monitoring/<point>/<species> or /wells/<name>/flow.
// Throws IoError naming the dataset when it is absent or not two columns wide.
TimeSeries read_series(const results::ResultReader& reader, const std::string& path);

// A one-dimensional dataset of numbers (/transport/times, /flow/discrepancy_percent ...); empty
// when absent.
std::vector<double> read_values(const results::ResultReader& reader, const std::string& path);

// The species of a result: the groups below /transport that hold a concentration field.
std::vector<std::string> result_species(const results::ResultReader& reader);

// Monitoring points that hold a concentration series of `species`, in name order.
std::vector<std::string> points_with_series(const results::ResultReader& reader, const std::string& species);

// Every row of /transport/<species>/budget; empty when absent.
std::vector<MassBudgetEntry> read_mass_budget(const results::ResultReader& reader, const std::string& species);

// The rows of a budget at `time` (within 1e-9 of it, relative), in stored order.
std::vector<MassBudgetEntry> budget_at(const std::vector<MassBudgetEntry>& rows, double time);

// The same time up to rounding: |a - b| <= 1e-9 max(1, |a|, |b|) d.
bool same_time(double a, double b);

}  // namespace gwp::reporting
