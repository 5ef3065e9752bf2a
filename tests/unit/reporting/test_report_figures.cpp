// The figures a report and a comparison read from a result, checked against the numbers the
// fixture wrote (test_report_fixture.hpp): metrics rows as written, cumulative removal equal to
// the pumping well's budget row, pumped-water concentration = mass flux / rate, first exceedances
// interpolated by hand, landfill leakage and leachate from the budgets, layer property ranges from
// the closed-form properties of result_fixture.hpp.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

#include "core/errors.hpp"
#include "postprocess/reporting/budget_summary.hpp"
#include "postprocess/reporting/case_summary.hpp"
#include "postprocess/reporting/number_format.hpp"
#include "postprocess/reporting/result_figures.hpp"
#include "postprocess/reporting/result_file.hpp"
#include "postprocess/reporting/site_summary.hpp"
#include "results/h5/file.hpp"
#include "results/result_reader.hpp"
#include "test_report_fixture.hpp"

namespace gwp::reporting {
namespace {

// Sums and quotients of a few short decimals.
constexpr double kRelative = 1e-12;

const FiguresAtTime& at_time(const ResultFigures& r, std::size_t t) { return r.species.at(0).at.at(t); }

TEST(ReportFigures, MetricsAndBudgetsBecomeFiguresAtEachTime) {
  test::TempDir dir("gwp-report-figures");
  const std::string path = dir.file("result.h5");
  const test::ScenarioSpec spec;
  test::write_scenario(path, spec);
  const results::ResultReader reader(path);
  const ResultFigures r = read_result_figures(reader);
  ASSERT_EQ(r.times, spec.times);
  ASSERT_EQ(r.species.size(), 1u);
  EXPECT_EQ(r.species[0].limits.limit, test::kAmmoniaLimit);
  const FiguresAtTime& late = at_time(r, 1);
  EXPECT_EQ(figure_value(late, "area_above_limit"), 2000.0);
  EXPECT_EQ(figure_value(late, "volume_above_limit"), 4000.0);
  EXPECT_EQ(figure_value(late, "area_above_class_iii"), 2600.0);
  EXPECT_EQ(figure_value(late, "dissolved_mass"), 8000.0);
  EXPECT_EQ(figure_value(late, "distance_from_source", "tip"), 40.0);
  EXPECT_TRUE(std::isnan(figure_value(late, "distance_from_source", "AW-1")));
  // Cumulative removal is the budget's mass out less mass in: 120 - 10 g.
  EXPECT_EQ(figure_value(late, "pumped_mass_removed", "PW-1"), 110.0);
  EXPECT_EQ(figure_value(at_time(r, 0), "pumped_mass_removed", "PW-1"), 50.0);
  // Net to the river: rate out - rate in, 9 - 1 g/d; cumulative from the budget.
  EXPECT_EQ(figure_value(late, "river_mass_flux", "R"), 8.0);
  EXPECT_EQ(figure_value(late, "river_mass_cumulative", "R"), 1100.0);
  EXPECT_EQ(figure_value(late, "abandoned_well_mass_flux", "AW-1"), 4.5);
  EXPECT_EQ(figure_value(late, "abandoned_well_mass_cumulative", "AW-1"), 500.0);
  // 60 g/d over 20 m3/d = 3 mg/L.
  EXPECT_NEAR(figure_value(late, "pumped_concentration", "PW-1"), 3.0, 3.0 * kRelative);
}

TEST(ReportFigures, MonitoringPeaksAndFirstExceedancesSoFar) {
  test::TempDir dir("gwp-report-points");
  const std::string path = dir.file("result.h5");
  test::write_scenario(path, test::ScenarioSpec{});
  const ResultFigures r = read_result_figures(results::ResultReader(path));
  // MW-1 samples 0, 1, 3, 4 mg/L at 50, 100, 150, 200 d; limit 1.5 crossed between 100 and
  // 150 d at 100 + (1.5 - 1) / (3 - 1) x 50 = 112.5 d.
  EXPECT_EQ(figure_value(at_time(r, 0), "point_peak", "MW-1"), 1.0);
  EXPECT_TRUE(std::isnan(figure_value(at_time(r, 0), "point_first_exceedance", "MW-1")));
  EXPECT_EQ(figure_value(at_time(r, 1), "point_peak", "MW-1"), 4.0);
  EXPECT_NEAR(figure_value(at_time(r, 1), "point_first_exceedance", "MW-1"), 112.5, 112.5 * kRelative);
  EXPECT_TRUE(std::isnan(figure_value(at_time(r, 1), "point_first_exceedance", "MW-2")));
  // The pumping well is a receptor sampled at the output times: 2 and 3 mg/L.
  const auto& receptors = r.species[0].receptors;
  ASSERT_EQ(receptors.size(), 4u);
  EXPECT_EQ(receptors[0].kind, kMonitoringPoint);
  // A series beside a mass flux is the discharge of a boundary receptor.
  EXPECT_EQ(receptors[2].name, "stream");
  EXPECT_EQ(receptors[2].kind, kBoundaryReceptor);
  EXPECT_EQ(figure_value(at_time(r, 1), "point_peak", "stream"), 0.3);
  EXPECT_EQ(receptors[3].name, "PW-1");
  EXPECT_EQ(receptors[3].kind, kPumpingWell);
  EXPECT_EQ(receptors[3].series.time, (std::vector<double>{100.0, 200.0}));
  EXPECT_NEAR(receptors[3].series.value[0], 2.0, 2.0 * kRelative);
  // The run's record is kept only for R, which has no series (MW-1 and stream have theirs).
  ASSERT_EQ(r.species[0].recorded.size(), 1u);
  EXPECT_EQ(r.species[0].recorded[0].receptor, "R");
  EXPECT_EQ(r.species[0].recorded[0].first_exceedance, 150.0);
}

TEST(ReportFigures, PumpedConcentrationSkipsInjectionAndUsesTheRateInForce) {
  const std::vector<metrics::MassFlux> flux{{100.0, "well:PW-1", "well", 0.0, 40.0},
                                            {200.0, "well:PW-1", "well", 0.0, 90.0},
                                            {300.0, "well:PW-1", "well", 0.0, 10.0}};
  // -20 m3/d from 0 d, -30 from 150 d, injecting from 250 d.
  const TimeSeries flow{{0.0, 150.0, 250.0}, {-20.0, -30.0, 5.0}};
  const std::vector<ReceptorSeries> r = pumped_concentrations(flux, {"PW-1"}, {flow});
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].series.time, (std::vector<double>{100.0, 200.0}));
  EXPECT_NEAR(r[0].series.value[0], 2.0, 2.0 * kRelative);  // 40 / 20
  EXPECT_NEAR(r[0].series.value[1], 3.0, 3.0 * kRelative);  // 90 / 30
}

