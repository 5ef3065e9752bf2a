// What pictures write and mark besides the field: times and dates, words in English and
// Chinese, species names, date ticks, layers by name, the colour floor and hatching.
#include <gtest/gtest.h>

#include <cmath>

#include "postprocess/render/colour_scale.hpp"
#include "postprocess/render/date_axis.hpp"
#include "postprocess/render/hatching.hpp"
#include "postprocess/render/language.hpp"
#include "postprocess/render/picture_text.hpp"
#include "postprocess/render/plan_field.hpp"

namespace gwp::render {
namespace {

TEST(PictureTime, DatesWithAStartDateDaysAndYearsWithout) {
  const Date start{2005, 1, 1};
  EXPECT_EQ(picture_time(6754.0, start, Language::en), "2023-06-30");  // 18 years and 180 days
  EXPECT_EQ(picture_time(6754.0, start, Language::zh), "2023-06-30");
  EXPECT_EQ(picture_time(100.0, std::nullopt, Language::en), "100 d");
  EXPECT_EQ(picture_time(2000.0, std::nullopt, Language::en), "2000 d (5.48 yr)");
  EXPECT_EQ(picture_time(2000.0, std::nullopt, Language::zh), "2000 天（5.48 年）");
}

TEST(PictureWording, EveryPhraseIsThereInBothLanguages) {
  // The tables are filled in order: a phrase left out would shift the rest and leave the last
  // one empty.
  EXPECT_STREQ(wording(Language::en).list_separator, ", ");
  EXPECT_STREQ(wording(Language::zh).list_separator, "、");
  EXPECT_STREQ(wording(Language::en).easting, "Easting");
  EXPECT_STREQ(wording(Language::zh).easting, "东坐标");
  EXPECT_STREQ(wording(Language::zh).dry_cell, "疏干单元（水头低于底板）");
  EXPECT_EQ(fill(wording(Language::en).below_floor, "0.05 mg/L"), "below 0.05 mg/L not coloured");
  EXPECT_EQ(parse_language("zh"), Language::zh);
  EXPECT_FALSE(parse_language("fr").has_value());
}

TEST(SpeciesLabel, LabelInEnglishChineseNameInChineseKeyWithoutEither) {
  results::SpeciesLimits s;
  s.name = "ammonia_n";
  s.label = "NH\u2083-N";
  s.label_zh = "氨氮";
  EXPECT_EQ(species_label(s, Language::en), "NH\u2083-N");
  EXPECT_EQ(species_label(s, Language::zh), "氨氮");
  results::SpeciesLimits old;  // a result written before labels were recorded
  old.name = "nitrate_n";
  EXPECT_EQ(species_label(old, Language::en), "nitrate_n");
  EXPECT_EQ(species_label(old, Language::zh), "nitrate_n");
}

// Fifty years from 2005: a tick every 10 years at 1 January, labelled with the year, at the
// model time of that date (days since the start).
TEST(DateTicks, DecadesOfYears) {
  const Date start{2005, 1, 1};
  ChartAxis axis;
  axis.min = 0.0;
  axis.max = time_of(start, {2055, 1, 1});
  set_date_ticks(axis, start);
  ASSERT_EQ(axis.ticks.size(), 5u);
  for (std::size_t n = 0; n < 5; ++n) {
    const int year = 2010 + 10 * int(n);
    EXPECT_EQ(axis.tick_labels[n], std::to_string(year));
    EXPECT_DOUBLE_EQ(axis.ticks[n], time_of(start, {year, 1, 1}));
  }
  EXPECT_DOUBLE_EQ(axis.max, time_of(start, {2055, 1, 1}));  // the range is left as it was
}

TEST(DateTicks, MonthsOfAShortRun) {
  const Date start{2023, 3, 15};
  ChartAxis axis;
  axis.min = 0.0;
  axis.max = 300.0;  // to 2024-01-09
  set_date_ticks(axis, start);
  // Ten months: every second month (January, March ...) from the first after the start date.
  ASSERT_EQ(axis.ticks.size(), 5u);
  EXPECT_EQ(axis.tick_labels.front(), "2023-05");
  EXPECT_DOUBLE_EQ(axis.ticks.front(), time_of(start, {2023, 5, 1}));
  EXPECT_EQ(axis.tick_labels.back(), "2024-01");
  EXPECT_DOUBLE_EQ(axis.ticks.back(), time_of(start, {2024, 1, 1}));
  for (double t : axis.ticks) EXPECT_TRUE(t >= axis.min && t <= axis.max);
}

TEST(Layers, CaseLayerNamesPickAllTheirSublayers) {
  ResultScene scene;
  scene.grid.nz = 5;
  scene.layer_names = {"clay cover", "sand-gravel (1/2)", "sand-gravel (2/2)", "karst (1/2)", "karst (2/2)"};
  EXPECT_EQ(case_layer_of("karst (2/2)"), "karst");
  EXPECT_EQ(case_layer_of("clay cover"), "clay cover");
  const LayerRange karst = find_layers(scene, "karst");
  EXPECT_EQ(karst.first, 3);
  EXPECT_EQ(karst.count, 2);
  const LayerRange one = find_layers(scene, "sand-gravel (2/2)");
  EXPECT_EQ(one.first, 2);
  EXPECT_EQ(one.count, 1);
  EXPECT_EQ(find_layers(scene, "1").first, 0);
  try {
    find_layers(scene, "limestone");
    FAIL() << "no error for an unknown layer";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("\"karst (1/2)\""), std::string::npos) << e.what();
  }
  EXPECT_THROW(find_layers(scene, "6"), std::invalid_argument);
}

TEST(Floor, TenthOfClassIIIRaisedAboveTheBackgroundRefusedForHeads) {
  results::SpeciesLimits ammonia;
  ammonia.limit = 1.5;
  ammonia.class_iii = 0.5;
  ammonia.class_iv = 1.5;
  // Clean water around the plume: a tenth of class III.
  EXPECT_DOUBLE_EQ(field_scale(PlanField::concentration, ColourScale::linear, ammonia, std::nullopt, 10.0).floor, 0.05);
  EXPECT_DOUBLE_EQ(field_scale(PlanField::concentration, ColourScale::linear, ammonia, 0.2, 10.0).floor, 0.2);
  // A background of 0.0748 mg/L (recharge carrying 0.1 mg/L): twice that, 0.1496, rounded up to
  // 0.15; a background near class III: no higher than half of class III.
  EXPECT_DOUBLE_EQ(default_floor(ammonia, 10.0, 0.0748), 0.15);
  EXPECT_DOUBLE_EQ(default_floor(ammonia, 10.0, 0.4), 0.25);
  results::SpeciesLimits own;  // a case limit only
  own.limit = 2.0;
  EXPECT_DOUBLE_EQ(default_floor(own, 10.0, 0.0), 0.2);
  results::SpeciesLimits none;
  none.limit = -1.0;
  EXPECT_DOUBLE_EQ(default_floor(none, 40.0, 0.0), 0.04);
  EXPECT_DOUBLE_EQ(default_floor(none, 40.0, 3.0), 6.0);
  results::SpeciesLimits no_head_limit;
  no_head_limit.limit = -1.0;
  EXPECT_THROW(field_scale(PlanField::head, ColourScale::log, no_head_limit, std::nullopt, 50.0), std::invalid_argument);
  EXPECT_THROW(field_scale(PlanField::head, ColourScale::linear, no_head_limit, 0.1, 50.0), std::invalid_argument);
  // The log range starts at the floor's decade: 0.05 mg/L -> 0.01.
  const FieldScale log = field_scale(PlanField::concentration, ColourScale::log, ammonia, std::nullopt, 10.0);
  EXPECT_DOUBLE_EQ(log.range({0.06, 9.0}, std::nullopt).low, 0.01);
  EXPECT_DOUBLE_EQ(log.range({0.06, 9.0}, std::nullopt).high, 10.0);
}

TEST(Floor, BackgroundIsTheLowerQuartile) {
  // Order statistics 0 ... 8: the quartile lies at index 2 (a quarter of the way).
  EXPECT_DOUBLE_EQ(lower_quartile({8, 7, 6, 5, 4, 3, 2, 1, 0}), 2.0);
  EXPECT_DOUBLE_EQ(lower_quartile({0, 10, std::nan(""), 20, 30, 40}), 10.0);
  EXPECT_DOUBLE_EQ(lower_quartile({1.0, 2.0}), 1.25);
  EXPECT_TRUE(std::isnan(lower_quartile({std::nan("")})));
}

// Lines at 45 degrees, 10 px apart, across a 100 px square: the family x - y = 10 k * sqrt(2)
// meets it for |10 k sqrt(2)| < 100, and each segment ends on the square's sides.
TEST(Hatching, ParallelLinesClippedToTheSquare) {
  const std::vector<Pixel> square{{0, 0}, {100, 0}, {100, 100}, {0, 100}};
  const auto lines = hatch_lines({square}, 10.0, 45.0);
  EXPECT_EQ(lines.size(), 15u);  // k = -7 ... 7 (k = +-7.07 just outside)
  for (const auto& l : lines) {
    ASSERT_EQ(l.size(), 2u);
    const double c0 = (l[0][1] - l[0][0]) / std::sqrt(2.0), c1 = (l[1][1] - l[1][0]) / std::sqrt(2.0);
    EXPECT_NEAR(c0, c1, 1e-9);                                // along one line of the family
    EXPECT_NEAR(c0 / 10.0, std::round(c0 / 10.0), 1e-9);      // on the lattice
    for (const Pixel& p : l) {
      EXPECT_GE(p[0], -1e-9);
      EXPECT_LE(p[0], 100 + 1e-9);
      EXPECT_GE(p[1], -1e-9);
      EXPECT_LE(p[1], 100 + 1e-9);
      const bool on_side = std::abs(p[0]) < 1e-9 || std::abs(p[0] - 100) < 1e-9 || std::abs(p[1]) < 1e-9 ||
                           std::abs(p[1] - 100) < 1e-9;
      EXPECT_TRUE(on_side) << p[0] << ", " << p[1];
    }
  }
}

TEST(Title, LongTitleWrapsNeverWiderThanTheRoom) {
  const TextSetter setter;
  const std::string title = "Terrace landfill, abandoned well and village well, 2005-2055 \u2014 breakthrough at "
                            "MW-1, MW-karst, village well, MW-2, MW-3";
  const TitleLayout t = fit_title(setter, title, "a subtitle", 24.0, 800.0);
  EXPECT_GE(t.title_lines.size(), 2u);
  EXPECT_GE(t.title_size, 1.1 * 24.0 - 1e-9);  // shrunk no further than that
  TextStyle bold;
  bold.bold = true;
  bold.size = t.title_size;
  for (const auto& line : t.title_lines) EXPECT_LE(setter.size(line, bold)[0], 800.0) << line;
  // A short one stays on one line at full size.
  const TitleLayout s = fit_title(setter, "Short", "", 24.0, 800.0);
  EXPECT_EQ(s.title_lines.size(), 1u);
  EXPECT_DOUBLE_EQ(s.title_size, 1.35 * 24.0);
}

}  // namespace
}  // namespace gwp::render
