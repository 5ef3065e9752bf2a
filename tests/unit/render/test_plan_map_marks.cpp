// What a plan map marks besides the field (render_fixture.hpp): the colour floor, axis titles
// with the coordinate system, a readable scale bar, the boundary cells, dry cells, flow arrows on
// head maps, and Chinese words.
#include <gtest/gtest.h>

#include <cmath>

#include "png_pixels.hpp"
#include "postprocess/render/colour_map.hpp"
#include "postprocess/render/map_decorations.hpp"
#include "postprocess/render/plan_map.hpp"
#include "postprocess/render/text_setter.hpp"
#include "render_fixture.hpp"

namespace gwp::render {
namespace {

using test::Colour;
using test::colour_distance;

const Colour kWhite{255, 255, 255};
const Colour kFixedHead{0, 51, 153};  // Rgb (0, 0.2, 0.6) of plan_features.cpp

Colour to_colour(const render::Rgb& c) {
  return {int(c.r * 255 + 0.5), int(c.g * 255 + 0.5), int(c.b * 255 + 0.5)};
}

const PictureText* find_text(const std::vector<PictureText>& texts, const std::string& text) {
  for (const PictureText& t : texts)
    if (t.text == text) return &t;
  return nullptr;
}

// Whether `phrase` was drawn, on one line or wrapped over consecutive lines (a legend label).
bool drawn(const std::vector<PictureText>& texts, const std::string& phrase) {
  for (std::size_t a = 0; a < texts.size(); ++a) {
    std::string joined;
    for (std::size_t b = a; b < texts.size() && joined.size() < phrase.size(); ++b) {
      const bool cjk = !joined.empty() && (unsigned char)texts[b].text[0] >= 0xE0;  // Chinese wraps without a space
      joined += (joined.empty() || cjk ? "" : " ") + texts[b].text;
      if (joined == phrase) return true;
    }
  }
  return false;
}

bool overlap(const PixelBox& a, const PixelBox& b) {
  return a.left < b.right && b.left < a.right && a.bottom < b.top && b.bottom < a.top;
}

// The grid's corners in pixels: their bounding box.
PixelBox grid_box(const MapFrame& frame) {
  const Grid g = test::render_grid();
  PixelBox b{1e300, 1e300, -1e300, -1e300};
  for (auto [x, y] : {std::array{0.0, 0.0}, std::array{400.0, 0.0}, std::array{400.0, 400.0}, std::array{0.0, 400.0}}) {
    const auto w = g.to_world(x, y);
    const auto p = frame.to_pixel(w[0], w[1]);
    b = {std::min(b.left, p[0]), std::min(b.bottom, p[1]), std::max(b.right, p[0]), std::max(b.top, p[1])};
  }
  return b;
}

class PlanMapMarks : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!test::has_display()) GTEST_SKIP() << "no X server (run under xvfb-run -a)";
  }
  test::TempDir dir_{"gwp-plan-marks"};
};

// A floor of 1 mg/L leaves white every cell at or below it: beyond r = 80 sqrt(ln 10) = 121.4 m.
TEST_F(PlanMapMarks, ConcentrationsAtOrBelowTheFloorStayWhite) {
  test::write_render_result(dir_.file("result.h5"), false);
  results::ResultReader reader(dir_.file("result.h5"));
  PlanMapOptions o;
  o.floor = 1.0;
  const PlanMapPicture p = render_plan_map(reader, o, dir_.file("plan.png"));
  EXPECT_DOUBLE_EQ(p.floor, 1.0);
  EXPECT_TRUE(drawn(p.texts, "below 1 mg/L not coloured"));
  test::PngPixels png(dir_.file("plan.png"));
  const Grid g = test::render_grid();
  const auto centre = test::render_centre();
  int white = 0, coloured = 0;
  for (int i = 0; i < g.ny; ++i)
    for (int j = 0; j < g.nx; ++j) {
      const auto w = g.to_world(g.x_centre(j), g.y_centre(i));
      const double r = std::hypot(w[0] - centre[0], w[1] - centre[1]);
      const Colour got = png.at(p.frame.to_pixel(w[0], w[1]));
      // Away from the dashed class III line at 138.5 m.
      if (r > 126.0 && r < 133.0) {
        EXPECT_LE(colour_distance(got, kWhite), 2) << "r = " << r;
        ++white;
      } else if (r < 115.0 && r > 40.0) {
        EXPECT_GT(colour_distance(got, kWhite), 20) << "r = " << r;
        ++coloured;
      }
    }
  EXPECT_GT(white, 10);
  EXPECT_GT(coloured, 100);
}

