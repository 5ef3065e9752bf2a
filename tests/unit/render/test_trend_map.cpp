// The Mann-Kendall map (mna_fixture.hpp: one monitoring point of each decision round the plume,
// two at one place, a boundary receptor and one without a place): each symbol in its decision's
// colour where its point projects, the names with Sen's slopes, the legend, a faint field, and the
// error for a result written before trends existed.
#include "postprocess/render/trend_map.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>

#include "mna_fixture.hpp"
#include "png_pixels.hpp"

namespace gwp::render {
namespace {

using test::drawn;

using test::Colour;
using test::colour_distance;

// The colours the documentation gives each decision (docs/pictures.md), as bytes.
const std::map<std::string, Colour> kInk{
    {"increasing", {214, 26, 28}},          {"probably increasing", {255, 153, 0}},
    {"no trend", {255, 255, 255}},          {"stable", {153, 153, 153}},
    {"probably decreasing", {153, 222, 128}}, {"decreasing", {26, 140, 51}},
    {"insufficient data", {77, 77, 77}}};
const Colour kBelowLimitInk{33, 102, 217};  // Rgb (0.13, 0.4, 0.85)
const Colour kMonitoringInk{26, 153, 77};   // plan_features.cpp: monitoring points

const TrendMark& mark(const TrendMapPicture& p, const std::string& name) {
  for (const TrendMark& m : p.marks)
    if (m.point == name) return m;
  throw std::runtime_error("no mark " + name);
}

// One map of the fixture, shared by the tests.
class TrendMap : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!test::has_display()) return;
    dir_ = new test::TempDir("gwp-trend-map");
    test::write_mna_result(dir_->file("result.h5"));
    results::ResultReader reader(dir_->file("result.h5"));
    picture_ = new TrendMapPicture(render_trend_map(reader, TrendMapOptions{}, dir_->file("trends.png")));
    png_ = new test::PngPixels(dir_->file("trends.png"));
  }
  static void TearDownTestSuite() {
    delete png_;
    delete picture_;
    delete dir_;
  }
  void SetUp() override {
    if (!test::has_display()) GTEST_SKIP() << "no X server (run under xvfb-run -a)";
  }
  static Pixel projected(const std::array<double, 2>& world) {
    return picture_->map.frame.to_pixel(world[0], world[1]);
  }
  static test::TempDir* dir_;
  static TrendMapPicture* picture_;
  static test::PngPixels* png_;
};
test::TempDir* TrendMap::dir_ = nullptr;
TrendMapPicture* TrendMap::picture_ = nullptr;
test::PngPixels* TrendMap::png_ = nullptr;

TEST(TrendSymbols, TheSevenDecisionsAndTheirColours) {
  for (const auto& [words, ink] : kInk) {
    const auto c = trend_class(words);
    ASSERT_TRUE(c.has_value()) << words;
    const Rgb fill = trend_look(*c).fill;
    EXPECT_LE(colour_distance({int(std::lround(fill.r * 255)), int(std::lround(fill.g * 255)), int(std::lround(fill.b * 255))}, ink), 1)
        << words;
    EXPECT_EQ(trend_words(*c, Language::en), words);
  }
  EXPECT_EQ(trend_look(TrendClass::increasing).marker, Marker::triangle);
  EXPECT_EQ(trend_look(TrendClass::probably_increasing).marker, Marker::triangle);
  EXPECT_EQ(trend_look(TrendClass::decreasing).marker, Marker::triangle_down);
  EXPECT_EQ(trend_look(TrendClass::probably_decreasing).marker, Marker::triangle_down);
  EXPECT_EQ(trend_look(TrendClass::stable).marker, Marker::circle);
  EXPECT_EQ(trend_look(TrendClass::no_trend).marker, Marker::circle);
  EXPECT_EQ(trend_look(TrendClass::insufficient).marker, Marker::cross);
  EXPECT_FALSE(trend_class("Increasing").has_value());
}

TEST(TrendSymbols, PointsAtOnePlaceAreSetInARow) {
  const std::vector<Pixel> spread = spread_symbols({{100, 100}, {101, 100}, {300, 300}, {100, 99}}, 20.0);
  // The three near (100, 100) in a row 23 px apart round their mean place; the far one stays.
  const double cx = (100 + 101 + 100) / 3.0, cy = (100 + 100 + 99) / 3.0;
  EXPECT_NEAR(spread[0][0], cx - 23.0, 1e-9);
  EXPECT_NEAR(spread[1][0], cx, 1e-9);
  EXPECT_NEAR(spread[3][0], cx + 23.0, 1e-9);
  for (std::size_t k : {0u, 1u, 3u}) EXPECT_NEAR(spread[k][1], cy, 1e-9);
  EXPECT_DOUBLE_EQ(spread[2][0], 300.0);
  EXPECT_DOUBLE_EQ(spread[2][1], 300.0);
}

