// Line charts: lines and limits land on the rows and columns their values map to.
#include "postprocess/render/line_chart.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "png_pixels.hpp"
#include "postprocess/render/breakthrough.hpp"
#include "render_fixture.hpp"

namespace gwp::render {
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

double row_of(const PlotLayout& l, double y) {
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

// Observed samples as markers beside their line: a filled marker in the line's colour at the pixel
// its value maps to, a hollow one (below detection) white at its centre with the colour round it.
TEST(LineChart, MarkersSitOnTheirValuesInTheirLinesColour) {
  if (!test::has_display()) GTEST_SKIP() << "no X server (run under xvfb-run -a)";
  test::TempDir dir("gwp-chart-markers");
  LineChart chart;
  chart.width = 1000;
  chart.height = 700;
  ChartSeries line{"MW-1", {0.0, 100.0}, {0.0, 0.0}, false};  // along the x axis, out of the way
  ChartSeries seen{"MW-1 observed", {25.0}, {60.0}, false};
  seen.marker = Marker::circle;
  ChartSeries below{"MW-1 below detection", {75.0}, {40.0}, false};
  below.marker = Marker::circle;
  below.hollow = true;
  ChartSeries top{"", {100.0}, {100.0}, false};  // fixes the y axis at 0..100
  chart.series = {line, seen, below, top};
  const ChartLayout l = render_line_chart_layout(chart, dir.file("chart.png"));
  ASSERT_DOUBLE_EQ(l.y_max, 100.0);
  ASSERT_DOUBLE_EQ(l.x_max, 100.0);
  test::PngPixels png(dir.file("chart.png"));
  const auto pixel = [&](double x, double y) {
    return std::array<double, 2>{l.left + x / 100.0 * (l.right - l.left), row_of(l, y)};
  };
  EXPECT_LE(colour_distance(png.at(pixel(25.0, 60.0)), kFirstSolid), 40);
  EXPECT_LE(colour_distance(png.at(pixel(75.0, 40.0)), Colour{255, 255, 255}), 10);
  // The hollow marker's edge: coloured ink within a marker's size (0.6 of the font, >= 12 px) of its centre.
  const auto c = pixel(75.0, 40.0);
  int ink = 0;
  for (int dx = -12; dx <= 12; ++dx)
    for (int dy = -12; dy <= 12; ++dy)
      ink += colour_distance(png.at(int(c[0]) + dx, int(c[1]) + dy), kFirstSolid) <= 60 ? 1 : 0;
  EXPECT_GT(ink, 10);
}

TEST(LineChart, SeriesOfUnequalLengthsIsRefused) {
  LineChart chart;
  chart.series = {{"bad", {1, 2, 3}, {1, 2}, false}};
  EXPECT_THROW(render_line_chart(chart, "/tmp/never.png"), std::invalid_argument);
}

TEST(Breakthrough, ChartHoldsTheStoredSeriesInYearsAndTheLimits) {
  test::TempDir dir("gwp-breakthrough");
  test::write_render_result(dir.file("result.h5"), true);
  results::ResultReader reader(dir.file("result.h5"));
  EXPECT_EQ(monitoring_points(reader), std::vector<std::string>{"MW-1"});
  BreakthroughOptions ammonia;
  ammonia.species = {"ammonia_n"};
  const LineChart chart = breakthrough_chart(reader, ammonia);
  ASSERT_EQ(chart.series.size(), 3u);  // the series, class IV, class III
  EXPECT_TRUE(chart.panels.empty());
  const ChartSeries& s = chart.series[0];
  EXPECT_EQ(s.label, "NH\u2083-N at MW-1");  // the species by its label
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
  BreakthroughOptions relative = ammonia;
  relative.relative_to_limit = true;
  const LineChart r = breakthrough_chart(reader, relative);
  ASSERT_EQ(r.series.size(), 2u);
  EXPECT_NEAR(r.series[0].y[50], test::series_c(1000.0) / test::kClassIV, 1e-12);
  EXPECT_DOUBLE_EQ(r.series[1].y[0], 1.0);
}

// Ammonia (limit 1.5 mg/L) and chloride (350 mg/L) lie more than ten times apart: each gets its own
// panel, its own y range, and its line sits on the rows of its own values there.
TEST(Breakthrough, SpeciesFarApartGetPanelsOfTheirOwn) {
  if (!test::has_display()) GTEST_SKIP() << "no X server (run under xvfb-run -a)";
  test::TempDir dir("gwp-breakthrough-panels");
  test::write_render_result(dir.file("result.h5"), true);
  results::ResultReader reader(dir.file("result.h5"));
  BreakthroughOptions o;
  o.width = 1000;
  o.height = 700;
  const LineChart chart = breakthrough_chart(reader, o);
  ASSERT_EQ(chart.panels.size(), 2u);
  EXPECT_EQ(chart.panels[0].title, "NH\u2083-N");
  EXPECT_EQ(chart.panels[1].title, "Cl\u207b");
  const ChartLayout l = render_breakthrough(reader, o, dir.file("bt.png"));
  ASSERT_EQ(l.panels.size(), 2u);
  // Stacked top down, each at least 240 px tall, the picture grown to hold them.
  EXPECT_LT(l.panels[1].top, l.panels[0].bottom);
  for (const PlotLayout& p : l.panels) EXPECT_GE(p.top - p.bottom, 240.0 - 1e-6);
  EXPECT_DOUBLE_EQ(l.panels[0].y_max, 3.0);    // ammonia rises to 2.95 mg/L: steps of 0.5 to 3
  EXPECT_DOUBLE_EQ(l.panels[1].y_max, 350.0);  // chloride to 295 mg/L, its class IV line at 350
  test::PngPixels png(dir.file("bt.png"));
  EXPECT_EQ(png.height(), l.height);
  const double t = 1000.0 / 365.25;  // years: the series run to 2000 d
  for (int p = 0; p < 2; ++p) {
    const PlotLayout& panel = l.panels[std::size_t(p)];
    const double c = (p == 0 ? 1.0 : test::kChlorideFactor) * test::series_c(1000.0);
    const int column = int(panel.left + (t - panel.x_min) / (panel.x_max - panel.x_min) * (panel.right - panel.left));
    // One point, one colour: MW-1 is the first colour in both panels.
    EXPECT_NEAR(ink_row(png, column, int(panel.bottom) + 2, int(panel.top) - 2, kFirstSolid), row_of(l.panels[std::size_t(p)], c),
                2.5)
        << "panel " << p;
  }
  // The panel titles stand over their panels.
  int titles = 0;
  for (const PictureText& text : l.texts)
    for (int p = 0; p < 2; ++p)
      if (text.text == chart.panels[std::size_t(p)].title) {
        EXPECT_GE(text.box.bottom, l.panels[std::size_t(p)].top);
        EXPECT_LE(text.box.bottom, l.panels[std::size_t(p)].top + 40.0);
        ++titles;
      }
  EXPECT_EQ(titles, 2);
}

// With a start date the time axis shows calendar years at 1 January of each, and the title wraps
// rather than running off the picture.
TEST(Breakthrough, DatesOnTheTimeAxisAndATitleThatFits) {
  if (!test::has_display()) GTEST_SKIP() << "no X server (run under xvfb-run -a)";
  test::TempDir dir("gwp-breakthrough-dates");
  test::write_render_result(dir.file("result.h5"), true, "2005-01-01");
  results::ResultReader reader(dir.file("result.h5"));
  BreakthroughOptions o;
  o.species = {"ammonia_n"};
  const LineChart chart = breakthrough_chart(reader, o);
  ASSERT_TRUE(chart.x_dates.has_value());
  EXPECT_EQ(chart.x_label, "date");
  EXPECT_DOUBLE_EQ(chart.series[0].x[50], 1000.0);  // days since the start date
  const ChartLayout l = render_breakthrough(reader, o, dir.file("bt.png"));
  // 2000 d from 2005-01-01 runs to 2010-06-24: a tick at 1 January of every year, 2005 to 2010.
  std::vector<std::string> years;
  for (const PictureText& t : l.texts)
    if (t.text.size() == 4 && t.text.rfind("20", 0) == 0) {
      years.push_back(t.text);
      const double x = l.left + (time_of({2005, 1, 1}, {std::stoi(t.text), 1, 1}) - l.x_min) / (l.x_max - l.x_min) *
                                    (l.right - l.left);
      EXPECT_NEAR(0.5 * (t.box.left + t.box.right), x, 1e-6) << t.text;  // centred on its tick
      EXPECT_LT(t.box.top, l.bottom);                                     // under the plot
    }
  EXPECT_EQ(years, (std::vector<std::string>{"2005", "2006", "2007", "2008", "2009", "2010"}));
  // A narrow chart: fewer year labels, none running into the next; a long title wraps.
  o.width = 800;
  o.title = "A deliberately long title of a breakthrough chart that cannot possibly fit on one line of 800 px";
  const ChartLayout narrow = render_breakthrough(reader, o, dir.file("narrow.png"));
  std::vector<PixelBox> labels;
  for (const PictureText& t : narrow.texts)
    if (t.text.size() == 4 && t.text.rfind("20", 0) == 0) labels.push_back(t.box);
  ASSERT_GE(labels.size(), 2u);
  for (std::size_t n = 0; n + 1 < labels.size(); ++n) EXPECT_LT(labels[n].right, labels[n + 1].left);
  int title_lines = 0;
  for (const PictureText& t : narrow.texts)
    if (o.title.find(t.text) != std::string::npos && t.text.size() > 10) {
      ++title_lines;
      EXPECT_GE(t.box.left, 0.0);
      EXPECT_LE(t.box.right, 800.0);
    }
  EXPECT_GE(title_lines, 2);
}

TEST(Breakthrough, ChineseLabels) {
  test::TempDir dir("gwp-breakthrough-zh");
  test::write_render_result(dir.file("result.h5"), true, "2005-01-01");
  results::ResultReader reader(dir.file("result.h5"));
  BreakthroughOptions o;
  o.language = Language::zh;
  const LineChart chart = breakthrough_chart(reader, o);
  ASSERT_EQ(chart.panels.size(), 2u);
  EXPECT_EQ(chart.panels[0].title, "氨氮");
  EXPECT_EQ(chart.panels[1].title, "氯化物");
  EXPECT_EQ(chart.x_label, "日期");
  EXPECT_EQ(chart.panels[0].y_label, "浓度（mg/L）");
  bool class_iv = false;
  for (const ChartSeries& s : chart.series) class_iv = class_iv || s.label == "Ⅳ类，1.5 mg/L";
  EXPECT_TRUE(class_iv);
}

TEST(Breakthrough, UnknownPointIsNamedWithTheOnesThereAre) {
  test::TempDir dir("gwp-breakthrough-bad");
  test::write_render_result(dir.file("result.h5"), true);
  results::ResultReader reader(dir.file("result.h5"));
  try {
    read_monitoring_series(reader, "MW-9", "ammonia_n");
    FAIL() << "no error for an unknown point";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("MW-1"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace gwp::render