// Recharge carrying 0.1 mg/L leaves the whole aquifer at 0.1 mg/L: the floor rises to twice
// that background (the lower quartile of the columns, 0.1), 0.2 mg/L, so the clean aquifer
// stays white while the plume above it is coloured (c > 0.1 mg/L to the plume's edge at 160 m).
TEST_F(PlanMapMarks, BackgroundIsLeftWhite) {
  test::write_render_result(dir_.file("result.h5"), false, "", false, 0.1);
  results::ResultReader reader(dir_.file("result.h5"));
  const PlanMapPicture p = render_plan_map(reader, PlanMapOptions{}, dir_.file("plan.png"));
  EXPECT_DOUBLE_EQ(p.floor, 0.2);
  EXPECT_TRUE(drawn(p.texts, "below 0.2 mg/L not coloured"));
  test::PngPixels png(dir_.file("plan.png"));
  const Grid g = test::render_grid();
  const auto centre = test::render_centre();
  int white = 0;
  for (int i = 1; i + 1 < g.ny; ++i)
    for (int j = 1; j + 1 < g.nx; ++j) {
      const auto w = g.to_world(g.x_centre(j), g.y_centre(i));
      const double r = std::hypot(w[0] - centre[0], w[1] - centre[1]);
      const Colour got = png.at(p.frame.to_pixel(w[0], w[1]));
      if (r > 175.0) {  // the background only
        EXPECT_LE(colour_distance(got, kWhite), 2) << "r = " << r;
        ++white;
      } else if (r < 120.0) {
        EXPECT_GT(colour_distance(got, kWhite), 20) << "r = " << r;
      }
    }
  EXPECT_GT(white, 300);
}

TEST_F(PlanMapMarks, AxisTitlesAndAReadableScaleBar) {
  test::write_render_result(dir_.file("result.h5"), false);
  results::ResultReader reader(dir_.file("result.h5"));
  const PlanMapPicture p = render_plan_map(reader, PlanMapOptions{}, dir_.file("plan.png"));
  EXPECT_DOUBLE_EQ(p.floor, 0.05);  // a tenth of class III, 0.5 mg/L
  EXPECT_TRUE(drawn(p.texts, "below 0.05 mg/L not coloured"));
  const PixelBox grid = grid_box(p.frame);
  // The easting title under the map, centred on it; the northing title left of it.
  const PictureText* easting = find_text(p.texts, "Easting (m, EPSG:4547)");
  const PictureText* northing = find_text(p.texts, "Northing (m, EPSG:4547)");
  ASSERT_NE(easting, nullptr);
  ASSERT_NE(northing, nullptr);
  EXPECT_LT(easting->box.top, grid.bottom);
  EXPECT_NEAR(0.5 * (easting->box.left + easting->box.right), 0.5 * (grid.left + grid.right), 1.0);
  EXPECT_LT(northing->box.right, grid.left);
  EXPECT_NEAR(0.5 * (northing->box.bottom + northing->box.top), 0.5 * (grid.bottom + grid.top), 1.0);
  // No label of the frame runs into another.
  for (std::size_t a = 0; a < p.texts.size(); ++a)
    for (std::size_t b = a + 1; b < p.texts.size(); ++b)
      if (p.texts[a].box.top < grid.bottom && p.texts[b].box.top < grid.bottom)
        EXPECT_FALSE(overlap(p.texts[a].box, p.texts[b].box)) << p.texts[a].text << " / " << p.texts[b].text;

  // The scale bar under the easting title: "0" over its left end and the length's number over its
  // right end, length * pixels per metre apart; labels at the body font (25 px at 1600 px wide).
  const PictureText* zero = find_text(p.texts, "0");
  ASSERT_NE(zero, nullptr);
  const PictureText* end = nullptr;
  for (const PictureText& t : p.texts)
    if (t.text.size() > 2 && t.text.substr(t.text.size() - 2) == " m" && t.box.top < easting->box.bottom) end = &t;
  ASSERT_NE(end, nullptr);
  EXPECT_LT(zero->box.top, easting->box.bottom);
  const double length = std::stod(end->text);
  const double font = 25.0;
  render::TextStyle style;
  style.size = font;
  const render::TextSetter setter;
  const double number = setter.size(end->text.substr(0, end->text.size() - 2), style)[0];
  const double left = 0.5 * (zero->box.left + zero->box.right), right = end->box.left + 0.5 * number;
  EXPECT_NEAR(right - left, length * p.frame.pixels_per_metre, 1.0);
  EXPECT_GE(zero->box.top - zero->box.bottom, 20.0);
  // Black first quarter, white second, in the bar's middle row (half a font under the labels).
  test::PngPixels png(dir_.file("plan.png"));
  const double row = zero->box.bottom - 0.25 * font - 0.25 * font;
  const double quarter = 0.25 * length * p.frame.pixels_per_metre;
  EXPECT_LE(colour_distance(png.at({left + 0.5 * quarter, row}), Colour{26, 26, 26}), 10);
  EXPECT_LE(colour_distance(png.at({left + 1.5 * quarter, row}), kWhite), 10);
}

