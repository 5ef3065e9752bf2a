// The track of the centre of dissolved mass (mna_fixture.hpp: a straight line of 150 m towards
// 120 degrees, 100 d to 2000 d): dots where the centre was, the times beside them, the arrow the
// way it moves, and the legend's speed from plume_trend (none without it).
#include "postprocess/render/centre_track.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "mna_fixture.hpp"
#include "png_pixels.hpp"
#include "postprocess/render/language.hpp"

namespace gwp::render {
namespace {

using test::drawn;

using test::Colour;
using test::colour_distance;

const Colour kTrackInk{51, 26, 153};  // Rgb (0.2, 0.1, 0.6) of centre_track.cpp
constexpr double kPi = 3.14159265358979323846;

const PictureText* find_text(const std::vector<PictureText>& texts, const std::string& text) {
  for (const PictureText& t : texts)
    if (t.text == text) return &t;
  return nullptr;
}

class CentreTrack : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!test::has_display()) GTEST_SKIP() << "no X server (run under xvfb-run -a)";
  }
  test::TempDir dir_{"gwp-centre-track"};
};

TEST(CentreTrackLabels, FirstLastAndEvenlyBetween) {
  EXPECT_EQ(labelled_dots(3), (std::vector<std::size_t>{0, 1, 2}));
  EXPECT_EQ(labelled_dots(5), (std::vector<std::size_t>{0, 1, 2, 3, 4}));
  // 6 dots, 5 labels: k * 5 / 4 rounded = 0, 1.25, 2.5, 3.75, 5.
  EXPECT_EQ(labelled_dots(6), (std::vector<std::size_t>{0, 1, 3, 4, 5}));
  EXPECT_EQ(labelled_dots(41), (std::vector<std::size_t>{0, 10, 20, 30, 40}));
  EXPECT_TRUE(labelled_dots(0).empty());
}

TEST(CentreTrackLabels, CompassPoints) {
  EXPECT_EQ(compass_point(0.0), 0);
  EXPECT_EQ(compass_point(359.0), 0);
  EXPECT_EQ(compass_point(22.4), 0);
  EXPECT_EQ(compass_point(22.6), 1);
  EXPECT_EQ(compass_point(120.0), 3);  // south-east
  EXPECT_EQ(compass_point(180.0), 4);
  EXPECT_EQ(compass_point(-90.0), 6);  // west
}

// Every dot where the centre was projected, the centre's track in the track's ink; the picture
// as large as it says.
TEST_F(CentreTrack, DotsAtTheProjectedCentres) {
  test::write_mna_result(dir_.file("result.h5"));
  results::ResultReader reader(dir_.file("result.h5"));
  const CentreTrackPicture p = render_centre_track(reader, PlanMapOptions{}, dir_.file("track.png"));
  test::PngPixels png(dir_.file("track.png"));
  EXPECT_EQ(png.width(), 1600);
  EXPECT_EQ(png.width(), p.map.width);
  EXPECT_EQ(png.height(), p.map.height);
  // 50 d has no centre (no mass yet): six dots from 100 d.
  ASSERT_EQ(p.times.size(), 6u);
  EXPECT_DOUBLE_EQ(p.times.front(), 100.0);
  ASSERT_EQ(p.dots.size(), 6u);
  for (std::size_t k = 0; k < p.times.size(); ++k) {
    const auto c = test::track_centre(p.times[k]);
    const auto px = p.map.frame.to_pixel(c[0], c[1]);
    EXPECT_NEAR(p.dots[k][0], px[0], 1e-6);
    EXPECT_NEAR(p.dots[k][1], px[1], 1e-6);
    EXPECT_LE(colour_distance(png.at(px), kTrackInk), 3) << "dot at " << p.times[k] << " d";
  }
  // Halfway between the first two dots, the line.
  const auto mid = test::track_centre(0.5 * (p.times[0] + p.times[1]));
  EXPECT_LE(colour_distance(png.at(p.map.frame.to_pixel(mid[0], mid[1])), kTrackInk), 3);
  // The field drawn is the last time's, at full strength: the plume's core is not white.
  EXPECT_DOUBLE_EQ(p.map.time, 2000.0);
}

