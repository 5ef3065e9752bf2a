// The vertical section: which columns a line cuts (pure geometry), the scales chosen, and the
// picture of the fixture's plume with the abandoned well's bore on it.
#include "postprocess/render/section_view.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "png_pixels.hpp"
#include "postprocess/render/colour_map.hpp"
#include "postprocess/render/section_geometry.hpp"
#include "postprocess/render/section_scale.hpp"
#include "render_fixture.hpp"

namespace gwp::render {
namespace {

using test::Colour;
using test::colour_distance;

TEST(SectionPieces, LineAcrossARotatedGridIsCutIntoContiguousPieces) {
  const Grid g = test::render_grid();
  // A line through the centre at 10 degrees from east, wholly inside the 400 m square (its
  // inscribed circle has radius 200 m).
  const auto a = test::around_centre(150.0, 190.0), b = test::around_centre(150.0, 10.0);
  const auto pieces = render::section_pieces(g, {a[0], a[1]}, {b[0], b[1]});
  ASSERT_FALSE(pieces.empty());
  EXPECT_NEAR(pieces.front().s0, 0.0, 1e-9);
  EXPECT_NEAR(pieces.back().s1, 300.0, 1e-9);
  for (std::size_t p = 0; p + 1 < pieces.size(); ++p) EXPECT_NEAR(pieces[p].s1, pieces[p + 1].s0, 1e-9);
  // Each piece lies in its column: its middle point locates to that column.
  for (const auto& p : pieces) {
    const double s = 0.5 * (p.s0 + p.s1) / 300.0;
    const auto cell = g.locate(a[0] + s * (b[0] - a[0]), a[1] + s * (b[1] - a[1]));
    ASSERT_TRUE(cell.has_value());
    EXPECT_EQ((*cell)[0], p.i);
    EXPECT_EQ((*cell)[1], p.j);
  }
}

TEST(SectionPieces, LineAlongAColumnOfTheGridCrossesEveryRow) {
  Grid g = test::render_grid();
  g.rotation_deg = 0.0;  // local = world - origin
  // North to south through the middle of column 5 (local x = 55 m), from outside to outside.
  const auto pieces = render::section_pieces(g, {1055.0, 2450.0}, {1055.0, 1950.0});
  ASSERT_EQ(pieces.size(), 40u);
  for (std::size_t p = 0; p < pieces.size(); ++p) {
    EXPECT_EQ(pieces[p].j, 5);
    EXPECT_EQ(pieces[p].i, int(p));  // row 0 is the north edge
    EXPECT_NEAR(pieces[p].s0, 50.0 + 10.0 * double(p), 1e-9);
  }
}

TEST(SectionScale, ExaggerationIsTheLargestRoundValueThatFits) {
  render::SectionFit fit;
  fit.length = 1000.0;
  fit.left = 0.0;
  fit.right = 1000.0;  // 1 px per metre
  fit.above = fit.below = 100.0;
  for (double thickness : {3.0, 17.0, 50.0, 120.0, 400.0}) {
    fit.z_low = 0.0;
    fit.z_high = thickness;
    const render::SectionScale s = render::section_scale(fit);
    const double shown = s.area.y.max - s.area.y.min;  // m of elevation in the plot
    const double room = 0.45 * 1000.0;                 // a free height aims at half the width
    const double extent = thickness * 1.15;            // z from 0 (already round) to 15 % above the top
    const double ve = s.vertical_exaggeration;
    // Round: 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten; `next` is the round value above.
    const std::vector<double> ladder{1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10};
    const double power = std::pow(10.0, std::floor(std::log10(ve) + 1e-12));
    const auto at = std::find_if(ladder.begin(), ladder.end(), [&](double m) { return std::abs(ve / power - m) < 1e-9; });
    ASSERT_NE(at, ladder.end()) << ve << " is not round";
    const double next = *(at + 1) * power;
    if (extent <= room) {
      // Largest that fits at 1 px/m: this one fits, the next round value would not.
      EXPECT_DOUBLE_EQ(s.pixels_per_metre, 1.0);
      EXPECT_LE(extent * ve, room + 1e-6) << thickness;
      EXPECT_GT(extent * next, room) << thickness;
    } else {
      // Deeper than half the width: true scale, the section no taller than the plot is wide.
      EXPECT_DOUBLE_EQ(ve, 1.0);
      EXPECT_LE(extent * s.pixels_per_metre, 1000.0 + 1e-6);
    }
    EXPECT_NEAR(shown * ve * s.pixels_per_metre, s.area.box.height(), 1e-6);
    EXPECT_GE(s.area.y.max, thickness);
  }
}

TEST(Section, ShowsTheOpenBoreAndEachCellsOwnLayer) {
  if (!test::has_display()) GTEST_SKIP() << "no X server (run under xvfb-run -a)";
  test::TempDir dir("gwp-section");
  test::write_render_result(dir.file("result.h5"), true);
  results::ResultReader reader(dir.file("result.h5"));
  // West to east through the centre; the abandoned well stands 60 m east of it, at s = 210 m.
  const auto a = test::around_centre(150.0, 180.0), b = test::around_centre(150.0, 0.0);
  SectionOptions o;
  o.x0 = a[0], o.y0 = a[1], o.x1 = b[0], o.y1 = b[1];
  const SectionPicture p = render_section(reader, o, dir.file("section.png"));
  test::PngPixels png(dir.file("section.png"));
  ASSERT_EQ(png.height(), p.height);
  ASSERT_EQ(p.wells.size(), 1u);
  EXPECT_EQ(p.wells[0], "AW-1");
  const Colour bore{217, 26, 26};  // Rgb (0.85, 0.1, 0.1), the open bore
  // The bore from 48 to 22 m: red along its open interval, not a cell width beside it.
  for (double z : {25.0, 35.0, 45.0}) EXPECT_LE(colour_distance(png.at(section_pixel(p, 210.0, z)), bore), 30) << z;
  EXPECT_GT(colour_distance(png.at(section_pixel(p, 222.0, 35.0)), bore), 60);
  EXPECT_GT(colour_distance(png.at(section_pixel(p, 210.0, 15.0)), bore), 60);  // below the grid's bottom

  // Each cell at its own elevation: 30 m west of the centre, layer 1 (50-40 m) holds twice the
  // concentration of layer 2 (40-20 m), and the colours show it at 45 m and 30 m.
  const Grid g = test::render_grid();
  const auto w = test::around_centre(30.0, 180.0);
  const auto cell = g.locate(w[0], w[1]);
  ASSERT_TRUE(cell.has_value());
  const std::vector<double> c = test::plume_cells(g);
  const render::ColourMap map(render::Palette::plume, p.range.low, p.range.high, false);
  for (int k = 0; k < 2; ++k) {
    const render::Rgb want = map.colour(c[std::size_t(g.index(k, (*cell)[0], (*cell)[1]))]);
    const Colour got = png.at(section_pixel(p, 120.0, k == 0 ? 45.0 : 30.0));
    EXPECT_LE(colour_distance(got, {int(want.r * 255 + 0.5), int(want.g * 255 + 0.5), int(want.b * 255 + 0.5)}), 3) << k;
  }
  // The exaggeration is stated and round.
  EXPECT_GE(p.vertical_exaggeration, 1.0);
}

// West to east through the centre: the 60 m landfill square lies from s = 120 to 180 m, marked on
// the ground; A and A′ stand over the ends; layer 1 is dry where its cell's centre lies 100 m or
// more east of the centre.
TEST(Section, LandfillOnTheGroundEndsNamedDryCellsHatched) {
  if (!test::has_display()) GTEST_SKIP() << "no X server (run under xvfb-run -a)";
  test::TempDir dir("gwp-section-marks");
  test::write_render_result(dir.file("result.h5"), true, "", true);
  results::ResultReader reader(dir.file("result.h5"));
  const auto a = test::around_centre(150.0, 180.0), b = test::around_centre(150.0, 0.0);
  SectionOptions o;
  o.x0 = a[0], o.y0 = a[1], o.x1 = b[0], o.y1 = b[1];
  const SectionPicture p = render_section(reader, o, dir.file("section.png"));
  test::PngPixels png(dir.file("section.png"));
  ASSERT_EQ(p.areas.size(), 1u);
  EXPECT_EQ(p.areas[0].name, "cell 1");
  EXPECT_NEAR(p.areas[0].s0, 120.0, 1e-9);
  EXPECT_NEAR(p.areas[0].s1, 180.0, 1e-9);
  const Colour landfill{89, 56, 26};  // Rgb (0.35, 0.22, 0.1)
  const auto ground = section_pixel(p, 150.0, 50.0), beside = section_pixel(p, 100.0, 50.0);
  EXPECT_LE(colour_distance(png.at({ground[0], ground[1] + 5.0}), landfill), 3);
  EXPECT_GT(colour_distance(png.at({beside[0], beside[1] + 5.0}), landfill), 100);

  int ends = 0;
  for (const PictureText& t : p.texts) {
    if (t.text != "A" && t.text != "A\u2032") continue;
    const double s = t.text == "A" ? 0.0 : 300.0;
    EXPECT_NEAR(0.5 * (t.box.left + t.box.right), section_pixel(p, s, 50.0)[0], 1e-6) << t.text;
    EXPECT_GT(t.box.bottom, section_pixel(p, s, 50.0)[1]) << t.text;  // over the ground
    ++ends;
  }
  EXPECT_EQ(ends, 2);

  const Grid g = test::render_grid();
  const auto centre = test::render_centre();
  std::size_t dry = 0;
  for (const auto& piece : render::section_pieces(g, {a[0], a[1]}, {b[0], b[1]}))
    if (g.to_world(g.x_centre(piece.j), g.y_centre(piece.i))[0] - centre[0] >= 100.0) ++dry;  // layer 1 only
  EXPECT_GT(dry, 0u);
  EXPECT_EQ(p.dry_cells, dry);
  const Colour at = png.at(section_pixel(p, 295.0, 45.0));  // 145 m east, layer 1
  EXPECT_TRUE(std::abs(at.r - at.g) <= 3 && std::abs(at.g - at.b) <= 3) << at.r << "," << at.g << "," << at.b;
  bool legend = false;  // the label may be wrapped: its first words
  for (const PictureText& t : p.texts) legend = legend || t.text.rfind("dry cell", 0) == 0;
  EXPECT_TRUE(legend);
}

TEST(Section, LineMissingTheGridIsBadInput) {
  test::TempDir dir("gwp-section-miss");
  test::write_render_result(dir.file("result.h5"), false);
  results::ResultReader reader(dir.file("result.h5"));
  SectionOptions o;
  o.x0 = 0, o.y0 = 0, o.x1 = 100, o.y1 = 0;  // far south-west of the grid
  EXPECT_THROW(render_section(reader, o, dir.file("x.png")), std::invalid_argument);
}

}  // namespace
}  // namespace gwp::render
