// The report of a fixture result (test_report_fixture.hpp) as HTML: every table well formed (as
// many cells in each row as header cells), and the numbers the fixture wrote in the right rows;
// the verification status as the document records it, or "unknown" without it.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "postprocess/reporting/html_document.hpp"
#include "postprocess/reporting/markdown_document.hpp"
#include "postprocess/reporting/report_document.hpp"
#include "postprocess/reporting/report_input.hpp"
#include "results/result_reader.hpp"
#include "test_report_fixture.hpp"

namespace gwp::reporting {
namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// Every <table> closes, and each body row has as many cells as the header: the table shape a
// browser would otherwise silently repair.
void expect_well_formed_tables(const std::string& html) {
  EXPECT_EQ(count(html, "<table>"), count(html, "</table>"));
  for (std::size_t at = html.find("<table>"); at != std::string::npos; at = html.find("<table>", at + 1)) {
    const std::string table = html.substr(at, html.find("</table>", at) - at);
    const std::size_t header_cells = count(table, "<th ");
    const std::string body = table.substr(table.find("<tbody>"));
    for (std::size_t row = body.find("<tr>"); row != std::string::npos; row = body.find("<tr>", row + 1)) {
      const std::string cells = body.substr(row, body.find("</tr>", row) - row);
      EXPECT_EQ(count(cells, "<td"), header_cells) << cells;
    }
  }
}

ReportInput fixture_input(const test::TempDir& dir, const test::ScenarioSpec& spec,
                          const std::vector<std::string>& verification) {
  const std::string path = dir.file("result.h5");
  test::write_scenario(path, spec);
  const std::string stored = spec.complete ? path : results::partial_path(path);
  return read_report_input(results::ResultReader(stored), verification);
}

TEST(ReportDocument, HtmlHoldsTheVerdictsAndMetricsOfTheResult) {
  test::TempDir dir("gwp-report-html");
  const ReportInput input = fixture_input(dir, test::ScenarioSpec{}, {});
  const std::vector<PictureRequest> pictures = report_pictures(input);
  // The plume peak (10 mg/L) is above the limit at both times: two maps, one breakthrough chart.
  ASSERT_EQ(pictures.size(), 3u);
  EXPECT_EQ(pictures[0].file, "map_ammonia_n_t1.png");
  const std::string html = to_html(report_document(input, {{"map_ammonia_n_t1.png", ""}}));
  expect_well_formed_tables(html);
  // MW-1 crosses 1.5 mg/L at 112.5 d (test_report_figures.cpp); the pumping well's first sample,
  // 2 mg/L at 100 d, is already above.
  EXPECT_NE(html.find("<td>MW-1</td><td>monitoring point</td><td class=\"num\">class IV 1.5 mg/L</td>"
                      "<td class=\"bad\">exceeds</td><td class=\"num\">112.5 d</td>"),
            std::string::npos);
  EXPECT_NE(html.find("<td>MW-2</td><td>monitoring point</td><td class=\"num\">class IV 1.5 mg/L</td>"
                      "<td class=\"good\">at or below</td>"),
            std::string::npos);
  EXPECT_NE(html.find("<td>PW-1</td><td>pumping well</td><td class=\"num\">class IV 1.5 mg/L</td>"
                      "<td class=\"bad\">exceeds</td><td class=\"num\">100 d</td>"),
            std::string::npos);
  // The river reach as the run recorded it: above 1.5 mg/L from 150 d, peak 2.5 at 180 d.
  EXPECT_NE(html.find("<td>R</td><td>boundary receptor</td><td class=\"num\">class IV 1.5 mg/L</td>"
                      "<td class=\"bad\">exceeds</td><td class=\"num\">150 d</td><td class=\"num\">2.500</td>"
                      "<td class=\"num\">180 d</td>"),
            std::string::npos);
  EXPECT_NE(html.find("<tr><td>plume area above the limit (1.5 mg/L)</td><td>m2</td><td class=\"num\">1000</td>"
                      "<td class=\"num\">2000</td></tr>"),
            std::string::npos);
  // Computed figures keep four significant digits, trailing zeros included.
  EXPECT_NE(html.find("<tr><td>cumulative mass removed by pumping well PW-1</td><td>g</td><td class=\"num\">50.00</td>"
                      "<td class=\"num\">110.0</td></tr>"),
            std::string::npos);
  EXPECT_NE(html.find("<tr><td>mass flux through abandoned well AW-1</td><td>g/d</td><td class=\"num\">3.000</td>"
                      "<td class=\"num\">4.500</td></tr>"),
            std::string::npos);
  // Landfill: 100 m2, 10 m3/d, 36525 mm/yr, 500 mg/L (test_report_figures.cpp).
  EXPECT_NE(html.find("<td>tip</td><td class=\"num\">100</td><td class=\"num\">10</td><td class=\"num\">36525</td>"
                      "<td class=\"num\">500</td>"),
            std::string::npos);
  // A drawn map is an image; a picture without an outcome says it was not drawn.
  EXPECT_NE(html.find("<img src=\"map_ammonia_n_t1.png\""), std::string::npos);
  EXPECT_NE(html.find("Picture not drawn: not drawn"), std::string::npos);
  EXPECT_NE(html.find("<summary>The case text"), std::string::npos);
  EXPECT_NE(html.find("leakage = &quot;300 mm/yr&quot;"), std::string::npos);
  EXPECT_NE(html.find("Unknown: the verification document"), std::string::npos);
}

TEST(ReportDocument, IncompleteRunIsFlagged) {
  test::TempDir dir("gwp-report-partial");
  test::ScenarioSpec spec;
  spec.complete = false;
  const ReportInput input = fixture_input(dir, spec, {});
  EXPECT_EQ(input.summary.status, "interrupted");
  const std::string md = to_markdown(report_document(input, {}));
  EXPECT_NE(md.find("Warning: this run did not complete (status interrupted: stopped by the test)"),
            std::string::npos);
}

TEST(ReportVerification, TablesWithAnIdColumnUnderTheirHeadings) {
  const std::string doc =
      "# Verification\n\n## Flow\n\n| id | problem | truth | measured | tolerance |\n| --- | --- | --- | --- | --- |\n"
      "| F1 | series | linear | 3e-14 m | 1e-6 m |\n| F2 | Dupuit \\| h2 | parabola | 0.0026 m | 0.05 m |\n\n"
      "Text between.\n\n| other | table |\n| - | - |\n| a | b |\n\n## Transport\n\n"
      "| id | problem | measured | tolerance | test |\n| --- | --- | --- | --- | --- |\n"
      "| T1 | column | 0.004 mg/L | 0.03 mg/L | passes |\n";
  const std::vector<VerificationSection> sections = parse_verification_tables(doc);
  ASSERT_EQ(sections.size(), 2u);
  EXPECT_EQ(sections[0].heading, "Flow");
  ASSERT_EQ(sections[0].rows.size(), 2u);
  EXPECT_EQ(sections[0].rows[1].problem, "Dupuit | h2");
  EXPECT_EQ(sections[0].rows[1].measured, "0.0026 m");
  EXPECT_EQ(sections[0].rows[1].state, "");
  EXPECT_EQ(sections[1].heading, "Transport");
  EXPECT_EQ(sections[1].rows.at(0).state, "passes");
}

TEST(ReportVerification, TheFirstReadableCandidateIsUsed) {
  test::TempDir dir("gwp-report-verification");
  const std::string doc = dir.file("verification.md");
  std::ofstream(doc) << "## Flow\n\n| id | problem | measured | tolerance |\n|---|---|---|---|\n| F1 | p | 1 | 2 |\n";
  const VerificationStatus status = read_verification_status({dir.file("missing.md"), doc});
  EXPECT_EQ(status.source, doc);
  ASSERT_EQ(status.sections.size(), 1u);
  EXPECT_EQ(status.sections[0].rows.at(0).tolerance, "2");
  EXPECT_TRUE(read_verification_status({dir.file("missing.md")}).source.empty());
}

}  // namespace
}  // namespace gwp::reporting