// The times of the first, the last and three dots between, beside their dots; the speed and
// direction of plume_trend in the legend (150 m in 1900 d = 28.8 m/yr, 120 degrees = SE).
TEST_F(CentreTrack, TimesArrowAndSpeed) {
  test::write_mna_result(dir_.file("result.h5"));
  results::ResultReader reader(dir_.file("result.h5"));
  const CentreTrackPicture p = render_centre_track(reader, PlanMapOptions{}, dir_.file("track.png"));
  EXPECT_EQ(p.labelled, (std::vector<std::size_t>{0, 1, 3, 4, 5}));
  for (std::size_t k = 0; k < p.times.size(); ++k) {
    const std::string when = picture_time(p.times[k], std::nullopt, Language::en);
    const PictureText* t = find_text(p.map.texts, when);
    if (k == 2) {
      EXPECT_EQ(t, nullptr) << when << " is not labelled";
      continue;
    }
    ASSERT_NE(t, nullptr) << when;
    // Beside its dot: the dot lies within a font of the label's box.
    const double f = 25.0;
    const double dx = std::max({t->box.left - p.dots[k][0], 0.0, p.dots[k][0] - t->box.right});
    const double dy = std::max({t->box.bottom - p.dots[k][1], 0.0, p.dots[k][1] - t->box.top});
    EXPECT_LT(std::hypot(dx, dy), f) << when;
  }
  EXPECT_NEAR(p.speed, 28.836, 0.001);
  EXPECT_DOUBLE_EQ(p.direction, test::kTrackHeading);
  EXPECT_TRUE(drawn(p.map.texts, "centre of dissolved mass, 100 d\u20132000 d (5.48 yr)"));
  EXPECT_TRUE(drawn(p.map.texts, "moves 28.8 m/yr, towards SE (120\u00b0)"));
  ASSERT_TRUE(p.arrow.has_value());
  const auto [tail, tip] = *p.arrow;
  EXPECT_NEAR(std::atan2(tip[0] - tail[0], tip[1] - tail[1]) * 180.0 / kPi, 120.0, 1e-9);
  // The arrow's shaft, in the track's ink, beyond the last dot.
  test::PngPixels png(dir_.file("track.png"));
  const Pixel shaft{tail[0] + 0.4 * (tip[0] - tail[0]), tail[1] + 0.4 * (tip[1] - tail[1])};
  EXPECT_LE(colour_distance(png.at(shaft), kTrackInk), 3);
}

// Trends measured from 860 d ([metrics] trend_from): the legend says the speed is from then.
TEST_F(CentreTrack, SpeedFromTrendFrom) {
  test::write_mna_result(dir_.file("result.h5"), true, "", 860.0);
  results::ResultReader reader(dir_.file("result.h5"));
  const CentreTrackPicture p = render_centre_track(reader, PlanMapOptions{}, dir_.file("track.png"));
  EXPECT_TRUE(drawn(p.map.texts, "moves 28.8 m/yr from 860 d (2.35 yr), towards SE (120\u00b0)"));
}

// A result written before plume_trend existed: no speed in the legend, the arrow along the track's
// own least-squares direction (exactly 120 degrees for a straight track).
TEST_F(CentreTrack, OlderResultWithoutPlumeTrend) {
  test::write_mna_result(dir_.file("result.h5"), false);
  results::ResultReader reader(dir_.file("result.h5"));
  const CentreTrackPicture p = render_centre_track(reader, PlanMapOptions{}, dir_.file("track.png"));
  EXPECT_TRUE(std::isnan(p.speed));
  EXPECT_NEAR(p.direction, 120.0, 1e-6);
  EXPECT_TRUE(p.arrow.has_value());
  for (const PictureText& t : p.map.texts) EXPECT_EQ(t.text.find("m/yr"), std::string::npos) << t.text;
  EXPECT_TRUE(drawn(p.map.texts, "centre of dissolved mass, 100 d\u20132000 d (5.48 yr)"));
}

// With a start date the times are dates; in Chinese the legend's words are Chinese, with no
// character missing from the fonts.
TEST_F(CentreTrack, DatesAndChinese) {
  test::write_mna_result(dir_.file("result.h5"), true, "2005-01-01");
  results::ResultReader reader(dir_.file("result.h5"));
  PlanMapOptions o;
  o.language = Language::zh;
  const CentreTrackPicture p = render_centre_track(reader, o, dir_.file("track.png"));
  EXPECT_TRUE(p.map.warnings.empty());
  // 100 d after 2005-01-01 is 2005-04-11; 2000 d is 2010-06-24.
  EXPECT_NE(find_text(p.map.texts, "2005-04-11"), nullptr);
  EXPECT_NE(find_text(p.map.texts, "2010-06-24"), nullptr);
  EXPECT_TRUE(drawn(p.map.texts, "溶解质量中心，2005-04-11\u20132010-06-24"));
  EXPECT_TRUE(drawn(p.map.texts, "移动速度 28.8 m/年，方向 东南 (120\u00b0)"));
}

TEST_F(CentreTrack, HeadsAreRefused) {
  test::write_mna_result(dir_.file("result.h5"));
  results::ResultReader reader(dir_.file("result.h5"));
  PlanMapOptions o;
  o.field = PlanField::head;
  EXPECT_THROW(render_centre_track(reader, o, dir_.file("track.png")), std::invalid_argument);
}

}  // namespace
}  // namespace gwp::render
