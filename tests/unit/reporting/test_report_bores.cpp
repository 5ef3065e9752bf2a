// What abandoned wells' bores carried, as the report and the comparison word it: the split of each
// layer's net gain into what came down and what came up (worked by hand from the record's
// definitions), masses in g or kg, directions in words, the sentence per well and species, the
// table by case layer and the comparison against a baseline, from small results whose
// abandoned_wells rows are numbers put in here.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <sstream>

#include "postprocess/reporting/bore_comparison.hpp"
#include "postprocess/reporting/bore_text.hpp"
#include "postprocess/reporting/bore_transfer.hpp"
#include "postprocess/reporting/comparison.hpp"
#include "postprocess/reporting/comparison_document.hpp"
#include "postprocess/reporting/comparison_tables.hpp"
#include "postprocess/reporting/report_document.hpp"
#include "postprocess/reporting/report_input.hpp"
#include "results/result_reader.hpp"
#include "test_report_fixture.hpp"

namespace gwp::reporting {
namespace {

// Rows of AW-1 at `time`: {layer, mass_in, mass_out, carried_down} top down (g); rates are a
// hundredth of the masses.
std::vector<metrics::BoreLayerMass> bore_rows(
    double time, const std::vector<std::tuple<std::string, double, double, double>>& layers) {
  std::vector<metrics::BoreLayerMass> rows;
  for (const auto& [layer, in, out, down] : layers)
    rows.push_back({time, "AW-1", layer, in, out, down, in / 100.0, out / 100.0, down / 100.0});
  return rows;
}

// A bore that takes 177 kg from the sand-gravel and gives it below: 1.5 kg kept by the red clay,
// 175.5 kg by the karst; 0.16 g comes up into the clay cover; the karst's 1e-12 g out is round-off.
// carried_down past each layer's bottom is the net gain of the layers below it.
std::vector<metrics::BoreLayerMass> bore_at_200() {
  return bore_rows(200.0, {{"clay cover", 0.16, 0.0, -0.16},
                           {"sand-gravel", 0.0, 177000.16, 177000.0},
                           {"red clay", 1510.0, 10.0, 175500.0},
                           {"karst", 175500.0, 1e-12, 0.0}});
}

// The same bore at 100 d, 7 kg less having gone down to the karst by then.
std::vector<metrics::BoreLayerMass> bore_at_100() {
  return bore_rows(100.0, {{"clay cover", 0.16, 0.0, -0.16},
                           {"sand-gravel", 0.0, 170000.16, 170000.0},
                           {"red clay", 1510.0, 10.0, 168500.0},
                           {"karst", 168500.0, 0.0, 0.0}});
}

test::ScenarioSpec bore_spec() {
  test::ScenarioSpec spec;
  spec.label = "NH₃-N";
  spec.label_zh = "氨氮";
  spec.aw_plugged_at = 100.0;
  spec.aw_flow = {{0.0, 12.5}, {100.0, 0.002}};
  spec.bore_layers = bore_at_100();
  for (const metrics::BoreLayerMass& r : bore_at_200()) spec.bore_layers.push_back(r);
  return spec;
}

const DocumentTable* table_captioned(const Document& doc, const std::string& caption) {
  for (const Block& b : doc.blocks)
    if (const auto* t = std::get_if<DocumentTable>(&b); t && t->caption == caption) return t;
  return nullptr;
}

bool has_paragraph(const Document& doc, const std::string& text) {
  return std::any_of(doc.blocks.begin(), doc.blocks.end(), [&](const Block& b) {
    const auto* p = std::get_if<Paragraph>(&b);
    return p && p->text == text;
  });
}

std::string paragraphs(const Document& doc) {
  std::string all;
  for (const Block& b : doc.blocks)
    if (const auto* p = std::get_if<Paragraph>(&b)) all += p->text + "\n";
  return all;
}

std::vector<std::string> texts(const std::vector<Cell>& row) {
  std::vector<std::string> out;
  for (const Cell& c : row) out.push_back(c.text);
  return out;
}

TEST(BoreTransfer, EachLayersGainIsSplitIntoWhatCameDownAndWhatCameUp) {
  const BoreTransfer t = bore_transfer(bore_at_200(), "AW-1", 200.0);
  ASSERT_EQ(t.layers.size(), 4u);
  // The clay cover is fed from below (0.16 g carried up past its bottom); the sand-gravel only
  // gives; the red clay keeps what came past its top less what went on past its bottom; the karst
  // keeps all that came past its top.
  EXPECT_DOUBLE_EQ(t.layers[0].from_above, 0.0);
  EXPECT_DOUBLE_EQ(t.layers[0].from_below, 0.16);
  EXPECT_DOUBLE_EQ(t.layers[1].from_above, 0.0);
  EXPECT_DOUBLE_EQ(t.layers[1].from_below, 0.0);
  EXPECT_DOUBLE_EQ(t.layers[2].from_above, 177000.0 - 175500.0);
  EXPECT_DOUBLE_EQ(t.layers[3].from_above, 175500.0);
  EXPECT_DOUBLE_EQ(t.down, 177000.0);
  EXPECT_DOUBLE_EQ(t.up, 0.16);
  // What went down plus what came up is all the layers gained.
  double gained = 0.0;
  for (const BoreLayer& l : t.layers) gained += std::max(0.0, l.net());
  EXPECT_NEAR(t.down + t.up, gained, 1e-9);

  // A layer fed from both sides keeps both: 5 g down from the top layer, 3 g up from the bottom.
  const BoreTransfer both = bore_transfer(bore_rows(1.0, {{"a", 0.0, 5.0, 5.0}, {"b", 8.0, 0.0, -3.0}, {"c", 0.0, 3.0, 0.0}}),
                                          "AW-1", 1.0);
  EXPECT_DOUBLE_EQ(both.layers[1].from_above, 5.0);
  EXPECT_DOUBLE_EQ(both.layers[1].from_below, 3.0);
  EXPECT_DOUBLE_EQ(both.down, 5.0);
  EXPECT_DOUBLE_EQ(both.up, 3.0);

  // Between two output times: the differences of the cumulative masses (7 kg more to the karst).
  std::vector<metrics::BoreLayerMass> rows = bore_at_100();
  for (const metrics::BoreLayerMass& r : bore_at_200()) rows.push_back(r);
  EXPECT_EQ(bore_times(rows, "AW-1"), (std::vector<double>{100.0, 200.0}));
  const BoreTransfer after = bore_transfer_between(rows, "AW-1", 100.0, 200.0);
  EXPECT_NEAR(after.down, 7000.0, 1e-9);
  EXPECT_NEAR(after.up, 0.0, 1e-12);
  EXPECT_NEAR(after.layers[3].from_above, 7000.0, 1e-9);
  // Rates use the rate columns: a hundredth here.
  EXPECT_NEAR(bore_rates(rows, "AW-1", 200.0).down, 1770.0, 1e-9);
  EXPECT_TRUE(bore_transfer(rows, "AW-2", 200.0).empty());
}

TEST(BoreText, MassesInGramsOrKilogramsAndDirectionsInWords) {
  const double floor = 1e-9 * 177000.16;
  EXPECT_EQ(mass_text(177000.16, floor), "177.0 kg");
  EXPECT_EQ(mass_text(0.16, floor), "0.1600 g");
  EXPECT_EQ(mass_text(999.96, floor), "1.000 kg");  // rounds to 1000 g: kg
  EXPECT_EQ(mass_text(999.94, floor), "999.9 g");
  EXPECT_EQ(mass_text(1e-12, floor), "0 g");        // round-off
  EXPECT_EQ(mass_text(NAN, floor), "—");
  EXPECT_EQ(mass_text(3146.0, 0.0, 4, true), "3.146 kg/d");
  EXPECT_EQ(signed_mass_text(-177000.16, floor), "-177.0 kg");
  EXPECT_EQ(signed_mass_text(10.0, floor), "+10.00 g");
  EXPECT_EQ(carried_text(177000.0, floor, {}), "177.0 kg down");
  EXPECT_EQ(carried_text(-0.16, floor, {}), "0.1600 g up");
  EXPECT_EQ(carried_text(-0.16, floor, {Language::zh}), "向上 0.1600 g");
  EXPECT_EQ(carried_text(1e-12, floor, {}), "0 g");
  EXPECT_EQ(bore_span(3652.5, {}), "In 10 years");
  EXPECT_EQ(bore_span(365.25, {}), "In 1 year");
  EXPECT_EQ(bore_span(200.0, {Language::zh}), "200 天内");
  // 366 days after 2020-01-01 (a leap year) is 2021-01-01.
  EXPECT_EQ(bore_span(366.0, {Language::en, parse_date("2020-01-01")}), "From 2020-01-01 to 2021-01-01");
}

TEST(BoreText, OneSentenceSaysWhatWentDownAndWhatCameUp) {
  SpeciesFigures s;
  s.bores = bore_at_200();
  const double floor = 1e-9 * bore_mass_scale(s);
  EXPECT_DOUBLE_EQ(bore_mass_scale(s), 177000.16);
  const BoreTransfer t = bore_transfer(s.bores, "AW-1", 200.0);
  // 177 000 g down, 0.16 g up (below 0.1 % of it: practically none); the red clay's 1.5 kg is
  // under 1 % of what went down, so only the karst is named.
  EXPECT_EQ(bore_sentence(t, "NH₃-N", floor, {}),
            "In 200 days about 177 kg of NH₃-N went down AW-1 into karst; practically none (0.16 g) came up.");
  EXPECT_EQ(bore_sentence(t, "氨氮", floor, {Language::zh}),
            "200 天内，约 177 kg 氨氮经 AW-1 井孔向下进入 karst；向上迁移量几乎为零（0.16 g）。");

  // A middle layer feeding both ways: 600 g down into the karst, 400 g up into the clay.
  const BoreTransfer both =
      bore_transfer(bore_rows(366.0, {{"clay", 400.0, 0.0, -400.0}, {"sand", 0.0, 1000.0, 600.0}, {"karst", 600.0, 0.0, 0.0}}),
                    "AW-1", 366.0);
  EXPECT_EQ(bore_sentence(both, "NH₃-N", 1e-6, {Language::en, parse_date("2020-01-01")}),
            "From 2020-01-01 to 2021-01-01 about 600 g of NH₃-N went down AW-1 into karst, and about 400 g came up into clay.");
  // Only upward, into two layers each above 1 % of it.
  const BoreTransfer up = bore_transfer(
      bore_rows(100.0, {{"clay", 300.0, 0.0, -300.0}, {"sand", 600.0, 0.0, -900.0}, {"karst", 0.0, 900.0, 0.0}}), "AW-1", 100.0);
  EXPECT_EQ(bore_sentence(up, "Cl⁻", 1e-6, {}), "In 100 days about 900 g of Cl⁻ came up AW-1 into clay and sand; none went down.");
  // Nothing but round-off.
  const BoreTransfer none = bore_transfer(bore_rows(100.0, {{"sand", 0.0, 1e-12, 1e-12}, {"karst", 1e-12, 0.0, 0.0}}), "AW-1", 100.0);
  EXPECT_EQ(bore_sentence(none, "Cl⁻", 1e-6, {}), "In 100 days AW-1 carried no Cl⁻ between the layers it is open in.");
}

TEST(ReportBores, SectionStatesTheWellAndItsLayersAtTheLastOutputTime) {
  test::TempDir dir("gwp-report-bores");
  const std::string path = dir.file("result.h5");
  test::write_scenario(path, bore_spec());
  const ReportInput input = read_report_input(results::ResultReader(path), {});
  const Document doc = report_document(input, {});
  ASSERT_TRUE(has_paragraph(doc, "AW-1 (bore open from 49 m to 21 m): open at the start, plugged at 100 d.")) << paragraphs(doc);
  EXPECT_TRUE(has_paragraph(doc, "Water in the bore: 12.5 m3/d down before the plug, 0.002 m3/d down after it."));
  EXPECT_TRUE(has_paragraph(
      doc, "In 200 days about 177 kg of NH₃-N went down AW-1 into karst; practically none (0.16 g) came up."));
  // The plug falls on an output time: 7 kg went down after it, 4 % of all the bore moved.
  EXPECT_TRUE(has_paragraph(doc, "After it was plugged at 100 d, 7.000 kg more went down and 0 g came up."));
  const DocumentTable* t = table_captioned(doc, "NH₃-N: what AW-1 carried, by case layer, cumulative to 200 d");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->header, (std::vector<std::string>{"case layer", "into the layer from the bore", "out of the layer into the bore",
                                                 "net into the layer", "carried past the layer's bottom"}));
  ASSERT_EQ(t->rows.size(), 4u);
  using Row = std::vector<std::string>;
  EXPECT_EQ(texts(t->rows[0]), (Row{"clay cover", "0.1600 g", "0 g", "+0.1600 g", "0.1600 g up"}));
  EXPECT_EQ(texts(t->rows[1]), (Row{"sand-gravel", "0 g", "177.0 kg", "-177.0 kg", "177.0 kg down"}));
  EXPECT_EQ(texts(t->rows[2]), (Row{"red clay", "1.510 kg", "10.00 g", "+1.500 kg", "175.5 kg down"}));
  // The karst's 1e-12 g out is round-off: 0; the bore ends in it, so nothing is carried past it.
  EXPECT_EQ(texts(t->rows[3]), (Row{"karst", "175.5 kg", "0 g", "+175.5 kg", "—"}));
  // No cell of the table holds a bare negative number but the net column, which says its sign.
  for (const auto& row : t->rows) EXPECT_EQ(row[4].text.find('-'), std::string::npos);
}

TEST(ReportBores, ChineseSectionWithDates) {
  test::TempDir dir("gwp-report-bores-zh");
  const std::string path = dir.file("result.h5");
  test::ScenarioSpec spec = bore_spec();
  spec.start_date = "2020-01-01";
  test::write_scenario(path, spec);
  const Document doc = report_document(read_report_input(results::ResultReader(path), {}), {}, Language::zh);
  // 100 d after 2020-01-01 is 10 April (31 + 29 + 31 = 91 days to 1 April); 200 d is 19 July.
  EXPECT_TRUE(has_paragraph(doc, "AW-1（井孔开放段 49–21 m）：起始时开放，于2020-04-10封堵。")) << paragraphs(doc);
  EXPECT_TRUE(has_paragraph(doc, "井孔内水流：封堵前向下 12.5 m3/d，封堵后向下 0.002 m3/d。"));
  EXPECT_TRUE(has_paragraph(doc, "2020-01-01至2020-07-19期间，约 177 kg 氨氮经 AW-1 井孔向下进入 karst；向上迁移量几乎为零（0.16 g）。"));
  EXPECT_TRUE(has_paragraph(doc, "于2020-04-10封堵后，又有 7.000 kg 向下迁移，0 g 向上迁移。"));
  const DocumentTable* t = table_captioned(doc, "氨氮：AW-1 按算例地层的迁移质量（累计至2020-07-19）");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(texts(t->rows[0]), (std::vector<std::string>{"clay cover", "0.1600 g", "0 g", "+0.1600 g", "向上 0.1600 g"}));
  EXPECT_EQ(texts(t->rows[1]), (std::vector<std::string>{"sand-gravel", "0 g", "177.0 kg", "-177.0 kg", "向下 177.0 kg"}));
}

TEST(ReportBores, PlugBetweenOutputTimesGivesTheLastStepsRates) {
  test::TempDir dir("gwp-report-bores-plug");
  const std::string path = dir.file("result.h5");
  test::ScenarioSpec spec = bore_spec();
  spec.aw_plugged_at = 150.0;
  spec.aw_flow = {{0.0, 12.5}, {150.0, -0.002}};
  test::write_scenario(path, spec);
  const Document doc = report_document(read_report_input(results::ResultReader(path), {}), {});
  EXPECT_TRUE(has_paragraph(doc, "Water in the bore: 12.5 m3/d down before the plug, 0.002 m3/d up after it.")) << paragraphs(doc);
  // Rates are a hundredth of the masses: 1770 g/d down, 0.0016 g/d up.
  EXPECT_TRUE(has_paragraph(doc, "It was plugged at 150 d, between output times, so what it carried after the plug is not "
                                 "recorded apart (add the plug's time to the case's output times to have it); over the last "
                                 "transport step before 200 d it carried 1.770 kg/d down and 0.001600 g/d up."));
}

TEST(ReportBores, AWellWithoutARecordByLayerIsSaidSo) {
  test::TempDir dir("gwp-report-bores-none");
  const std::string path = dir.file("result.h5");
  test::write_scenario(path, test::ScenarioSpec{});
  const Document doc = report_document(read_report_input(results::ResultReader(path), {}), {});
  EXPECT_TRUE(has_paragraph(doc, "AW-1 (bore open from 49 m to 21 m): open from the start.")) << paragraphs(doc);
  EXPECT_TRUE(has_paragraph(doc, "The result holds no record of the water in the bore."));
  EXPECT_TRUE(has_paragraph(doc, "ammonia_n — AW-1: the result does not record what the bore carried by layer (it was "
                                 "written before that was recorded); the line abandoned_well:AW-1 of the mass budget gives "
                                 "the total."));
}

TEST(CompareBores, MassCarriedDownIntoEachLayerAgainstTheBaseline) {
  test::TempDir dir("gwp-compare-bores");
  test::write_scenario(dir.file("base.h5"), bore_spec());
  // Sealed early: 5 kg taken from the sand-gravel, all of it down to the karst; the same 0.16 g up.
  test::ScenarioSpec sealed = bore_spec();
  sealed.case_name = "sealed";
  sealed.bore_layers = bore_at_100();
  for (const metrics::BoreLayerMass& r : bore_rows(200.0, {{"clay cover", 0.16, 0.0, -0.16},
                                                  {"sand-gravel", 0.0, 5000.16, 5000.0},
                                                  {"red clay", 0.0, 0.0, 5000.0},
                                                  {"karst", 5000.0, 0.0, 0.0}}))
    sealed.bore_layers.push_back(r);
  test::write_scenario(dir.file("sealed.h5"), sealed);
  const Comparison c = compare_results({read_result_figures(results::ResultReader(dir.file("base.h5"))),
                                        read_result_figures(results::ResultReader(dir.file("sealed.h5")))});
  const DocumentTable t = bore_comparison_table(c.bores, "ammonia_n", 200.0, {"baseline", "sealed"}, c.wording);
  using Row = std::vector<std::string>;
  // -1500 g of 1500 g is -100 %; -170.5 kg of 175.5 kg -97.15 %; -172 kg of 177 kg -97.18 %.
  const std::vector<Row> want{
      {"AW-1", "went down into clay cover", "0 g", "0 g (0, 0 %)"},
      {"AW-1", "went down into sand-gravel", "0 g", "0 g (0, 0 %)"},
      {"AW-1", "went down into red clay", "1.500 kg", "0 g (-1.500 kg, -100 %)"},
      {"AW-1", "went down into karst", "175.5 kg", "5.000 kg (-170.5 kg, -97.2 %)"},
      {"AW-1", "came up into clay cover", "0.1600 g", "0.1600 g (0, 0 %)"},
      {"AW-1", "went down, in all", "177.0 kg", "5.000 kg (-172.0 kg, -97.2 %)"},
      {"AW-1", "came up, in all", "0.1600 g", "0.1600 g (0, 0 %)"}};
  ASSERT_EQ(t.rows.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) EXPECT_EQ(texts(t.rows[i]), want[i]) << "row " << i;

  // The document has the table under the species' label, at the last common time.
  const Document doc = comparison_document(c, {}, {});
  bool heading = false;
  for (const Block& b : doc.blocks)
    if (const auto* h = std::get_if<Heading>(&b); h && h->text == "NH₃-N at 200 d") heading = true;
  EXPECT_TRUE(heading);
  // compare.csv holds every such figure at every common time, in g at full precision.
  const std::string csv = comparison_csv(c);
  EXPECT_NE(csv.find("sealed,sealed," + dir.file("sealed.h5") +
                     ",ammonia_n,200,abandoned_well_mass_down_into,AW-1/karst,g,5000,175500,-170500,-97.15099715\n"),
            std::string::npos)
      << csv;
  EXPECT_NE(csv.find(",ammonia_n,100,abandoned_well_mass_down_into,AW-1,g,170000,170000,0,0\n"), std::string::npos);
}

}  // namespace
}  // namespace gwp::reporting
