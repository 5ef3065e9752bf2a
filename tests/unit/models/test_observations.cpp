// [[observations]]: concentrations sampled in the field, read from CSV files as spreadsheets and
// laboratories write them. Times are counted by hand from the case's start date (2010-01-01),
// values converted by hand to mg/L, and every problem's line and column counted in its file.
#include <gtest/gtest.h>

#include <cmath>

#include "case_problems.hpp"
#include "models/case_reader.hpp"
#include "models/observation_csv.hpp"
#include "models/observation_fields.hpp"

namespace gwp::model {
namespace {

const std::string kDir = std::string(GWPLUME_TEST_DATA) + "/observations/";

TEST(ObservationFields, TimesFromDatesDurationsAndDays) {
  const std::optional<Date> start = Date{2010, 1, 1};
  std::string error;
  EXPECT_DOUBLE_EQ(*observation_time("2010-07-01", start, &error), 181.0);  // 31+28+31+30+31+30
  EXPECT_DOUBLE_EQ(*observation_time("2011/1/1", start, &error), 365.0);
  EXPECT_DOUBLE_EQ(*observation_time("2012.01.01", start, &error), 730.0);
  EXPECT_DOUBLE_EQ(*observation_time("2 yr", start, &error), 730.5);
  EXPECT_DOUBLE_EQ(*observation_time("18 months", std::nullopt, &error), 547.875);
  EXPECT_DOUBLE_EQ(*observation_time(" 120 ", std::nullopt, &error), 120.0);
  EXPECT_FALSE(observation_time("2010-07-01", std::nullopt, &error));
  EXPECT_NE(error.find("[time] start"), std::string::npos) << error;
  EXPECT_FALSE(observation_time("2010-02-30", start, &error));
  EXPECT_NE(error.find("not a calendar date"), std::string::npos) << error;
  EXPECT_FALSE(observation_time("soon", start, &error));
  EXPECT_FALSE(observation_time("", start, &error));
}

TEST(ObservationFields, ValuesBelowDetection) {
  std::string error;
  auto v = observed_value("0.35", std::nullopt, &error);
  EXPECT_DOUBLE_EQ(v->value, 0.35);
  EXPECT_FALSE(v->censored);
  v = observed_value("< 0.02", std::nullopt, &error);
  EXPECT_DOUBLE_EQ(v->value, 0.02);
  EXPECT_TRUE(v->censored);
  v = observed_value("未检出", 0.05, &error);
  EXPECT_DOUBLE_EQ(v->value, 0.05);
  EXPECT_TRUE(v->censored);
  EXPECT_TRUE(observed_value("n.d.", 0.01, &error)->censored);
  EXPECT_FALSE(observed_value("ND", std::nullopt, &error));
  EXPECT_NE(error.find("detection_limit"), std::string::npos) << error;
  EXPECT_FALSE(observed_value("-3", std::nullopt, &error));
  EXPECT_FALSE(observed_value("<0", std::nullopt, &error));
  EXPECT_FALSE(observed_value("1,2", std::nullopt, &error));
}

TEST(Observations, SpreadsheetCsvAndChineseColumnsAreRead) {
  const Case c = read_case(kDir + "site.toml");
  ASSERT_EQ(c.observations.size(), 5u);
  const auto& o = c.observations;
  EXPECT_EQ(o[0].point, "MW-near");
  EXPECT_EQ(o[0].species, "chloride");
  EXPECT_DOUBLE_EQ(o[0].time, 181.0);
  EXPECT_DOUBLE_EQ(o[0].value, 35.5);
  EXPECT_FALSE(o[0].censored);
  EXPECT_EQ(o[0].where.file, kDir + "samples.csv");
  EXPECT_EQ(o[0].where.line, 2);
  EXPECT_EQ(o[0].where.column, 29);

  EXPECT_EQ(o[1].point, "MW-far");  // quoted and padded
  EXPECT_EQ(o[1].species, "ammonia_n");
  EXPECT_DOUBLE_EQ(o[1].time, 365.0);
  EXPECT_DOUBLE_EQ(o[1].value, 0.02);
  EXPECT_TRUE(o[1].censored);
  EXPECT_EQ(o[1].where.line, 4);  // after a blank line

  EXPECT_DOUBLE_EQ(o[2].time, 400.0);
  EXPECT_DOUBLE_EQ(o[2].value, 0.05);  // ND: the entry's detection limit
  EXPECT_TRUE(o[2].censored);

  EXPECT_DOUBLE_EQ(o[3].time, 200.0);
  EXPECT_NEAR(o[3].value, 0.85, 1e-15);  // 850 ug/L
  EXPECT_FALSE(o[3].censored);

  EXPECT_EQ(o[4].point, "MW-near");
  EXPECT_EQ(o[4].species, "ammonia_n");  // written as its Chinese label 氨氮
  EXPECT_DOUBLE_EQ(o[4].time, 545.0);    // 2011-06-30: 365 + 180 days
  EXPECT_NEAR(o[4].value, 0.12, 1e-15);  // 120 in the entry's units, ug/L
}

TEST(Observations, EveryProblemIsReportedWhereItIs) {
  const std::string csv = kDir + "broken.csv";
  const std::vector<std::string> expected{
      kDir + "broken.toml:13:9: observations[1].units: unknown unit 'furlong', expected a concentration "
             "(found \"furlong\")",
      csv + ":2:1: observations[0].point: no monitoring point or point receptor named 'MW-nea' (did you mean "
            "'MW-near'?)",
      csv + ":3:8: observations[0].time: not a calendar date (found \"2010-13-01\", expected YYYY-MM-DD such as "
            "2010-05-01)",
      csv + ":4:8: observations[0].time: outside the run (found \"2015-01-01\" = 1826 d, expected a time in "
            "[0, 730.5] d)",
      csv + ":5:12: observations[0].species: species 'chlorid' is not declared in [[species]] (did you mean "
            "'chloride'?)",
      csv + ":6:21: observations[0].value: not a concentration (found \"-3\", expected a number >= 0 such as "
            "0.35, or \"<0.02\" below the detection limit 0.02)",
      csv + ":7:1: observations[0].point: 'supply well' is a receptor on a boundary or well (expected a "
            "monitoring point or point receptor)",
      csv + ":7:26: observations[0].value: not detected, but no detection limit is given (found \"ND\", expected "
            "\"<0.02\" with the limit, or detection_limit in the [[observations]] entry)",
      csv + ":8:11: observations[0].species: the row has 2 fields, expected a field under 'species' (column 3 "
            "of the header)",
      csv + ":8:11: observations[0].value: the row has 2 fields, expected a field under 'conc' (column 4 of "
            "the header)",
  };
  const auto found = test::case_problems(kDir + "broken.toml");
  ASSERT_EQ(found.size(), expected.size()) << ::testing::PrintToString(found);
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_TRUE(found[i].starts_with(expected[i])) << found[i];
}

TEST(Observations, ReportedAtTheHeaderWhenAColumnIsMissing) {
  const auto found = test::case_problems(kDir + "site.toml", {"observations[1].columns.time=Datum"});
  ASSERT_EQ(found.size(), 1u) << ::testing::PrintToString(found);
  EXPECT_EQ(found[0], kDir + "samples_zh.csv:1:1: observations[1].columns.time: no column 'Datum' in the header "
                             "(expected one of: 监测井, 日期, 指标, 浓度)");
}

// Hostile files: one not UTF-8 (a binary file, or saved as GBK) is said so once, where it stops
// being text; a row wider than its header, a value infinite in mg/L and a date with a time of
// day are each reported at their field.
TEST(Observations, HostileRowsAtTheirField) {
  ObservationRules rules;
  rules.key = "observations[0]";
  rules.points = {"MW-1"};
  rules.species = {{"chloride", "chloride"}};
  rules.species_names = {"chloride"};
  rules.start = Date{2010, 1, 1};
  rules.end = 3650.0;
  {
    Diagnostics d;
    EXPECT_TRUE(parse_observation_csv("point,time,species,value\nMW-1,100,\xC2\xC8,1.0\n", "s.csv", rules, d).empty());
    ASSERT_EQ(d.items().size(), 1u);
    EXPECT_EQ(d.items()[0].format(), "s.csv:2:10: observations[0].file: not UTF-8 text: byte 0xC2 here (a binary file, "
                                     "or text saved as GBK or Latin-1: save it as \"CSV UTF-8\")");
  }
  Diagnostics d;
  const auto rows = parse_observation_csv(
      "point,time,species,value,unit\n"
      "MW-1,100,chloride,1.0,mg/L,shifted\n"
      "MW-1,100,chloride,1e308,g/L\n"
      "MW-1,2010-06-01 10:00,chloride,1.0,mg/L\n"
      "MW-1,100,chloride,2.0,mg/L,,\n",
      "s.csv", rules, d);
  ASSERT_EQ(rows.size(), 1u) << "empty fields past the header are what spreadsheets add";
  EXPECT_DOUBLE_EQ(rows[0].value, 2.0);
  std::vector<std::string> found;
  for (const Diagnostic& p : d.items()) found.push_back(p.format());
  EXPECT_EQ(found, (std::vector<std::string>{
                       "s.csv:2:28: observations[0].file: the row has a value beyond the header's 5 columns (found "
                       "\"shifted\" in field 6)",
                       "s.csv:3:19: observations[0].value: too large (found \"1e308\", expected a concentration of at "
                       "most 1e+15 mg/L)",
                       "s.csv:4:6: observations[0].time: a date with a time of day (found \"2010-06-01 10:00\", expected "
                       "the date alone, such as 2010-06-01)"}));
}

}  // namespace
}  // namespace gwp::model