TEST(ReportFigures, LandfillLeakageAndLeachateFromTheBudgets) {
  test::TempDir dir("gwp-report-site");
  const std::string path = dir.file("result.h5");
  test::write_scenario(path, test::ScenarioSpec{});
  const results::ResultReader reader(path);
  const SiteSummary site = read_site_summary(reader);
  ASSERT_EQ(site.landfills.size(), 1u);
  const LandfillSummary& l = site.landfills[0];
  EXPECT_NEAR(l.area, test::kTipSide * test::kTipSide, 1e-9);
  EXPECT_EQ(l.leakage, 10.0);
  // 10 m3/d over 100 m2 = 0.1 m/d = 0.1 x 1000 x 365.25 mm/yr.
  EXPECT_NEAR(l.leakage_rate, 36525.0, 36525.0 * kRelative);
  // 5000 g/d in 10 m3/d = 500 g/m3 = 500 mg/L; cumulative 5000 g/d x 200 d.
  EXPECT_NEAR(l.leachate.at(0).second, 500.0, 500.0 * kRelative);
  EXPECT_EQ(l.mass_in.at(0).second, 1.0e6);
  ASSERT_EQ(site.wells.size(), 4u);
  EXPECT_EQ(site.wells[0].feature.name, "AW-1");  // /features/wells lists by name
}

