// What a comparison does when the results differ in more than their figures: output times
// (compared at the common ones, verdicts judged through the last common time), grids, status and
// names (labels told apart by folder); and the line difference of the case texts.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <stdexcept>

#include "postprocess/reporting/case_difference.hpp"
#include "postprocess/reporting/comparison.hpp"
#include "postprocess/reporting/figure_change.hpp"
#include "results/result_format.hpp"
#include "results/result_reader.hpp"
#include "test_report_fixture.hpp"

namespace gwp::reporting {
namespace {

bool has_note(const Comparison& c, const std::string& text) {
  return std::any_of(c.notes.begin(), c.notes.end(), [&](const std::string& n) { return n.find(text) != std::string::npos; });
}

TEST(CompareAlignment, CommonTimesAreThoseEveryResultHolds) {
  EXPECT_EQ(common_times({{100.0, 200.0, 300.0}, {100.0, 300.0}, {50.0, 100.0, 300.0}}),
            (std::vector<double>{100.0, 300.0}));
  // Times that differ only by round-off of a unit conversion are the same time.
  EXPECT_EQ(common_times({{365.25}, {365.25 * (1.0 + 1e-13)}}).size(), 1u);
  EXPECT_TRUE(common_times({{100.0}, {200.0}}).empty());
}

TEST(CompareAlignment, DifferentTimesAreComparedWhereTheyMeetAndSaidSo) {
  test::TempDir dir("gwp-compare-times");
  test::write_scenario(dir.file("a.h5"), test::ScenarioSpec{});
  test::ScenarioSpec later;
  later.case_name = "later";
  later.times = {100.0, 300.0};
  test::write_scenario(dir.file("b.h5"), later);
  const Comparison c = compare_results({read_result_figures(results::ResultReader(dir.file("a.h5"))),
                                       read_result_figures(results::ResultReader(dir.file("b.h5")))});
  EXPECT_EQ(c.times, std::vector<double>{100.0});
  EXPECT_TRUE(has_note(c, "different output times; figures are compared at the 1 they share: 100 d"));
  for (const ComparedRow& row : c.rows) EXPECT_EQ(row.time, 100.0);
  // Judged through 100 d only: MW-1 has reached 1 mg/L by then, below 1.5, in both.
  EXPECT_EQ(c.judged_through, 100.0);
  EXPECT_FALSE(c.verdicts.at(0).compliance.exceeds);
  EXPECT_EQ(c.verdicts.at(0).compliance.through, 100.0);
  // The river reach's record: its first exceedance at 150 d comes after 100 d.
  EXPECT_EQ(c.verdicts.back().receptor, "R");
  EXPECT_FALSE(c.verdicts.back().compliance.exceeds);
}

TEST(CompareAlignment, GridsAndStatusThatDifferAreNoted) {
  test::TempDir dir("gwp-compare-grids");
  test::write_scenario(dir.file("a.h5"), test::ScenarioSpec{});
  test::ScenarioSpec finer;
  finer.case_name = "finer";
  finer.grid.dx = {5.0, 20.0, 10.0, 5.0};
  finer.complete = false;
  test::write_scenario(dir.file("b.h5"), finer);
  const Comparison c =
      compare_results({read_result_figures(results::ResultReader(dir.file("a.h5"))),
                       read_result_figures(results::ResultReader(results::partial_path(dir.file("b.h5"))))});
  EXPECT_TRUE(has_note(c, "Grids differ: finer is 4 x 3 x 2 cells"));
  EXPECT_TRUE(has_note(c, "finer did not complete (status interrupted)"));
  EXPECT_TRUE(has_note(c, "All results share their output times"));
}

TEST(CompareAlignment, SameCaseNamesAreToldApartByFolder) {
  ResultFigures a, b, c;
  a.case_name = b.case_name = c.case_name = "tiny";
  a.path = "out/base/result.h5";
  b.path = "out/capped/result.h5";
  c.path = "other/capped/result.h5";
  EXPECT_EQ(scenario_labels({a, b}), (std::vector<std::string>{"tiny (base)", "tiny (capped)"}));
  EXPECT_EQ(scenario_labels({a, b, c}), (std::vector<std::string>{"tiny (base)", "tiny (capped) #2", "tiny (capped) #3"}));
  EXPECT_THROW(compare_results({a}), std::invalid_argument);
}

TEST(CompareAlignment, ChangeInPercentOfTheBaselineMagnitude) {
  const Change down = change_against(1500.0, 2000.0);
  EXPECT_EQ(down.absolute, -500.0);
  EXPECT_EQ(down.percent, -25.0);
  // A negative baseline (net inflow) keeps the sign of the change itself.
  EXPECT_EQ(change_against(-50.0, -100.0).percent, 50.0);
  EXPECT_TRUE(std::isnan(change_against(5.0, 0.0).percent));
  EXPECT_EQ(change_against(5.0, 0.0).absolute, 5.0);
  EXPECT_TRUE(std::isnan(change_against(std::nan(""), 1.0).absolute));
}

TEST(CompareAlignment, CaseDifferenceCountsRepeatedLines) {
  const CaseDifference d = case_difference("[case]\nname = \"a\"\n\nx = 1\nx = 1\n", "[case]\n  name = \"b\"\nx = 1\n");
  EXPECT_EQ(d.removed, (std::vector<std::string>{"name = \"a\"", "x = 1"}));
  EXPECT_EQ(d.added, (std::vector<std::string>{"name = \"b\""}));
  EXPECT_TRUE(case_difference("a\nb\n", "a\nb").added.empty());
}

}  // namespace
}  // namespace gwp::reporting
