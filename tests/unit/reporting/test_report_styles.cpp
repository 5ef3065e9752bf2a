// How computed figures are written: the same significant digits and notation along a row or
// column, round-off (below 1e-9 of the figures of its kind) and the inactive value shown as 0 and
// a dash, budget columns with common decimals, long numbers of the stored case text in their
// shortest form, and comparison charts drawn at every transport step where a series has them.
// Expected strings follow from the stated rules by hand.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "postprocess/reporting/case_text.hpp"
#include "postprocess/reporting/comparison.hpp"
#include "postprocess/reporting/comparison_charts.hpp"
#include "postprocess/reporting/comparison_tables.hpp"
#include "postprocess/reporting/figure_table.hpp"
#include "postprocess/reporting/number_format.hpp"

namespace gwp::reporting {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

TEST(ReportStyles, ARowReadsAlike) {
  // Four significant digits each, trailing zeros kept, plain while all lie in [1e-3, 1e6).
  const FigureStyle plain = figure_style({760.0, 639.06, 0.0051, 24.2});
  EXPECT_EQ(plain.notation, Notation::plain);
  EXPECT_EQ(format_styled(760.0, plain), "760.0");
  EXPECT_EQ(format_styled(0.0051, plain), "0.005100");
  EXPECT_EQ(format_styled(24.2, plain), "24.20");
  EXPECT_EQ(format_styled(85532.0, plain), "85532");  // integer digits are never rounded away
  // One entry of 1.226e7 puts the whole row in scientific notation.
  const FigureStyle big = figure_style({1.226e7, 4619780.0, 744457.0});
  EXPECT_EQ(big.notation, Notation::scientific);
  EXPECT_EQ(format_styled(4619780.0, big), "4.620e+06");
  EXPECT_EQ(format_styled(744457.0, big), "7.445e+05");
  // Binary round-off never shows: 51.96 is not 51.960000000000001.
  EXPECT_EQ(format_styled(51.960000000000001, plain), "51.96");
}

TEST(ReportStyles, RoundOffAndTheInactiveValue) {
  // A flux of 6e-10 g/d beside fluxes of 6093 g/d is below 1e-9 of them: 0, and it does not make
  // the row scientific.
  const FigureStyle row = figure_style({6.057e-10, 8.4e-10}, 6093.0);
  EXPECT_DOUBLE_EQ(row.noise_floor, 6093.0 * kNoiseRatio);
  EXPECT_EQ(row.notation, Notation::plain);
  EXPECT_EQ(format_styled(6.057e-10, row), "0");
  EXPECT_EQ(format_styled(-1e-30, row), "0");
  EXPECT_EQ(format_styled(-1e30, row), kMissing);  // the inactive-cell value
  EXPECT_EQ(format_styled(kNaN, row), kMissing);
  EXPECT_EQ(format_figure(-1e30), kMissing);
  EXPECT_EQ(format_csv_number(-1e30), "");
  EXPECT_EQ(without_noise(3.7e-6, 6093.0), 0.0);   // 6e-10 of the scale
  EXPECT_EQ(without_noise(3.7e-5, 6093.0), 3.7e-5);  // 6e-9 of it: a result
  EXPECT_TRUE(std::isnan(without_noise(-1e30, 1.0)));
  // A real small concentration beside its limit stays, in its own notation.
  EXPECT_EQ(format_styled(4.775e-9, figure_style({}, 1.5)), "4.775e-09");
}

TEST(ReportStyles, BudgetColumnsShareTheirDecimals) {
  // Six digits of the largest (5228.82 m3/d): two decimals for every entry; 3.8e-9 is round-off.
  const FigureStyle s = aligned_style({5228.82, 3033.26, 22.9674, 9.85626, 3.80805e-9}, 5228.82);
  EXPECT_EQ(s.decimals, 2);
  EXPECT_EQ(format_styled(22.9674, s), "22.97");
  EXPECT_EQ(format_styled(9.85626, s), "9.86");
  EXPECT_EQ(format_styled(40.0, s), "40.00");
  EXPECT_EQ(format_styled(3.80805e-9, s), "0");
  EXPECT_EQ(format_styled(-0.001, s), "0");  // rounds to zero: no "-0.00"
  // Grams of 5.6e8: scientific, six digits.
  const FigureStyle g = aligned_style({5.60241e8, 744457.0, 1.42817e-4}, 5.60241e8);
  EXPECT_EQ(format_styled(744457.0, g), "7.44457e+05");
  EXPECT_EQ(format_styled(1.42817e-4, g), "0");
}

TEST(ReportCaseText, LongNumbersInTheirShortestForm) {
  const std::string stored =
      "specific_yield = 0.20000000000000001\n"
      "karst = { kh = '3 m/d', porosity = 0.029999999999999999 }\n"
      "top = 51.960000000000001 # 0.20000000000000001 in a comment stays\n"
      "note = \"0.20000000000000001\"\n"
      "origin = [500000.0, 2560000.0]\n"
      "k = 3.0000000000000000\n";
  EXPECT_EQ(tidy_case_numbers(stored),
            "specific_yield = 0.2\n"
            "karst = { kh = '3 m/d', porosity = 0.03 }\n"
            "top = 51.96 # 0.20000000000000001 in a comment stays\n"
            "note = \"0.20000000000000001\"\n"
            "origin = [500000.0, 2560000.0]\n"
            "k = 3.0\n");
}

// Two scenarios with a river reach R named as a receptor: its mass flux is at the two output
// times in the metrics, and at four transport steps in its series.
ResultFigures river_scenario(const std::string& name, double factor) {
  ResultFigures r;
  r.path = name + "/result.h5";
  r.case_name = name;
  r.status = "complete";
  r.times = {100.0, 200.0};
  SpeciesFigures s;
  s.limits = {"ammonia_n", "mg/L", 1.5, 0.5, 1.5};
  for (double t : r.times) s.at.push_back({t, {{"river_mass_flux", "R", factor * t}, {"area_above_limit", "", 10.0 * t}}});
  ReceptorSeries reach{"R", kBoundaryReceptor, {{50.0, 100.0, 150.0, 200.0}, {0.1, 0.2, 0.3, 0.4}}, {}};
  reach.discharged_mass = {{50.0, 100.0, 150.0, 200.0}, {factor * 40.0, factor * 100.0, factor * 160.0, factor * 200.0}};
  s.receptors.push_back(reach);
  r.species.push_back(s);
  return r;
}

TEST(CompareCharts, DrawnFromEveryStepWhereTheSeriesHasThem) {
  const std::vector<ResultFigures> results{river_scenario("base", 1.0), river_scenario("measure", 0.5)};
  const Comparison c = compare_results(results);
  const std::vector<PictureRequest> charts = comparison_charts(c, results);
  const auto find = [&](const std::string& file) -> const PictureRequest& {
    for (const PictureRequest& p : charts)
      if (p.file == file) return p;
    ADD_FAILURE() << file << " not drawn";
    return charts.front();
  };
  const PictureRequest& river = find("compare_ammonia_n_river_mass_flux_R.png");
  const auto& lines = std::get<ChartRequest>(river.what).lines;
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[1].x, (std::vector<double>{50.0, 100.0, 150.0, 200.0}));
  EXPECT_EQ(lines[1].y, (std::vector<double>{20.0, 50.0, 80.0, 100.0}));
  EXPECT_NE(river.caption.find("every transport step"), std::string::npos);
  // The area exists at the output times only.
  const PictureRequest& area = find("compare_ammonia_n_area_above_limit.png");
  EXPECT_EQ(std::get<ChartRequest>(area.what).lines[0].x, (std::vector<double>{100.0, 200.0}));
  EXPECT_NE(area.caption.find("at the output times"), std::string::npos);
}

TEST(CompareTables, ChangesBelowRoundOffAreNoChange) {
  std::vector<ResultFigures> results{river_scenario("base", 1.0), river_scenario("same", 1.0)};
  // The second run's flux differs by 1e-12 of the flux: round-off, so 0 and 0 %.
  results[1].species[0].at[1].figures[0].value *= 1.0 + 1e-12;
  const Comparison c = compare_results(results);
  const std::string csv = comparison_csv(c);
  EXPECT_NE(csv.find("same,same,same/result.h5,ammonia_n,200,river_mass_flux,R,g/d,200,200,0,0\n"), std::string::npos)
      << csv;
}

}  // namespace
}  // namespace gwp::reporting
