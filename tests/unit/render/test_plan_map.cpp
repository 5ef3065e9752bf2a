// The plan map of a Gaussian plume on a rotated grid (render_fixture.hpp): colours where the
// plume is, white where it is not, and limit contours where the closed-form field crosses them.
#include "postprocess/render/plan_map.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "png_pixels.hpp"
#include "postprocess/render/colour_map.hpp"
#include "render_fixture.hpp"

namespace gwp::render {
namespace {

using test::Colour;
using test::colour_distance;

const Colour kWhite{255, 255, 255};
const Colour kClassIVInk{13, 13, 13};    // Rgb 0.05 of limit_lines.cpp
const Colour kClassIIIInk{26, 77, 204};  // Rgb (0.1, 0.3, 0.8)

// One map of the fixture without features (nothing drawn over the plume), shared by the tests.
class PlanMapPicture_ : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!test::has_display()) return;
    dir_ = new test::TempDir("gwp-plan-map");
    test::write_render_result(dir_->file("result.h5"), false);
    results::ResultReader reader(dir_->file("result.h5"));
    picture_ = new PlanMapPicture(render_plan_map(reader, PlanMapOptions{}, dir_->file("plan.png")));
    png_ = new test::PngPixels(dir_->file("plan.png"));
  }
  static void TearDownTestSuite() {
    delete png_;
    delete picture_;
    delete dir_;
  }
  void SetUp() override {
    if (!test::has_display()) GTEST_SKIP() << "no X server (run under xvfb-run -a)";
  }
  // Where the run of `ink` pixels along the ray at `degrees` from the centre lies: the mean
  // distance (m) of the pixels within 40 of `ink`, sampled every 0.1 m from r0 to r1; NaN if none.
  static double ink_radius(double degrees, double r0, double r1, const Colour& ink) {
    double sum = 0.0;
    int hits = 0;
    for (double r = r0; r <= r1; r += 0.1) {
      const auto w = test::around_centre(r, degrees);
      if (colour_distance(png_->at(picture_->frame.to_pixel(w[0], w[1])), ink) <= 40) sum += r, ++hits;
    }
    return hits ? sum / hits : std::nan("");
  }
  static test::TempDir* dir_;
  static PlanMapPicture* picture_;
  static test::PngPixels* png_;
};
test::TempDir* PlanMapPicture_::dir_ = nullptr;
PlanMapPicture* PlanMapPicture_::picture_ = nullptr;
test::PngPixels* PlanMapPicture_::png_ = nullptr;

TEST_F(PlanMapPicture_, PlanMap_DefaultsToLastTimeFirstSpeciesFullWidth) {
  EXPECT_EQ(picture_->species, "ammonia_n");
  EXPECT_DOUBLE_EQ(picture_->time, 2000.0);
  EXPECT_EQ(png_->width(), 1600);
  EXPECT_EQ(png_->height(), picture_->height);
  // The species by its label, the time in days and years (the result has no start date).
  EXPECT_EQ(picture_->title, "Gaussian plume \u2014 NH\u2083-N \u2014 2000 d (5.48 yr)");
  // Linear scale from 0 to the round value above the 10 mg/L peak.
  EXPECT_DOUBLE_EQ(picture_->range.low, 0.0);
  EXPECT_DOUBLE_EQ(picture_->range.high, 10.0);
}

TEST_F(PlanMapPicture_, PlanMap_PlumeColouredInsideAndWhiteWhereZero) {
  const Grid g = test::render_grid();
  const std::vector<double> c = test::plume_cells(g);
  const render::ColourMap map(render::Palette::plume, picture_->range.low, picture_->range.high, false);
  const auto centre = test::render_centre();
  int inside = 0, outside = 0;
  for (int i = 1; i + 1 < g.ny; ++i)
    for (int j = 1; j + 1 < g.nx; ++j) {
      const auto w = g.to_world(g.x_centre(j), g.y_centre(i));
      const double r = std::hypot(w[0] - centre[0], w[1] - centre[1]);
      const Colour got = png_->at(picture_->frame.to_pixel(w[0], w[1]));
      if (r < 95.0) {  // inside the class IV contour, away from its line
        const render::Rgb want = map.colour(c[std::size_t(g.index(0, i, j))]);
        // 3 of 255: the PNG stores 8 bits, and a cell centre is far from any blended edge.
        EXPECT_LE(colour_distance(got, {int(want.r * 255 + 0.5), int(want.g * 255 + 0.5), int(want.b * 255 + 0.5)}), 3)
            << "cell " << i << "," << j << " at r = " << r << " m";
        EXPECT_GT(colour_distance(got, kWhite), 20) << "plume cell drawn white at r = " << r;
        ++inside;
      } else if (r > 175.0) {  // every cell centre beyond 160 m holds zero
        EXPECT_LE(colour_distance(got, kWhite), 2) << "zero cell coloured at r = " << r << " m";
        ++outside;
      }
    }
  EXPECT_GT(inside, 200);
  EXPECT_GT(outside, 300);
}

