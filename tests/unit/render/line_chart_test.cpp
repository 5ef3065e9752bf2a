// Line charts: lines and limits land on the rows and columns their values map to.
#include "postprocess/render/line_chart.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "png_pixels.hpp"
#include "postprocess/render/breakthrough.hpp"
#include "render_fixture.hpp"

namespace gwp::post {
namespace {

using test::Colour;
using test::colour_distance;

const Colour kBlackDash{13, 13, 13};   // the first unmatched dashed series
const Colour kFirstSolid{27, 158, 119};  // ColourBrewer Dark2, first colour

// Mean row of the pixels near `ink` in column x between rows y0 and y1; NaN when none.
double ink_row(const test::PngPixels& png, int x, int y0, int y1, const Colour& ink) {
  double sum = 0;
  int hits = 0;
  for (int y = y0; y <= y1; ++y)
    if (colour_distance(png.at(x, y), ink) <= 40) sum += y, ++hits;
  return hits ? sum / hits : std::nan("");
}

double row_of(const ChartLayout& l, double y) {
  const double f = l.log_y ? (std::log10(y) - std::log10(l.y_min)) / (std::log10(l.y_max) - std::log10(l.y_min))
                           : (y - l.y_min) / (l.y_max - l.y_min);
  return l.bottom + f * (l.top - l.bottom);
}

// The limit at 35 and a straight line y = x: both must sit on the rows the axes map them to,
// within 2 pixels (a line 2.5 to 3.5 px wide, anti-aliased at its edges).
void check_rows(bool log_y) {
  test::TempDir dir("gwp-chart");
  LineChart chart;
  chart.title = "rows";
  chart.x_label = "time (d)";
  chart.y_label = "c (mg/L)";
  chart.log_y = log_y;
  chart.width = 1000;  // smaller than a report's, the mapping is the same and it draws faster
  chart.height = 700;
  ChartSeries line{"c at MW-1", {}, {}, false};
  for (double x = 1.0; x <= 100.0; x += 1.0) line.x.push_back(x), line.y.push_back(x);
  chart.series = {line, {"limit", {0.0, 100.0}, {35.0, 35.0}, true}};
  const ChartLayout l = render_line_chart_layout(chart, dir.file("chart.png"));
  // Round axes around the data: x and y from 0 to 100 (linear), y from 1 to 100 (log).
  EXPECT_DOUBLE_EQ(l.x_max, 100.0);
  EXPECT_DOUBLE_EQ(l.y_min, log_y ? 1.0 : 0.0);
  EXPECT_DOUBLE_EQ(l.y_max, 100.0);
  test::PngPixels png(dir.file("chart.png"));
  // The dashed limit: look in several columns, since some fall in a gap.
  int found = 0;
  for (int x = int(l.left) + 20; x < int(l.right) - 20; x += 7) {
    const double row = ink_row(png, x, int(l.bottom) + 2, int(l.top) - 2, kBlackDash);
    if (std::isnan(row)) continue;
    ++found;
    EXPECT_NEAR(row, row_of(l, 35.0), 2.0) << "column " << x;
  }
  EXPECT_GT(found, 10);
  // The solid line at x = 60 m: its row is that of y = 60.
  const double column = l.left + 0.6 * (l.right - l.left);
  EXPECT_NEAR(ink_row(png, int(column), int(l.bottom) + 2, int(l.top) - 2, kFirstSolid), row_of(l, 60.0), 2.5);
}

TEST(LineChart, LinesSitOnTheRowsOfTheirValues) {
  if (!test::has_display()) GTEST_SKIP() << "no X server (run under xvfb-run -a)";
  check_rows(false);
}

TEST(LineChart, LogAxisMapsDecades) {
  if (!test::has_display()) GTEST_SKIP() << "no X server (run under xvfb-run -a)";
  check_rows(true);
}

TEST(LineChart, SeriesOfUnequalLengthsIsRefused) {
  LineChart chart;
  chart.series = {{"bad", {1, 2, 3}, {1, 2}, false}};
  EXPECT_THROW(render_line_chart(chart, "/tmp/never.png"), std::invalid_argument);
}

TEST(Breakthrough, ChartHoldsTheStoredSeriesInYearsAndTheLimits) {
  test::TempDir dir("gwp-breakthrough");
  test::write_render_result(dir.file("result.h5"), true);
  ResultReader reader(dir.file("result.h5"));
  EXPECT_EQ(monitoring_points(reader), std::vector<std::string>{"MW-1"});
  const LineChart chart = breakthrough_chart(reader, BreakthroughOptions{});
  ASSERT_EQ(chart.series.size(), 3u);  // the series, class IV, class III
  const ChartSeries& s = chart.series[0];
  EXPECT_EQ(s.label, "ammonia_n at MW-1");
  EXPECT_EQ(chart.x_label, "time (years)");  // the series runs to 2000 d, past 1000 d
  ASSERT_EQ(s.x.size(), 101u);
  for (std::size_t n = 0; n < s.x.size(); ++n) {
    const double t = 20.0 * double(n);
    EXPECT_NEAR(s.x[n], t / 365.25, 1e-12);
    EXPECT_NEAR(s.y[n], test::series_c(t), 1e-12);
  }
  EXPECT_TRUE(chart.series[1].dashed);
  EXPECT_DOUBLE_EQ(chart.series[1].y[0], test::kClassIV);
  EXPECT_DOUBLE_EQ(chart.series[2].y[0], test::kClassIII);
  // As multiples of the limit: the series divided by 1.5 and one line at 1.
  BreakthroughOptions relative;
  relative.relative_to_limit = true;
  const LineChart r = breakthrough_chart(reader, relative);
  ASSERT_EQ(r.series.size(), 2u);
  EXPECT_NEAR(r.series[0].y[50], test::series_c(1000.0) / test::kClassIV, 1e-12);
  EXPECT_DOUBLE_EQ(r.series[1].y[0], 1.0);
}

TEST(Breakthrough, UnknownPointIsNamedWithTheOnesThereAre) {
  test::TempDir dir("gwp-breakthrough-bad");
  test::write_render_result(dir.file("result.h5"), true);
  ResultReader reader(dir.file("result.h5"));
  try {
    read_monitoring_series(reader, "MW-9", "ammonia_n");
    FAIL() << "no error for an unknown point";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("MW-1"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace gwp::post