// Each point alone at its place: its decision's colour at the pixel its world place projects to.
TEST_F(TrendMap, EachSymbolInItsColourWhereItsPointIs) {
  EXPECT_EQ(png_->width(), 1600);
  EXPECT_EQ(png_->width(), picture_->map.width);
  EXPECT_EQ(png_->height(), picture_->map.height);
  int checked = 0;
  for (const test::TrendPoint& t : test::trend_points()) {
    if (t.radius < 0.0 || t.name.rfind("MW-twin", 0) == 0) continue;
    const Pixel at = projected(test::around_centre(t.radius, t.degrees));
    const TrendMark& m = mark(*picture_, t.name);
    EXPECT_TRUE(m.on_map);
    EXPECT_NEAR(m.at[0], at[0], 1e-6) << t.name;
    EXPECT_NEAR(m.at[1], at[1], 1e-6) << t.name;
    EXPECT_LE(colour_distance(png_->at(at), kInk.at(t.trend)), 3) << t.name << " (" << t.trend << ")";
    ++checked;
  }
  EXPECT_EQ(checked, 7);
}

// The hollow circle of "no trend" is white inside a dark ring, so it is seen on white paper too.
TEST_F(TrendMap, NoTrendIsAHollowCircle) {
  const Pixel at = projected(test::around_centre(120.0, 192.8));
  const double ring = 0.5 * 0.85 * picture_->symbol_size;
  int darkest = 255;
  for (double d = ring - 2.0; d <= ring + 2.0; d += 0.5) {
    const Colour c = png_->at(Pixel{at[0] + d, at[1]});
    darkest = std::min(darkest, std::max({c.r, c.g, c.b}));
  }
  EXPECT_LT(darkest, 80);
}

// A point back at or below the limit before the end (MW-down, from 1500 d) has the blue dot on
// its symbol's upper right (0.42, 0.32 sizes from its centre); one never above it (MW-level, 0) has none.
TEST_F(TrendMap, BackBelowTheLimitIsMarked) {
  EXPECT_TRUE(mark(*picture_, "MW-down").below_limit_mark);
  EXPECT_FALSE(mark(*picture_, "MW-level").below_limit_mark);
  EXPECT_FALSE(mark(*picture_, "MW-up").below_limit_mark);  // NaN: still above
  const double s = picture_->symbol_size;
  const Pixel down = projected(test::around_centre(120.0, 347.1));
  EXPECT_LE(colour_distance(png_->at(Pixel{down[0] + 0.42 * s, down[1] + 0.32 * s}), kBelowLimitInk), 3);
  const Pixel level = projected(test::around_centre(120.0, 244.2));
  EXPECT_GT(colour_distance(png_->at(Pixel{level[0] + 0.42 * s, level[1] + 0.32 * s}), kBelowLimitInk), 40);
  EXPECT_TRUE(drawn(picture_->map.texts, "back at or below the limit before the end"));
}

// Two points at one place side by side, 1.15 symbols apart, centred on the place; the boundary
// receptor at the mean of its columns' centres (the west column: local x 5 m, y 200 m).
TEST_F(TrendMap, SharedPlacesAndBoundaries) {
  const Pixel at = projected(test::around_centre(180.0, 225.0));
  const TrendMark& a = mark(*picture_, "MW-twin-1");
  const TrendMark& b = mark(*picture_, "MW-twin-2");
  EXPECT_NEAR(0.5 * (a.at[0] + b.at[0]), at[0], 1e-6);
  EXPECT_NEAR(0.5 * (a.at[1] + b.at[1]), at[1], 1e-6);
  EXPECT_NEAR(b.at[0] - a.at[0], 1.15 * picture_->symbol_size, 1e-6);
  EXPECT_LE(colour_distance(png_->at(a.at), kInk.at("increasing")), 3);
  EXPECT_LE(colour_distance(png_->at(b.at), kInk.at("decreasing")), 3);
  const Pixel west = projected(test::render_grid().to_world(5.0, 200.0));
  const TrendMark& w = mark(*picture_, "west");
  EXPECT_NEAR(w.at[0], west[0], 1e-6);
  EXPECT_NEAR(w.at[1], west[1], 1e-6);
  EXPECT_LE(colour_distance(png_->at(west), kInk.at("stable")), 3);
}

