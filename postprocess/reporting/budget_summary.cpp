#include "postprocess/reporting/budget_summary.hpp"

#include <cmath>
#include <limits>

namespace gwp::reporting {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The value of `series` at the position of `time` in `times`; NaN when either lacks it.
double value_at(const std::vector<double>& times, const std::vector<double>& series, double time) {
  for (std::size_t i = 0; i < times.size() && i < series.size(); ++i)
    if (same_time(times[i], time)) return series[i];
  return kNaN;
}

}  // namespace

FlowBudgetSummary summarise_flow_budget(const std::vector<results::FlowBudgetRow>& rows,
                                        const std::vector<double>& times,
                                        const std::vector<double>& discrepancy) {
  FlowBudgetSummary s;
  s.time = kNaN;
  for (const results::FlowBudgetRow& row : rows)
    if (std::isnan(s.time) || row.time > s.time) s.time = row.time;
  for (const results::FlowBudgetRow& row : rows) {
    if (!same_time(row.time, s.time)) continue;
    s.rows.push_back(row);
    s.total_in += row.inflow;
    s.total_out += row.outflow;
  }
  s.discrepancy_percent = value_at(times, discrepancy, s.time);
  return s;
}

FlowBudgetSummary read_flow_budget_summary(const results::ResultReader& reader) {
  if (!reader.exists("/flow/budget")) return summarise_flow_budget({}, {}, {});
  return summarise_flow_budget(reader.flow_budget(), read_values(reader, "/flow/times"),
                               read_values(reader, "/flow/discrepancy_percent"));
}

MassBudgetSummary read_mass_budget_summary(const results::ResultReader& reader, const std::string& species) {
  MassBudgetSummary s;
  s.species = species;
  const std::vector<MassBudgetEntry> all = read_mass_budget(reader, species);
  s.time = kNaN;
  for (const MassBudgetEntry& row : all)
    if (std::isnan(s.time) || row.time > s.time) s.time = row.time;
  s.rows = budget_at(all, s.time);
  for (const MassBudgetEntry& row : s.rows) {
    s.total_in += row.mass_in;
    s.total_out += row.mass_out;
  }
  const std::vector<double> times = read_values(reader, "/transport/times");
  const std::string group = "/transport/" + species + "/";
  s.discrepancy_percent = value_at(times, read_values(reader, group + "discrepancy_percent"), s.time);
  s.dissolved_mass = value_at(times, read_values(reader, group + "dissolved_mass"), s.time);
  s.sorbed_mass = value_at(times, read_values(reader, group + "sorbed_mass"), s.time);
  return s;
}

}  // namespace gwp::reporting