// The fixed-head boundary on the west column is hatched in its colour along every row, and no
// other column is.
TEST_F(PlanMapMarks, BoundaryCellsAreHatchedInTheBoundarysColour) {
  test::write_render_result(dir_.file("result.h5"), true);
  results::ResultReader reader(dir_.file("result.h5"));
  const PlanMapPicture p = render_plan_map(reader, PlanMapOptions{}, dir_.file("plan.png"));
  EXPECT_TRUE(drawn(p.texts, "fixed-head boundary"));
  test::PngPixels png(dir_.file("plan.png"));
  const Grid g = test::render_grid();
  // Pixels of the boundary's ink in column j of row i, sampled every 0.5 m inside the cell.
  auto ink = [&](int i, int j) {
    int n = 0;
    for (double dx = 1.0; dx < 9.5; dx += 0.5)
      for (double dy = 1.0; dy < 9.5; dy += 0.5) {
        const auto w = g.to_world(g.dx[0] * j + dx, g.length_y() - g.dy[0] * (i + 1) + dy);
        if (colour_distance(png.at(p.frame.to_pixel(w[0], w[1])), kFixedHead) <= 40) ++n;
      }
    return n;
  };
  for (int i = 2; i < g.ny - 2; ++i) {
    EXPECT_GT(ink(i, 0), 0) << "row " << i;
    EXPECT_EQ(ink(i, 3), 0) << "row " << i;
  }
}

// Layer 1 is dry from 100 m east of the centre on: those cells are hatched grey, not coloured.
// Drawn together with layer 2 (as a case layer of two sublayers), such a column shows layer 2's
// concentration, half of layer 1's: the dry cell holds no water.
TEST_F(PlanMapMarks, DryCellsAreHatchedNotColoured) {
  test::write_render_result(dir_.file("result.h5"), false, "", true);
  results::ResultReader reader(dir_.file("result.h5"));
  PlanMapOptions o;
  o.layer = 1;
  const PlanMapPicture one = render_plan_map(reader, o, dir_.file("layer1.png"));
  EXPECT_TRUE(drawn(one.texts, "dry cell (head below its bottom)"));
  o.layer_count = 2;
  const PlanMapPicture both = render_plan_map(reader, o, dir_.file("both.png"));
  test::PngPixels png1(dir_.file("layer1.png")), png2(dir_.file("both.png"));
  const Grid g = test::render_grid();
  const std::vector<double> c = test::plume_cells(g);
  const auto centre = test::render_centre();
  const render::ColourMap map(render::Palette::plume, both.range.low, both.range.high, false);
  int dry = 0, wet = 0;
  for (int i = 0; i < g.ny; ++i)
    for (int j = 0; j < g.nx; ++j) {
      const auto w = g.to_world(g.x_centre(j), g.y_centre(i));
      const double r = std::hypot(w[0] - centre[0], w[1] - centre[1]), east = w[0] - centre[0];
      const Colour got = png1.at(one.frame.to_pixel(w[0], w[1]));
      const bool grey = std::abs(got.r - got.g) <= 3 && std::abs(got.g - got.b) <= 3;
      // Dry cells where layer 1 would be coloured (c > 0.05 mg/L to r = 160 m); the limit lines
      // stop at the last wet column.
      if (east > 105.0 && r < 150.0) {
        EXPECT_TRUE(grey) << "dry cell coloured at " << east << " m east";
        ++dry;
      } else if (east < 95.0 && r < 95.0 && r > 20.0) {
        EXPECT_FALSE(grey) << "wet cell grey at " << east << " m east";
        ++wet;
      }
      // With layer 2: its colour, away from the lines (layer 2's class III radius is 121.4 m, and
      // class IV runs between the last wet and the first dry column, east < 102 m).
      if (east > 108.0 && r < 118.0) {
        const Colour lower = png2.at(both.frame.to_pixel(w[0], w[1]));
        EXPECT_LE(colour_distance(lower, to_colour(map.colour(c[std::size_t(g.index(1, i, j))]))), 3) << east;
      }
    }
  EXPECT_GT(dry, 10);
  EXPECT_GT(wet, 100);
}

