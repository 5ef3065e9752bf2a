// How reports write numbers and documents: rounding to significant digits, times in days and
// years, and the HTML and Markdown forms of one document (escaping, table shape). The expected
// strings follow from the stated rules by hand.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>

#include "postprocess/reporting/document.hpp"
#include "postprocess/reporting/html_document.hpp"
#include "postprocess/reporting/markdown_document.hpp"
#include "postprocess/reporting/number_format.hpp"

namespace gwp::reporting {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

TEST(ReportNumbers, FourSignificantDigitsWithoutTrailingZeros) {
  EXPECT_EQ(format_figure(1191.302), "1191");
  EXPECT_EQ(format_figure(0.456712), "0.4567");
  EXPECT_EQ(format_figure(144000.0), "144000");
  EXPECT_EQ(format_figure(1.5), "1.5");
  EXPECT_EQ(format_figure(20.0), "20");
  // 9.99996 rounds up to 10.00 at four digits: the carry must not leave an extra decimal.
  EXPECT_EQ(format_figure(9.99996), "10");
  EXPECT_EQ(format_figure(-0.000049), "-4.9e-05");
  EXPECT_EQ(format_figure(1.25e-7), "1.25e-07");
  EXPECT_EQ(format_figure(2.5e8), "2.5e+08");
  EXPECT_EQ(format_figure(0.0), "0");
  EXPECT_EQ(format_figure(kNaN), kMissing);
}

TEST(ReportNumbers, TimesInDaysAndJulianYears) {
  EXPECT_EQ(format_time(100.0), "100 d");
  // 386.554 / 365.25 = 1.0583 years, three digits.
  EXPECT_EQ(format_time(386.554), "386.554 d (1.06 yr)");
  EXPECT_EQ(format_time(3652.5), "3652.5 d (10 yr)");
  EXPECT_EQ(format_time(kNaN), kMissing);
}

TEST(ReportNumbers, SignedChangesAndCsvPrecision) {
  EXPECT_EQ(format_signed(1200.0), "+1200");
  EXPECT_EQ(format_signed(-0.5), "-0.5");
  EXPECT_EQ(format_percent(-25.0), "-25 %");
  EXPECT_EQ(format_percent(12.345), "+12.3 %");
  EXPECT_EQ(format_csv_number(1.0 / 3.0), "0.3333333333");
  EXPECT_EQ(format_csv_number(kNaN), "");
}

Document sample_document() {
  Document doc;
  doc.title = "Plume <A&B>";
  doc.heading(2, "Verdict", "verdict");
  doc.paragraph("x < 1 & y > 2");
  DocumentTable t;
  t.header = {"point", "verdict"};
  t.numeric = {false, false};
  t.rows = {{"MW|1", Cell("exceeds", Tone::bad)}, {"MW-2", Cell("at or below", Tone::good)}};
  doc.table(t);
  doc.picture({"map.png", "a map", ""});
  doc.picture({"gone.png", "another map", "no X server"});
  doc.details({"case", "name = \"x\"\n```\n", "toml"});
  return doc;
}

TEST(ReportDocument, HtmlEscapesTextAndMarksVerdicts) {
  const std::string html = to_html(sample_document());
  EXPECT_NE(html.find("<title>Plume &lt;A&amp;B&gt;</title>"), std::string::npos);
  EXPECT_NE(html.find("<p>x &lt; 1 &amp; y &gt; 2</p>"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"bad\">exceeds</td>"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"good\">at or below</td>"), std::string::npos);
  EXPECT_NE(html.find("<img src=\"map.png\""), std::string::npos);
  EXPECT_NE(html.find("Picture not drawn: no X server"), std::string::npos);
  EXPECT_NE(html.find("<details>"), std::string::npos);
  EXPECT_EQ(html_escape("\"'"), "&quot;&#39;");
}

TEST(ReportDocument, MarkdownTablesEscapePipesAndFencesHoldBackticks) {
  const std::string md = to_markdown(sample_document());
  EXPECT_NE(md.find("| point | verdict |\n| --- | --- |\n| MW\\|1 | **exceeds** |\n| MW-2 | at or below |"),
            std::string::npos);
  EXPECT_NE(md.find("![a map](map.png)"), std::string::npos);
  EXPECT_NE(md.find("> Picture not drawn (another map): no X server"), std::string::npos);
  // The case text holds three backticks, so the fence must be four long.
  EXPECT_NE(md.find("````toml\nname = \"x\"\n```\n````"), std::string::npos);
}

TEST(ReportDocument, RowOfWrongLengthIsRefusedNamingTheTable) {
  DocumentTable t;
  t.caption = "budget";
  t.header = {"term", "in"};
  t.rows = {{"storage"}};
  try {
    check_table(t);
    FAIL() << "a short row was accepted";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("table 'budget': row 1 has 1 cells, the header 2"), std::string::npos);
  }
}

}  // namespace
}  // namespace gwp::reporting
