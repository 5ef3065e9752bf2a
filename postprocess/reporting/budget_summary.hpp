// The water and mass budgets a report shows: the flow budget at the last stored flow time
// (m3/d per term) and, per species, the cumulative mass budget at the last output time (g per
// term since the start), each with its totals and the discrepancy the run recorded.
#pragma once
#include <string>
#include <vector>

#include "postprocess/reporting/result_series.hpp"
#include "results/result_reader.hpp"

namespace gwp::reporting {

struct FlowBudgetSummary {
  double time = 0.0;                 // d; NaN without a flow budget
  std::vector<results::FlowBudgetRow> rows;   // the terms at that time, in stored order
  double total_in = 0.0, total_out = 0.0;  // m3/d
  double discrepancy_percent = 0.0;  // /flow/discrepancy_percent at that time (NaN if absent)
};

struct MassBudgetSummary {
  std::string species;
  double time = 0.0;                     // d; NaN without a budget
  std::vector<MassBudgetEntry> rows;     // cumulative, g
  double total_in = 0.0, total_out = 0.0;  // g
  double discrepancy_percent = 0.0;      // /transport/<species>/discrepancy_percent at that time
  double dissolved_mass = 0.0, sorbed_mass = 0.0;  // g in the model then (NaN if absent)
};

// The rows of the last time in `rows` with their sums; `discrepancy` is the recorded series
// aligned with `times` (the value at the last time is taken). Pure, for tests.
FlowBudgetSummary summarise_flow_budget(const std::vector<results::FlowBudgetRow>& rows,
                                        const std::vector<double>& times,
                                        const std::vector<double>& discrepancy);

FlowBudgetSummary read_flow_budget_summary(const results::ResultReader& reader);
MassBudgetSummary read_mass_budget_summary(const results::ResultReader& reader, const std::string& species);

}  // namespace gwp::reporting
