// Round numbers of the pictures: scale bars, ticks, contours on a grid.
#include <gtest/gtest.h>

#include <cmath>

#include "postprocess/render/contours.hpp"
#include "postprocess/render/map_decorations.hpp"
#include "postprocess/render/nice_numbers.hpp"
#include "render_fixture.hpp"

namespace gwp::render {
namespace {

TEST(NiceNumbers, RoundDownToOneTwoFive) {
  EXPECT_DOUBLE_EQ(round_down_125(730.0), 500.0);
  EXPECT_DOUBLE_EQ(round_down_125(1999.0), 1000.0);
  EXPECT_DOUBLE_EQ(round_down_125(0.03), 0.02);
  EXPECT_DOUBLE_EQ(round_down_125(200.0), 200.0);
  EXPECT_THROW(round_down_125(0.0), std::invalid_argument);
}

TEST(NiceNumbers, TicksAreRoundAndInside) {
  const std::vector<double> t = nice_ticks(38.2, 46.1, 8);
  // Span 7.9 over about 8 intervals: step 1, ticks 39 ... 46.
  ASSERT_EQ(t.size(), 8u);
  EXPECT_DOUBLE_EQ(t.front(), 39.0);
  EXPECT_DOUBLE_EQ(t.back(), 46.0);
  const std::vector<double> l = log_ticks(1e-3, 10.0);
  ASSERT_EQ(l.size(), 5u);  // four decades: powers of ten only
  EXPECT_DOUBLE_EQ(l.front(), 1e-3);
  EXPECT_DOUBLE_EQ(l.back(), 10.0);
  EXPECT_EQ(nice_range(0.3, 9.2, 5), (std::vector<double>{0.0, 10.0}));
}

TEST(FormatNumber, SignificantDigitsWithoutTrailingZeros) {
  EXPECT_EQ(format_number(1500.0), "1500");
  EXPECT_EQ(format_number(0.0015), "0.0015");
  EXPECT_EQ(format_number(1.25e-7), "1.25e-07");
}

TEST(ScaleBar, RoundLengthNoLongerThanAllowed) {
  MapFrame f;
  f.pixels_per_metre = 0.37;  // 400 px hold 1081 m: the bar shows 1 km
  EXPECT_DOUBLE_EQ(scale_bar_length(f, 400.0), 1000.0);
  f.pixels_per_metre = 2.0;   // 400 px hold 200 m
  EXPECT_DOUBLE_EQ(scale_bar_length(f, 400.0), 200.0);
}

// Contours of the fixture's Gaussian on its rotated grid lie on the circle where it equals the
// level. Tolerance 0.5 m: linear interpolation between centres 10 m apart misplaces the level by
// h^2/8 |c''| / |c'|, about 0.3 m at the class IV radius and 0.25 m at class III.
TEST(Contours, GaussianOnARotatedGridGivesCircles) {
  const Grid g = test::render_grid();
  const std::vector<double> cells = test::plume_cells(g);
  const std::vector<double> layer1(cells.begin(), cells.begin() + 1600);
  const auto centre = test::render_centre();
  for (double level : {test::kClassIII, test::kClassIV}) {
    const auto lines = contour_lines(g, layer1, level);
    ASSERT_EQ(lines.size(), 1u) << "one closed line expected at " << level;
    EXPECT_GT(lines[0].size(), 40u);
    const double want = test::plume_radius_at(level);
    for (const auto& p : lines[0]) EXPECT_NEAR(std::hypot(p[0] - centre[0], p[1] - centre[1]), want, 0.5);
  }
}

TEST(Contours, HolesInTheGridBreakTheLines) {
  const Grid g = test::render_grid();
  const std::vector<double> cells = test::plume_cells(g);
  std::vector<double> layer1(cells.begin(), cells.begin() + 1600);
  for (int i = 0; i < g.ny; ++i) layer1[std::size_t(i * g.nx + 20)] = std::nan("");  // a column of inactive cells
  for (const auto& line : contour_lines(g, layer1, test::kClassIV))
    for (const auto& p : line) {
      const auto local = g.to_local(p[0], p[1]);
      // No point between the centres of columns 19 and 21 (x = 195 to 215 m).
      EXPECT_TRUE(local[0] <= 195.0 + 1e-9 || local[0] >= 215.0 - 1e-9) << local[0] << ", " << local[1];
    }
}

}  // namespace
}  // namespace gwp::render