// The class IV line must lie where 10 exp(-(r/80)^2) = 1.5, r = 110.2 m. Tolerance: 0.5 m for
// interpolating the Gaussian linearly between centres 10 m apart (h^2/8 |c''| / |c'| = 0.3 m at
// that radius) plus 1.5 pixels for drawing a 3.5 px wide line, in metres at the map's scale.
TEST_F(PlanMapPicture_, PlanMap_ClassIVContourAtTheAnalyticalRadius) {
  const double want = test::plume_radius_at(test::kClassIV);
  const double tolerance = 0.5 + 1.5 / picture_->frame.pixels_per_metre;
  for (double degrees = 0.0; degrees < 360.0; degrees += 15.0) {
    const double got = ink_radius(degrees, want - 15.0, want + 15.0, kClassIVInk);
    ASSERT_FALSE(std::isnan(got)) << "no class IV line along " << degrees << " degrees";
    EXPECT_NEAR(got, want, tolerance) << degrees << " degrees";
  }
}

// Class III, dashed: not every ray meets a dash, but every dash met lies at r = 138.5 m.
TEST_F(PlanMapPicture_, PlanMap_ClassIIIContourAtTheAnalyticalRadius) {
  const double want = test::plume_radius_at(test::kClassIII);
  const double tolerance = 0.5 + 1.5 / picture_->frame.pixels_per_metre;
  int met = 0;
  for (double degrees = 0.0; degrees < 360.0; degrees += 5.0) {
    const double got = ink_radius(degrees, want - 12.0, want + 12.0, kClassIIIInk);
    if (std::isnan(got)) continue;
    ++met;
    EXPECT_NEAR(got, want, tolerance) << degrees << " degrees";
  }
  // Dashes of 14 px and gaps of 8.4 px: about 60 % of the rays cross a dash.
  EXPECT_GE(met, 36);
}

TEST(PlanMap, RotatedGridIsDrawnRotated) {
  if (!test::has_display()) GTEST_SKIP() << "no X server (run under xvfb-run -a)";
  test::TempDir dir("gwp-plan-head");
  test::write_render_result(dir.file("result.h5"), false);
  results::ResultReader reader(dir.file("result.h5"));
  PlanMapOptions o;
  o.field = PlanField::head;
  o.flow_arrows = false;  // their white edges would cover the points looked at
  o.width = 900;  // smaller than a report's, the geometry is the same and it draws faster
  // A colour range below every head: all cells take its top colour, and no equipotential (so no
  // label) falls in the grid to cover the points looked at.
  o.range = ColourRange{20.0, 21.0};
  const PlanMapPicture p = render_plan_map(reader, o, dir.file("head.png"));
  test::PngPixels png(dir.file("head.png"));
  const Grid g = test::render_grid();
  // Heads colour every cell: points just inside the rotated square's corners are coloured,
  // and the corners of its bounding box (outside the square, rotated 30 degrees) are white.
  for (auto [x, y] : {std::array{8.0, 8.0}, std::array{392.0, 8.0}, std::array{392.0, 392.0}, std::array{8.0, 392.0}}) {
    const auto w = g.to_world(x, y);
    EXPECT_GT(colour_distance(png.at(p.frame.to_pixel(w[0], w[1])), Colour{255, 255, 255}), 20) << x << "," << y;
  }
  double x_min = 1e300, y_min = 1e300;
  for (auto [x, y] : {std::array{0.0, 0.0}, std::array{400.0, 0.0}, std::array{400.0, 400.0}, std::array{0.0, 400.0}}) {
    const auto w = g.to_world(x, y);
    x_min = std::min(x_min, w[0]), y_min = std::min(y_min, w[1]);
  }
  // 40 m in from the bounding box's south-west corner is still outside the square.
  EXPECT_LE(colour_distance(png.at(p.frame.to_pixel(x_min + 40.0, y_min + 40.0)), Colour{255, 255, 255}), 2);
}

TEST(PlanMap, UnknownSpeciesIsNamedWithTheOnesThereAre) {
  test::TempDir dir("gwp-plan-species");
  test::write_render_result(dir.file("result.h5"), false);
  results::ResultReader reader(dir.file("result.h5"));
  PlanMapOptions o;
  o.species = "nitrate";
  try {
    render_plan_map(reader, o, dir.file("x.png"));
    FAIL() << "no error for an unknown species";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("ammonia_n"), std::string::npos) << e.what();
  }
  o.species.clear();
  o.time = 500.0;  // not a stored time
  EXPECT_THROW(render_plan_map(reader, o, dir.file("x.png")), std::invalid_argument);
}

}  // namespace
}  // namespace gwp::render
