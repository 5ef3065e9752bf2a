// Receptors and the cleared bore on the small site: what a receptor reports is what the budget
// holds, its first exceedance is where its own series crosses the limit, and a bore pumped
// before sealing shows its water and mass in the budgets.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <numeric>

#include "app/result_header.hpp"
#include "postprocess/metrics/exceedance_time.hpp"
#include "test_sites_common.hpp"

namespace gwp::testing {
namespace {

constexpr std::size_t kEnd = 1;  // the output at 6 yr

// Keeps the metrics tables a run writes, by species.
struct Metrics : app::MetricsSink {
  void write_metrics(const std::string& species, const metrics::MetricsTable& rows) override {
    auto& t = tables[species];
    t.receptors.insert(t.receptors.end(), rows.receptors.begin(), rows.receptors.end());
  }
  std::map<std::string, metrics::MetricsTable> tables;
};

CaseRun run_with_metrics(const std::string& file, Metrics& metrics) {
  CaseRun r{model::build_model(model::read_case(site_case(file))), {}, {}};
  app::RunOptions options;
  options.metrics = &metrics;
  r.summary = app::run_simulation(r.model, r.results, options);
  return r;
}

// The river reach: its mass flux series (g/d, each step), integrated over the steps, is the
// budget's cumulative mass out through the river (1e-9: one set of numbers summed two ways);
// each step's concentration is that mass over the water the aquifer gives the river in the
// steady flow (1e-12 relative); the reported peak is the series' largest value and the first
// exceedance the crossing of its own series (metrics::first_exceedance_time), to rounding.
TEST(SitesReceptors, RiverReachReportsWhatTheBudgetHolds) {
  Metrics metrics;
  const CaseRun r = run_with_metrics("tiny_site.toml", metrics);
  const auto& flux = r.results.series.at("monitoring/river reach/mass_flux/chloride");
  const auto& conc = r.results.series.at("monitoring/river reach/chloride");
  ASSERT_EQ(flux.size(), conc.size());
  double integral = 0.0, t0 = 0.0;
  for (const auto& row : flux) integral += row[1] * (row[0] - t0), t0 = row[0];
  const double out = budget_line(r, "chloride", kEnd, "river:river").out;
  EXPECT_GT(out, 0.0);
  EXPECT_NEAR(integral, out, 1e-9 * out);

  std::size_t river = 0;
  while (r.model.flow.terms[river].name != "river") ++river;
  double water = 0.0;
  for (double q : r.results.flows.back().term_flow[river]) water += std::max(0.0, -q);
  std::vector<double> times, values;
  double peak = 0.0;
  for (std::size_t s = 0; s < conc.size(); ++s) {
    EXPECT_NEAR(conc[s][1], flux[s][1] / water, 1e-12 * std::max(1.0, conc[s][1]));
    times.push_back(conc[s][0]);
    values.push_back(conc[s][1]);
    peak = std::max(peak, conc[s][1]);
  }
  // The river reach, then the supply well, which no receptor names but which is watched too.
  const auto& rows = metrics.tables.at("chloride").receptors;
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].receptor, "karst supply");
  EXPECT_EQ(rows[1].kind, "well");
  EXPECT_EQ(rows[0].receptor, "river reach");
  EXPECT_EQ(rows[0].kind, "boundary");
  EXPECT_DOUBLE_EQ(rows[0].peak, peak);
  // Ammonium (limit 1.5 mg/L) reaches the river above its limit within the run; chloride does not.
  EXPECT_TRUE(std::isnan(rows[0].first_exceedance) == std::isnan(metrics::first_exceedance_time(times, values, 350.0)));
  const auto& nh4 = metrics.tables.at("ammonia_n").receptors.at(0);
  std::vector<double> nh4_values;
  for (const auto& row : r.results.series.at("monitoring/river reach/ammonia_n")) nh4_values.push_back(row[1]);
  const double expected = metrics::first_exceedance_time(times, nh4_values, 1.5);
  ASSERT_FALSE(std::isnan(expected));
  EXPECT_NEAR(nh4.first_exceedance, expected, 1e-9 * expected);
  RecordProperty("ammonium_reaches_river_d", figure(nh4.first_exceedance));
}

// AW-1 cleared at 1 yr, pumped at 50 m3/d until 3 yr, then sealed: the pump delivers its rate
// while it runs and nothing before or after (flow series); the water leaves through a budget
// term of its own, and so does the mass, whose cumulative total stops growing once the pump
// stops (exactly: nothing passes a term at rate zero); the sealed bore then passes practically
// nothing (below 1e-5 of its open flow). The pumped water's own series, integrated, is that mass.
TEST(SitesReceptors, ClearedBoreShowsItsPumpingInTheBudgets) {
  const CaseRun r = run_site("tiny_site_cleared.toml");
  for (const auto& row : r.results.series.at("wells/AW-1 pumping/flow")) {
    const bool pumping = row[0] >= 365.25 && row[0] < 1095.75;
    EXPECT_NEAR(row[1], pumping ? -50.0 : 0.0, 1e-9) << "at " << row[0] << " d";
  }
  bool in_budget = false;
  for (const auto& line : r.results.flows.front().budget.lines) in_budget = in_budget || line.term == "well:AW-1 pumping";
  EXPECT_TRUE(in_budget) << "the pump is a flow budget term";
  const double at_3yr = budget_line(r, "chloride", 0, "well:AW-1 pumping").out;
  const double at_6yr = budget_line(r, "chloride", kEnd, "well:AW-1 pumping").out;
  EXPECT_GT(at_3yr, 0.0);
  EXPECT_EQ(at_6yr, at_3yr);
  const auto& bore = r.results.series.at("wells/AW-1/flow");
  double open = 0.0;
  for (const auto& row : bore)
    if (row[0] < 1095.75) open = std::max(open, std::abs(row[1]));
  EXPECT_LT(std::abs(bore.back()[1]), 1e-5 * open);
  double integral = 0.0, t0 = 0.0;
  for (const auto& row : r.results.series.at("monitoring/AW-1 water/mass_flux/chloride"))
    integral += row[1] * (row[0] - t0), t0 = row[0];
  EXPECT_NEAR(integral, at_6yr, 1e-9 * at_6yr);
  RecordProperty("chloride_pumped_g", figure(at_6yr));
}

// What the result file records for pictures (/features): the river drawn along its line, the
// cutoff wall, the landfill, the wells and the monitoring points with the point receptors.
TEST(SitesReceptors, FeaturesRecordLinesWallsAndPoints) {
  const model::Model m = model::build_model(model::read_case(site_case("tiny_site_wall.toml")));
  const results::ResultFeatures f = app::result_header(m, "test").features;
  std::map<std::string, std::string> lines;
  for (const auto& l : f.lines) lines[l.name] = l.kind;
  EXPECT_EQ(lines.at("river"), "river");
  EXPECT_EQ(lines.at("cutoff wall"), "cutoff_wall");
  ASSERT_EQ(f.areas.size(), 1u);
  EXPECT_EQ(f.areas[0].kind, "landfill");
  std::map<std::string, std::string> wells;
  for (const auto& w : f.wells) wells[w.name] = w.kind;
  EXPECT_EQ(wells.at("inside"), "well");
  EXPECT_EQ(wells.at("AW-1"), "abandoned_well");
  EXPECT_EQ(wells.at("shallow"), "monitoring");
}

}  // namespace
}  // namespace gwp::testing
