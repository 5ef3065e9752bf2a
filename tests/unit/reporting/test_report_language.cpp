// Reports and comparisons in Chinese, and times as dates: the message table is complete in both
// languages, verdicts use GB/T 14848-2017 wording (IV类, 达标/超标) and species' Chinese names,
// and every time of a result with a start date is the date worked out by hand from the calendar.
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>

#include "postprocess/reporting/case_summary.hpp"
#include "postprocess/reporting/comparison.hpp"
#include "postprocess/reporting/comparison_charts.hpp"
#include "postprocess/reporting/comparison_document.hpp"
#include "postprocess/reporting/html_document.hpp"
#include "postprocess/reporting/markdown_document.hpp"
#include "postprocess/reporting/messages.hpp"
#include "postprocess/reporting/point_compliance.hpp"
#include "postprocess/reporting/report_document.hpp"
#include "postprocess/reporting/report_input.hpp"
#include "postprocess/reporting/report_sections.hpp"
#include "postprocess/reporting/wording.hpp"
#include "results/result_reader.hpp"
#include "test_report_fixture.hpp"

namespace gwp::reporting {
namespace {

std::set<std::string> placeholders(std::string_view text) {
  std::set<std::string> found;
  const std::string s(text);
  const std::regex pattern("\\{[1-9]\\}");
  for (auto it = std::sregex_iterator(s.begin(), s.end(), pattern); it != std::sregex_iterator(); ++it)
    found.insert(it->str());
  return found;
}

TEST(ReportMessages, EveryMessageHasBothLanguagesWithTheSamePlaceholders) {
  for (int i = 0; i < int(Msg::count_); ++i) {
    const Msg id = Msg(i);
    const std::string_view en = message_template(Language::en, id), zh = message_template(Language::zh, id);
    EXPECT_FALSE(en.empty()) << "message " << i;
    EXPECT_FALSE(zh.empty()) << "message " << i << " (" << en << ")";
    EXPECT_EQ(placeholders(en), placeholders(zh)) << en << " / " << zh;
  }
  EXPECT_EQ(say(Language::en, Msg::verdict_exceeds_from, {"class IV", "2006-07-21"}), "exceeds class IV from 2006-07-21");
  EXPECT_EQ(parse_language("zh"), Language::zh);
  EXPECT_EQ(parse_language("en"), Language::en);
  EXPECT_FALSE(parse_language("cn").has_value());
  EXPECT_STREQ(html_language(Language::zh), "zh-CN");
}

TEST(ReportWording, ChineseVerdictsInStandardWordsAndDates) {
  const Wording w{Language::zh, parse_date("2005-01-01")};
  // 566.874 d after 2005-01-01: 365 d to 2006-01-01, then day 201 of 2006 (0-based) = 21 July.
  EXPECT_EQ(w.time(566.874), "2006-07-21");
  Compliance c;
  c.samples = 10;
  c.exceeds = true;
  c.first_exceedance = 566.874;
  EXPECT_EQ(w.verdict(c, "class IV"), "超标：自2006-07-21起超过IV类");
  EXPECT_EQ(w.verdict_word(c), "超标");
  c.exceeds = false;
  c.through = 18262.0;  // 50 Julian years: 2055-01-01
  EXPECT_EQ(w.verdict(c, "class IV"), "达标：至2055-01-01未超过IV类");
  EXPECT_EQ(w.verdict_word(c), "达标");
  EXPECT_EQ(w.limit("class IV", 1.5, "mg/L"), "IV类 1.5 mg/L");
  EXPECT_EQ(w.limit_name("case limit"), "算例限值");
  results::SpeciesLimits ammonia{"ammonia_n", "mg/L", 1.5, 0.5, 1.5, "NH₃-N", "氨氮"};
  EXPECT_EQ(w.species(ammonia), "氨氮");
  EXPECT_EQ(Wording{}.species(ammonia), "ammonia_n");
  EXPECT_EQ(w.budget_term("river:Yu river"), "河流：Yu river");
  EXPECT_EQ(w.budget_term("storage:sorbed"), "储存：吸附相");
  EXPECT_EQ(Wording{}.budget_term("river:Yu river"), "river:Yu river");  // identifiers stay in English
  EXPECT_EQ(w.receptor_kind(kBoundaryReceptor), "边界受体");
  EXPECT_EQ(w.times({0.0, 31.0}), "2005-01-01、2005-02-01");
  // Without a start date: days and years.
  EXPECT_EQ(Wording{Language::zh}.time(730.5), "730.5 d (2 yr)");
}

TEST(ReportWording, WhatThePlumeMetricsCount) {
  CaseSummary c;
  for (const char* name : {"clay cover", "sand-gravel (1/2)", "sand-gravel (2/2)", "red clay", "karst (1/2)", "karst (2/2)"}) {
    LayerSummary layer;
    layer.name = name;
    c.layers.push_back(layer);
  }
  EXPECT_EQ(metrics_layers_text(c, {}), "Plume metrics: areas, volumes and verdicts count all layers.");
  c.metrics_layers = metrics_layer_names({"sand-gravel, karst"});
  ASSERT_EQ(c.metrics_layers, (std::vector<std::string>{"sand-gravel", "karst"}));
  EXPECT_EQ(metrics_layers_text(c, {}),
            "Plume metrics: areas, volumes and verdicts count layers: sand-gravel, karst (clay cover, red clay excluded).");
  EXPECT_EQ(metrics_layers_text(c, {Language::zh}), "羽流指标：面积、体积与达标评价统计的地层为：sand-gravel、karst（不含clay cover、red clay）。");
  // One name per element works alike.
  EXPECT_EQ(metrics_layer_names({"sand-gravel", " karst "}), c.metrics_layers);
  EXPECT_EQ(case_layer_name("sand-gravel (2/3)"), "sand-gravel");
  EXPECT_EQ(case_layer_name("gravel (coarse)"), "gravel (coarse)");
}

TEST(ReportLanguage, ChineseReportOfAResultWithAStartDate) {
  test::TempDir dir("gwp-report-zh");
  test::ScenarioSpec spec;
  spec.start_date = "2020-01-01";
  spec.label_zh = "氨氮";
  const std::string path = dir.file("result.h5");
  test::write_scenario(path, spec);
  const ReportInput input = read_report_input(results::ResultReader(path), {});
  const std::string html = to_html(report_document(input, {}, Language::zh));
  EXPECT_NE(html.find("<html lang=\"zh-CN\">"), std::string::npos);
  EXPECT_NE(html.find("<h2 id=\"verdict\">受体达标评价</h2>"), std::string::npos);
  // MW-1 crosses 1.5 mg/L at 112.5 d: 2020 is a leap year, 31 + 29 + 31 = 91 days to 1 April, so
  // day 112 is 22 April. Its peak, 4 mg/L at 200 d: 19 July (91 + 30 + 31 + 30 = 182 days to 1 July).
  EXPECT_NE(html.find("<td>氨氮</td><td>MW-1</td><td>监测点</td><td class=\"num\">IV类 1.5 mg/L</td>"
                      "<td class=\"bad\">超标</td><td class=\"num\">2020-04-22</td><td class=\"num\">4.000</td>"
                      "<td class=\"num\">2020-07-19</td>"),
            std::string::npos)
      << html.substr(html.find("MW-1"), 400);
  EXPECT_NE(html.find("<td>氨氮</td><td>MW-2</td><td>监测点</td><td class=\"num\">IV类 1.5 mg/L</td><td class=\"good\">达标</td>"),
            std::string::npos);
  // Output times 100 and 200 d as dates in the metrics table's header.
  EXPECT_NE(html.find("<th scope=\"col\">2020-04-10</th><th scope=\"col\">2020-07-19</th>"), std::string::npos);
  EXPECT_NE(html.find("时间以日期表示：t = 0 为 2020-01-01"), std::string::npos);
  // No time in days is left in the tables when the result has a start date.
  EXPECT_EQ(html.find(" d (", html.find("<table>")), std::string::npos);
  EXPECT_EQ(html.find(">100 d<"), std::string::npos);
  // The English report stays English.
  const std::string en = to_html(report_document(input, {}));
  EXPECT_NE(en.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(en.find("<td>ammonia_n</td><td>MW-1</td><td>monitoring point</td>"), std::string::npos);
  EXPECT_NE(en.find(">2020-04-22<"), std::string::npos);
}

TEST(ReportLanguage, PicturesAskForTheirLanguageInOnePlace) {
  test::TempDir dir("gwp-report-pictures-zh");
  test::ScenarioSpec spec;
  spec.start_date = "2020-01-01";
  spec.label_zh = "氨氮";
  const std::string path = dir.file("result.h5");
  test::write_scenario(path, spec);
  const ReportInput input = read_report_input(results::ResultReader(path), {});
  const std::vector<PictureRequest> pictures = report_pictures(input, Language::zh);
  ASSERT_EQ(pictures.size(), 3u);
  for (const PictureRequest& p : pictures) EXPECT_EQ(p.text_language, picture_language(Language::zh));
  // Captions in Chinese, with the date of the map's time (100 d: 2020-04-10).
  EXPECT_EQ(pictures[0].caption, "氨氮，2020-04-10：垂向最大浓度，以限值（1.5 mg/L）的倍数表示");
  // Pictures of a Chinese report are drawn in Chinese: the species by its Chinese name.
  EXPECT_EQ(pictures[0].text_language, Language::zh);
  EXPECT_EQ(std::get<PlanMapRequest>(pictures[0].what).title, "Fixture case, baseline — 氨氮 — 2020-04-10");
  // The breakthrough chart: every sample of each point, its axis in dates (x in days since the
  // start date), and the class IV and class III limits dashed.
  const auto& chart = std::get<ChartRequest>(pictures[2].what);
  EXPECT_EQ(chart.x_label, "日期");
  EXPECT_EQ(chart.x_dates, (Date{2020, 1, 1}));
  ASSERT_EQ(chart.lines.size(), 5u);  // MW-1, MW-2, stream, class IV, class III
  EXPECT_EQ(chart.lines[0].x, (std::vector<double>{50.0, 100.0, 150.0, 200.0}));
  EXPECT_TRUE(chart.lines[3].dashed);
  EXPECT_EQ(chart.lines[3].y, (std::vector<double>{1.5, 1.5}));
  EXPECT_EQ(chart.lines[4].y, (std::vector<double>{0.5, 0.5}));
}

TEST(CompareLanguage, ChineseComparisonWithDates) {
  test::TempDir dir("gwp-compare-zh");
  std::vector<ResultFigures> results;
  for (const char* name : {"base", "measure"}) {
    test::ScenarioSpec spec;
    spec.case_name = name;
    spec.start_date = "2020-01-01";
    spec.label_zh = "氨氮";
    const std::string path = dir.file(std::string(name) + ".h5");
    test::write_scenario(path, spec);
    results.push_back(read_result_figures(results::ResultReader(path)));
  }
  const Comparison c = compare_results(results, Language::zh);
  EXPECT_EQ(c.notes.front(), "各结果的输出时刻相同：2020-04-10、2020-07-19。");
  const std::string md = to_markdown(comparison_document(c, comparison_charts(c, results), {}));
  EXPECT_NE(md.find("| 氨氮 | MW-1 | 监测点 | IV类 1.5 | **超标，自2020-04-22起；峰值 4.000** |"), std::string::npos);
  EXPECT_NE(md.find("### 氨氮（2020-07-19）"), std::string::npos);
}

}  // namespace
}  // namespace gwp::reporting
