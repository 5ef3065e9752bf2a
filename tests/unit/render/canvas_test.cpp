// The drawing surface under every picture: shapes land on the pixels they were given, in the
// colours they were given.
#include "postprocess/render/canvas.hpp"

#include <gtest/gtest.h>

#include "../postprocess/result_fixture.hpp"
#include "png_pixels.hpp"
#include "solver/common/errors.hpp"

namespace gwp::post::render {
namespace {

using test::Colour;
using test::colour_distance;

TEST(Canvas, ShapesLandOnTheirPixels) {
  if (!test::has_display()) GTEST_SKIP() << "no X server (run under xvfb-run -a)";
  test::TempDir dir("gwp-canvas");
  Canvas canvas(200, 100);
  canvas.fill_polygon({{20, 20}, {80, 20}, {80, 60}, {20, 60}}, {1.0, 0.0, 0.0});
  canvas.polyline({{100, 50}, {190, 50}}, {0.0, 0.0, 1.0}, 6.0);
  canvas.marker({150, 85}, Marker::circle, 16, {0.0, 0.8, 0.0}, {0, 0, 0});
  canvas.save_png(dir.file("c.png"));
  test::PngPixels png(dir.file("c.png"));
  ASSERT_EQ(png.width(), 200);
  ASSERT_EQ(png.height(), 100);
  // Interior pixels, a few pixels away from any edge: anti-aliasing blends only edge pixels.
  EXPECT_LE(colour_distance(png.at(50, 40), Colour{255, 0, 0}), 2);
  EXPECT_LE(colour_distance(png.at(150, 50), Colour{0, 0, 255}), 2);
  EXPECT_LE(colour_distance(png.at(150, 85), Colour{0, 204, 0}), 2);
  // Outside every shape the background stays white; rows 54 and 46 lie 4 px from the 6 px line's
  // centre, one pixel beyond its half width.
  EXPECT_LE(colour_distance(png.at(150, 54), Colour{255, 255, 255}), 2);
  EXPECT_LE(colour_distance(png.at(150, 46), Colour{255, 255, 255}), 2);
  EXPECT_LE(colour_distance(png.at(10, 10), Colour{255, 255, 255}), 2);
}

TEST(Canvas, DashesAlternateAlongTheLine) {
  // 100 px line, dashes of 10 and gaps of 5: dashes start at 0, 15, 30 ... 90, seven in all,
  // the last cut short at the line's end (90..100).
  const auto pieces = dashed({{{0, 0}, {60, 0}, {60, 40}}}, 10.0, 5.0);
  ASSERT_EQ(pieces.size(), 7u);
  EXPECT_NEAR(pieces[0].front()[0], 0.0, 1e-12);
  EXPECT_NEAR(pieces[0].back()[0], 10.0, 1e-12);
  EXPECT_NEAR(pieces[1].front()[0], 15.0, 1e-12);
  // The fifth dash runs from 60 to 70 along the line: the vertical leg from (60, 0) to (60, 10).
  EXPECT_NEAR(pieces[4].front()[0], 60.0, 1e-12);
  EXPECT_NEAR(pieces[4].back()[1], 10.0, 1e-12);
  EXPECT_NEAR(pieces[6].back()[1], 40.0, 1e-12);
}

TEST(Canvas, MissingDirectoryIsAnIoError) {
  if (!test::has_display()) GTEST_SKIP() << "no X server (run under xvfb-run -a)";
  Canvas canvas(64, 64);
  EXPECT_THROW(canvas.save_png("/nonexistent-dir-gwp/x.png"), IoError);
}

}  // namespace
}  // namespace gwp::post::render
