// Two scenarios written from known numbers (test_report_fixture.hpp) and compared: the figures
// side by side, changes against the baseline in absolute terms and percent (worked by hand),
// first exceedances interpolated from the monitoring samples, cumulative removal equal to each
// scenario's budget, and the verdict table.
#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include "postprocess/reporting/comparison.hpp"
#include "postprocess/reporting/comparison_charts.hpp"
#include "postprocess/reporting/comparison_document.hpp"
#include "postprocess/reporting/comparison_tables.hpp"
#include "postprocess/reporting/markdown_document.hpp"
#include "results/result_reader.hpp"
#include "test_report_fixture.hpp"

namespace gwp::reporting {
namespace {

constexpr double kRelative = 1e-9;  // the CSV keeps ten significant digits

test::ScenarioSpec measure_spec() {
  test::ScenarioSpec s;
  s.case_name = "capped";
  s.case_toml = "[case]\nname = \"capped\"\n[[landfills]]\nleakage = \"50 mm/yr\"\n";
  s.area = {800.0, 1500.0};
  s.mw1 = {{50.0, 0.0}, {100.0, 0.5}, {150.0, 1.0}, {200.0, 2.0}};
  s.mw2 = {{50.0, 0.0}, {100.0, 0.1}, {150.0, 0.1}, {200.0, 0.1}};
  s.well_out = {20.0, 50.0};
  s.well_in = {0.0, 0.0};
  s.well_flux_out = {10.0, 20.0};
  return s;
}

std::vector<ResultFigures> two_scenarios(const test::TempDir& dir) {
  test::write_scenario(dir.file("base.h5"), test::ScenarioSpec{});
  test::write_scenario(dir.file("capped.h5"), measure_spec());
  return {read_result_figures(results::ResultReader(dir.file("base.h5"))),
          read_result_figures(results::ResultReader(dir.file("capped.h5")))};
}

const ComparedRow& row_of(const Comparison& c, double time, const std::string& quantity, const std::string& subject = {}) {
  for (const ComparedRow& r : c.rows)
    if (r.time == time && r.quantity == quantity && r.subject == subject) return r;
  throw std::runtime_error("no row " + quantity + " " + subject);
}

// The CSV fields of the row of `scenario`, `quantity` and `subject` at `time`.
std::vector<std::string> csv_row(const std::string& csv, const std::string& scenario, const std::string& time,
                                 const std::string& quantity, const std::string& subject) {
  std::istringstream in(csv);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> fields;
    std::stringstream cells(line);
    for (std::string f; std::getline(cells, f, ',');) fields.push_back(f);
    if (line.back() == ',') fields.emplace_back();
    if (fields.size() == 12 && fields[0] == scenario && fields[4] == time && fields[5] == quantity &&
        fields[6] == subject)
      return fields;
  }
  return {};
}

TEST(CompareResults, FiguresSideBySideWithChangesAgainstTheBaseline) {
  test::TempDir dir("gwp-compare-figures");
  const Comparison c = compare_results(two_scenarios(dir));
  ASSERT_EQ(c.scenarios.size(), 2u);
  EXPECT_EQ(c.scenarios[0].label, "baseline");
  EXPECT_EQ(c.scenarios[1].label, "capped");
  EXPECT_EQ(c.times, (std::vector<double>{100.0, 200.0}));
  EXPECT_EQ(row_of(c, 200.0, "area_above_limit").values, (std::vector<double>{2000.0, 1500.0}));
  // Each scenario's cumulative removal is its own budget row: 120 - 10 and 50 - 0 g.
  EXPECT_EQ(row_of(c, 200.0, "pumped_mass_removed", "PW-1").values, (std::vector<double>{110.0, 50.0}));

  const std::string csv = comparison_csv(c);
  // Area at 200 d: 1500 against 2000 m2 is -500 m2, -25 %.
  const std::vector<std::string> area = csv_row(csv, "capped", "200", "area_above_limit", "");
  ASSERT_EQ(area.size(), 12u);
  EXPECT_EQ(area[7], "m2");
  EXPECT_EQ(std::stod(area[8]), 1500.0);
  EXPECT_EQ(std::stod(area[9]), 2000.0);
  EXPECT_EQ(std::stod(area[10]), -500.0);
  EXPECT_EQ(std::stod(area[11]), -25.0);
  // Area at 100 d: 800 against 1000 m2, -20 %.
  EXPECT_EQ(std::stod(csv_row(csv, "capped", "100", "area_above_limit", "")[11]), -20.0);
  // Removal: 50 against 110 g, -60 g, -54.5454... %.
  const std::vector<std::string> removed = csv_row(csv, "capped", "200", "pumped_mass_removed", "PW-1");
  ASSERT_EQ(removed.size(), 12u);
  EXPECT_EQ(std::stod(removed[10]), -60.0);
  EXPECT_NEAR(std::stod(removed[11]), -6000.0 / 110.0, 6000.0 / 110.0 * kRelative);
  // First exceedance at MW-1 by 200 d: 112.5 d in the baseline, 150 + (1.5 - 1) / (2 - 1) x 50 =
  // 175 d with the measure: 62.5 d later, +55.6 %.
  const std::vector<std::string> first = csv_row(csv, "capped", "200", "point_first_exceedance", "MW-1");
  ASSERT_EQ(first.size(), 12u);
  EXPECT_NEAR(std::stod(first[8]), 175.0, 175.0 * kRelative);
  EXPECT_NEAR(std::stod(first[9]), 112.5, 112.5 * kRelative);
  EXPECT_NEAR(std::stod(first[10]), 62.5, 62.5 * kRelative);
  // Never exceeded: an empty value, and so an empty change.
  const std::vector<std::string> never = csv_row(csv, "capped", "200", "point_first_exceedance", "MW-2");
  ASSERT_EQ(never.size(), 12u);
  EXPECT_EQ(never[8], "");
  EXPECT_EQ(never[10], "");
  // The baseline against itself: no change.
  EXPECT_EQ(csv_row(csv, "baseline", "200", "area_above_limit", "")[10], "0");
}

TEST(CompareResults, VerdictPerScenarioAndReceptor) {
  test::TempDir dir("gwp-compare-verdict");
  const Comparison c = compare_results(two_scenarios(dir));
  EXPECT_EQ(c.judged_through, 200.0);
  // MW-1, MW-2, the boundary receptor stream, PW-1 and the recorded river reach R in each of the
  // two scenarios.
  ASSERT_EQ(c.verdicts.size(), 10u);
  const VerdictRow& base_mw1 = c.verdicts[0];
  EXPECT_EQ(base_mw1.receptor, "MW-1");
  EXPECT_EQ(base_mw1.scenario, 0u);
  EXPECT_TRUE(base_mw1.compliance.exceeds);
  EXPECT_NEAR(base_mw1.compliance.first_exceedance, 112.5, 1e-12);
  const VerdictRow& capped_mw1 = c.verdicts[1];
  EXPECT_EQ(capped_mw1.scenario, 1u);
  EXPECT_NEAR(capped_mw1.compliance.first_exceedance, 175.0, 1e-12);
  EXPECT_FALSE(c.verdicts[2].compliance.exceeds);  // MW-2 baseline: peak 0.5 mg/L
  EXPECT_FALSE(c.verdicts[3].compliance.exceeds);  // MW-2 capped: 0.1 mg/L
  EXPECT_EQ(c.verdicts[4].receptor, "stream");
  EXPECT_FALSE(c.verdicts[4].compliance.recorded);  // judged on its series
  // PW-1 pumps 10 / 20 = 0.5 and 20 / 20 = 1 mg/L with the measure: compliant.
  EXPECT_EQ(c.verdicts[7].receptor, "PW-1");
  EXPECT_FALSE(c.verdicts[7].compliance.exceeds);
  EXPECT_DOUBLE_EQ(c.verdicts[7].compliance.peak.value, 1.0);
  EXPECT_EQ(c.verdicts[9].receptor, "R");
  EXPECT_EQ(c.verdicts[9].kind, kBoundaryReceptor);
  EXPECT_TRUE(c.verdicts[9].compliance.recorded);
  EXPECT_EQ(c.verdicts[9].compliance.first_exceedance, 150.0);

  const std::string csv = verdict_csv(c);
  EXPECT_NE(csv.find("capped,capped,ammonia_n,MW-1,monitoring point,class IV,1.5,200,4,yes,175,2,200\n"),
            std::string::npos);
  EXPECT_NE(csv.find("capped,capped,ammonia_n,MW-2,monitoring point,class IV,1.5,200,4,no,,0.1,100\n"),
            std::string::npos);
  // A recorded receptor has no sample count.
  EXPECT_NE(csv.find("capped,capped,ammonia_n,R,boundary receptor,class IV,1.5,200,,yes,150,2.5,180\n"),
            std::string::npos);
}

TEST(CompareResults, MarkdownShowsVerdictsChangesAndTheCaseDifference) {
  test::TempDir dir("gwp-compare-markdown");
  const std::vector<ResultFigures> results = two_scenarios(dir);
  const Comparison c = compare_results(results);
  const std::vector<PictureRequest> charts = comparison_charts(c, results);
  const std::string md = to_markdown(comparison_document(c, charts, {}));
  // Peaks are figures of four significant digits, zeros kept.
  EXPECT_NE(md.find("| ammonia_n | MW-1 | monitoring point | class IV 1.5 | **exceeds from 112.5 d; peak 4.000** | "
                    "**exceeds from 175 d; peak 2.000** |"),
            std::string::npos);
  EXPECT_NE(md.find("| plume area above the limit (1.5 mg/L) | m2 | 2000 | 1500 (-500.0, -25 %) |"), std::string::npos);
  // Lines only in the baseline first, then lines only in the scenario.
  EXPECT_NE(md.find("- name = \"baseline\"\n- leakage = \"300 mm/yr\"\n+ name = \"capped\"\n"
                    "+ leakage = \"50 mm/yr\"\n"),
            std::string::npos);
  // Charts: area, dissolved mass, the well's removal and pumped concentration, the bore's and the
  // river's mass flux, and one per receptor with a series (not R, which has none).
  std::vector<std::string> files;
  for (const PictureRequest& r : charts) files.push_back(r.file);
  EXPECT_EQ(files, (std::vector<std::string>{"compare_ammonia_n_area_above_limit.png",
                                             "compare_ammonia_n_dissolved_mass.png",
                                             "compare_ammonia_n_pumped_concentration_PW-1.png",
                                             "compare_ammonia_n_river_mass_flux_R.png",
                                             "compare_ammonia_n_abandoned_well_mass_flux_AW-1.png",
                                             "compare_ammonia_n_pumped_mass_removed_PW-1.png",
                                             "compare_ammonia_n_at_MW-1.png", "compare_ammonia_n_at_MW-2.png",
                                             "compare_ammonia_n_at_stream.png"}));
  const auto& area = std::get<ChartRequest>(charts[0].what);
  ASSERT_EQ(area.lines.size(), 2u);
  EXPECT_EQ(area.lines[1].label, "capped");
  EXPECT_EQ(area.lines[1].y, (std::vector<double>{800.0, 1500.0}));
  const auto& point = std::get<ChartRequest>(charts[6].what);
  ASSERT_EQ(point.lines.size(), 3u);  // two scenarios and the class IV line
  EXPECT_TRUE(point.lines[2].dashed);
  EXPECT_EQ(point.lines[2].y, (std::vector<double>{1.5, 1.5}));
}

}  // namespace
}  // namespace gwp::reporting