TEST(ReportFigures, BudgetsAtTheLastTimeWithTheirTotals) {
  test::TempDir dir("gwp-report-budgets");
  const std::string path = dir.file("result.h5");
  test::write_scenario(path, test::ScenarioSpec{});
  const results::ResultReader reader(path);
  const FlowBudgetSummary flow = read_flow_budget_summary(reader);
  EXPECT_EQ(flow.time, 0.0);
  EXPECT_EQ(flow.rows.size(), 4u);
  EXPECT_EQ(flow.total_in, 30.0);   // 20 from the head boundary, 10 from the landfill
  EXPECT_EQ(flow.total_out, 30.0);  // 20 to the well, 10 to the river
  const MassBudgetSummary mass = read_mass_budget_summary(reader, "ammonia_n");
  EXPECT_EQ(mass.time, 200.0);
  ASSERT_EQ(mass.rows.size(), 5u);
  EXPECT_EQ(mass.total_in, 1.0e6 + 10.0 + 500.0);
  EXPECT_EQ(mass.total_out, 8000.0 + 120.0 + 1100.0 + 500.0);
  EXPECT_EQ(mass.dissolved_mass, 8000.0);
}

TEST(ReportFigures, LayerRangesOverActiveCells) {
  test::TempDir dir("gwp-report-layers");
  const std::string path = dir.file("result.h5");
  test::write_scenario(path, test::ScenarioSpec{});
  const CaseSummary c = read_case_summary(results::ResultReader(path));
  EXPECT_EQ(c.cells, 24);
  EXPECT_EQ(c.active_cells, 23);
  ASSERT_EQ(c.layers.size(), 2u);
  EXPECT_EQ(c.layers[0].name, "upper aquifer");
  // Top 50 - 0.5 i + 0.25 j over rows 0..2 and columns 0..3: 49 to 50.75 m.
  EXPECT_EQ(c.layers[0].top.min, 49.0);
  EXPECT_EQ(c.layers[0].top.max, 50.75);
  const ValueRange& kh0 = c.layers[0].properties.at(0);
  EXPECT_EQ(kh0.name, "kh");
  // kh = 10 (1 + 0.1 i) + j: 10 at (0, 0), 12 + 3 at (2, 3).
  EXPECT_NEAR(kh0.min, 10.0, 1e-12);
  EXPECT_NEAR(kh0.max, 15.0, 1e-12);
  // Layer 1 without its inactive cell (2, 3): 11 cells, kh = 0.1 (1 + 0.1 i) + j up to 3.11 at (1, 3).
  EXPECT_EQ(c.layers[1].active_cells, 11);
  EXPECT_NEAR(c.layers[1].properties.at(0).max, 3.11, 1e-12);
  EXPECT_EQ(range_text(c.layers[1].properties.at(1)), "0.25");  // porosity, uniform
}

TEST(ReportResultFile, MissingUnreadableAndForeignFilesAreToldApart) {
  test::TempDir dir("gwp-report-files");
  EXPECT_THROW(require_hdf5_file(dir.file("absent.h5")), IoError);
  EXPECT_THROW(require_hdf5_file(dir.path().string()), NotAResult);
  const std::string text = dir.file("notes.h5");
  std::ofstream(text) << "not hdf5 at all, but long enough to hold a signature somewhere";
  EXPECT_THROW(require_hdf5_file(text), NotAResult);
  const std::string bare = dir.file("bare.h5");
  results::h5::File::create(bare).close();
  EXPECT_NO_THROW(require_hdf5_file(bare));
  try {
    require_gwplume_result(results::ResultReader(bare));
    FAIL() << "an HDF5 file without the format attribute passed";
  } catch (const NotAResult& e) {
    EXPECT_NE(std::string(e.what()).find("no attribute 'format'"), std::string::npos);
  }
  const std::string result = dir.file("result.h5");
  test::write_scenario(result, test::ScenarioSpec{});
  EXPECT_NO_THROW(require_hdf5_file(result));
  EXPECT_NO_THROW(require_gwplume_result(results::ResultReader(result)));
}

}  // namespace
}  // namespace gwp::reporting