// Names with their slopes; a point the result has no place for listed in the legend; the seven
// decisions in the legend; the points drawn as trends are not drawn again as monitoring points,
// while MW-1, which has no trend row, is.
TEST_F(TrendMap, LabelsAndLegend) {
  const auto& texts = picture_->map.texts;
  EXPECT_TRUE(drawn(texts, "MW-up  +0.5 mg/L/yr"));
  EXPECT_TRUE(drawn(texts, "MW-down?  -0.08 mg/L/yr"));
  EXPECT_TRUE(drawn(texts, "MW-level  -0.001 mg/L/yr"));
  EXPECT_TRUE(drawn(texts, "MW-new"));
  EXPECT_FALSE(mark(*picture_, "spring").on_map);
  EXPECT_TRUE(drawn(texts, "not on the map: spring  -0.01 mg/L/yr"));
  EXPECT_TRUE(drawn(texts, "Mann-Kendall trend (Sen slope, mg/L/yr)"));
  for (const auto& [words, ink] : kInk) EXPECT_TRUE(drawn(texts, words)) << words;
  // MW-1 has no trend row: a monitoring point's square, outlined (white inside a green edge 7.65 px
  // from its centre) so that no other well's symbol is read as a trend.
  const auto centre = test::render_centre();
  const Pixel mw = projected({centre[0] - 165.0, centre[1] + 150.0});
  EXPECT_LE(colour_distance(png_->at(mw), {255, 255, 255}), 3);
  int greenest = 255;
  for (double d = 5.0; d <= 10.0; d += 0.5) greenest = std::min(greenest, colour_distance(png_->at(Pixel{mw[0] + d, mw[1]}), kMonitoringInk));
  EXPECT_LE(greenest, 20);
  // The open abandoned well AW-1, 60 m east of the centre: a red edge round white, not the
  // filled red of "increasing".
  const Pixel aw = projected({centre[0] + 60.0, centre[1]});
  EXPECT_LE(colour_distance(png_->at(aw), {255, 255, 255}), 3);
  EXPECT_DOUBLE_EQ(picture_->trend_from, 100.0);
  EXPECT_DOUBLE_EQ(picture_->trend_to, 2000.0);
  // The period of the trends, in the subtitle.
  EXPECT_TRUE(std::any_of(texts.begin(), texts.end(), [](const PictureText& t) {
    return t.text.find("trends 100 d\u20132000 d (5.48 yr)") != std::string::npos;
  }));
}

// The field under the symbols is faint: each channel keeps 35 % of its distance from white on the
// plain plan map of the same time (the grid's centre, inside the landfill, away from every symbol).
TEST_F(TrendMap, TheFieldIsFaint) {
  results::ResultReader reader(dir_->file("result.h5"));
  const PlanMapPicture plain = render_plan_map(reader, PlanMapOptions{}, dir_->file("plain.png"));
  test::PngPixels plain_png(dir_->file("plain.png"));
  for (double r : {10.0, 20.0}) {
    const auto w = test::around_centre(r, 200.0);
    const Colour full = plain_png.at(plain.frame.to_pixel(w[0], w[1]));
    const Colour faint = png_->at(picture_->map.frame.to_pixel(w[0], w[1]));
    ASSERT_GT(colour_distance(full, {255, 255, 255}), 100) << "the plain map is coloured there";
    EXPECT_NEAR(faint.r, 255 - 0.35 * (255 - full.r), 3);
    EXPECT_NEAR(faint.g, 255 - 0.35 * (255 - full.g), 3);
    EXPECT_NEAR(faint.b, 255 - 0.35 * (255 - full.b), 3);
  }
}

// A result written before trends existed is refused with its name and the reason.
TEST_F(TrendMap, ResultWithoutTrends) {
  test::TempDir dir("gwp-trend-map-old");
  test::write_mna_result(dir.file("result.h5"), false);
  results::ResultReader reader(dir.file("result.h5"));
  try {
    render_trend_map(reader, TrendMapOptions{}, dir.file("trends.png"));
    FAIL() << "no error";
  } catch (const std::invalid_argument& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find(dir.file("result.h5")), std::string::npos) << what;
    EXPECT_NE(what.find("written before trends existed"), std::string::npos) << what;
  }
  EXPECT_FALSE(std::filesystem::exists(dir.file("trends.png")));
}

TEST_F(TrendMap, Chinese) {
  results::ResultReader reader(dir_->file("result.h5"));
  TrendMapOptions o;
  o.map.language = Language::zh;
  const TrendMapPicture p = render_trend_map(reader, o, dir_->file("trends-zh.png"));
  EXPECT_TRUE(p.map.warnings.empty());
  for (const char* words : {"上升", "可能上升", "无趋势", "稳定", "可能下降", "下降", "数据不足"})
    EXPECT_TRUE(drawn(p.map.texts, words)) << words;
  EXPECT_TRUE(drawn(p.map.texts, "MW-up  +0.5 mg/L/年"));
}

}  // namespace
}  // namespace gwp::render