// The fixture's flux points away from the centre: every arrow points from the grid's centre
// towards the centre of the cell under it, all arrows one length, drawn dark.
TEST_F(PlanMapMarks, FlowArrowsPointAlongTheFluxOfTheirCell) {
  test::write_render_result(dir_.file("result.h5"), false);
  results::ResultReader reader(dir_.file("result.h5"));
  PlanMapOptions o;
  o.field = PlanField::head;
  o.layer = 2;
  const PlanMapPicture p = render_plan_map(reader, o, dir_.file("head.png"));
  ASSERT_GT(p.flow_arrows.size(), 20u);
  test::PngPixels png(dir_.file("head.png"));
  const Grid g = test::render_grid();
  const auto centre = test::render_centre();
  const double length = 2.0 * 25.0;  // two body fonts at 1600 px
  int dark = 0;
  for (const auto& a : p.flow_arrows) {
    const double dx = a.tip[0] - a.tail[0], dy = a.tip[1] - a.tail[1];
    EXPECT_NEAR(std::hypot(dx, dy), length, 1e-9);
    const auto mid = p.frame.to_world(0.5 * (a.tail[0] + a.tip[0]), 0.5 * (a.tail[1] + a.tip[1]));
    const auto cell = g.locate(mid[0], mid[1]);
    ASSERT_TRUE(cell.has_value()) << "an arrow outside the grid";
    const auto c = g.to_world(g.x_centre((*cell)[1]), g.y_centre((*cell)[0]));
    const double qx = c[0] - centre[0], qy = c[1] - centre[1], q = std::hypot(qx, qy);
    EXPECT_NEAR(dx / length, qx / q, 1e-9);
    EXPECT_NEAR(dy / length, qy / q, 1e-9);
    if (colour_distance(png.at({a.tail[0] + 0.3 * dx, a.tail[1] + 0.3 * dy}), Colour{20, 20, 20}) <= 40) ++dark;
  }
  EXPECT_GE(dark, int(0.9 * double(p.flow_arrows.size())));  // labels may cover a few
}

TEST_F(PlanMapMarks, ChineseWords) {
  test::write_render_result(dir_.file("result.h5"), true, "2005-01-01");
  results::ResultReader reader(dir_.file("result.h5"));
  PlanMapOptions o;
  o.language = Language::zh;
  o.width = 1000;
  const PlanMapPicture p = render_plan_map(reader, o, dir_.file("zh.png"));
  EXPECT_TRUE(p.warnings.empty());
  EXPECT_EQ(p.title, "Gaussian plume \u2014 氨氮 \u2014 2010-06-24");  // 2000 d after the start date
  for (const char* text : {"东坐标 (m, EPSG:4547)", "氨氮（mg/L）", "定水头边界", "填埋场", "低于 0.05 mg/L 不着色"})
    EXPECT_TRUE(drawn(p.texts, text)) << text;
}

}  // namespace
}  // namespace gwp::render
