#include "postprocess/render/line_chart.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "postprocess/render/canvas.hpp"
#include "postprocess/render/colour_map.hpp"
#include "postprocess/render/legend.hpp"
#include "postprocess/render/nice_numbers.hpp"
#include "postprocess/render/picture_text.hpp"
#include "postprocess/render/plot_axes.hpp"

namespace gwp::post {

// The drawing pieces of postprocess/render live in gwp::post::render.
using namespace render;

namespace {

constexpr double kLogDecades = 6.0;

bool drawable(const ChartSeries& s, std::size_t n, bool log_y) {
  return std::isfinite(s.x[n]) && std::isfinite(s.y[n]) && (!log_y || s.y[n] > 0.0);
}

struct SeriesStyle {
  Rgb colour;
  double dash = 0;  // pixels of dash, 0 for solid
};

// Solid series take the palette's colours in order. A dashed series takes the colour of the
// first solid series its label begins with (a limit drawn with its species), else one of a few
// dark reference colours; dashed series sharing a colour get ever shorter dashes, so two limits
// of one species (class IV, then class III) stay apart.
std::vector<SeriesStyle> series_styles(const std::vector<ChartSeries>& series) {
  const Rgb references[] = {{0.05, 0.05, 0.05}, {0.1, 0.3, 0.8}, {0.75, 0.1, 0.1}, {0.3, 0.3, 0.3}};
  const double dashes[] = {18.0, 8.0, 4.0};
  std::vector<SeriesStyle> styles(series.size());
  std::vector<int> dashed_count(series.size(), 0);  // per solid series: dashed lines matched so far
  int next = 0, unmatched = 0;
  for (std::size_t s = 0; s < series.size(); ++s)
    if (!series[s].dashed) styles[s].colour = series_colour(next++);
  for (std::size_t s = 0; s < series.size(); ++s) {
    if (!series[s].dashed) continue;
    bool matched = false;
    for (std::size_t t = 0; t < series.size() && !matched; ++t)
      if (!series[t].dashed && !series[t].label.empty() && series[s].label.rfind(series[t].label, 0) == 0) {
        styles[s] = {styles[t].colour, dashes[std::min(dashed_count[t]++, 2)]};
        matched = true;
      }
    if (!matched) {
      styles[s] = {references[unmatched % 4], dashes[std::min(unmatched / 4, 2)]};
      ++unmatched;
    }
  }
  return styles;
}

// Round axis ranges around the data: linear axes from a round value (0 when the data do not go
// below it) to a round value; a log axis over whole decades.
void fit_axes(const LineChart& chart, Axis& x, Axis& y) {
  double x0 = std::numeric_limits<double>::infinity(), x1 = -x0, y0 = x0, y1 = -x0;
  for (const ChartSeries& s : chart.series)
    for (std::size_t n = 0; n < s.x.size(); ++n) {
      if (!drawable(s, n, chart.log_y)) continue;
      x0 = std::min(x0, s.x[n]), x1 = std::max(x1, s.x[n]);
      y0 = std::min(y0, s.y[n]), y1 = std::max(y1, s.y[n]);
    }
  if (!(x1 >= x0)) throw std::invalid_argument("chart '" + chart.title + "' has no point to draw");
  const auto xr = nice_range(x0 >= 0.0 ? 0.0 : x0, x1, 6);
  x.min = xr[0], x.max = xr[1];
  if (chart.log_y) {
    // At most kLogDecades decades below the largest value: the early tail of a breakthrough
    // (1e-14 mg/L) is numerical dust, not information.
    y.log = true;
    y0 = std::max(y0, y1 * std::pow(10.0, -kLogDecades));
    y.min = std::pow(10.0, std::floor(std::log10(y0) + 1e-9));
    y.max = std::pow(10.0, std::ceil(std::log10(y1) - 1e-9));
    if (!(y.max > y.min)) y.max = 10.0 * y.min;
  } else {
    const auto yr = nice_range(y0 >= 0.0 ? 0.0 : y0, y1 > 0.0 || y0 < 0.0 ? y1 : 1.0, 6);
    y.min = yr[0], y.max = yr[1];
  }
}

}  // namespace

ChartLayout render_line_chart_layout(const LineChart& chart, const std::string& png_path) {
  for (const ChartSeries& s : chart.series)
    if (s.x.size() != s.y.size())
      throw std::invalid_argument("chart series '" + s.label + "': " + std::to_string(s.x.size()) + " x values but " +
                                  std::to_string(s.y.size()) + " y values");
  PlotArea area;
  area.x.title = chart.x_label;
  area.y.title = chart.y_label;
  fit_axes(chart, area.x, area.y);

  const double f = std::max(24.0, std::round(chart.width / 64.0)), small = std::max(20.0, 0.85 * f);
  const double panel_left = chart.width - std::max(15.0 * f, 0.24 * chart.width);
  area.box = {6.0 * f, 4.2 * f, panel_left - 1.0 * f, chart.height - 3.6 * f};
  Canvas canvas(chart.width, chart.height);
  draw_axes(canvas, area, small, true);

  const std::vector<SeriesStyle> styles = series_styles(chart.series);
  std::vector<LegendEntry> legend;
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    const ChartSeries& series = chart.series[s];
    std::vector<std::vector<Pixel>> pieces(1);
    for (std::size_t n = 0; n < series.x.size(); ++n) {
      if (!drawable(series, n, chart.log_y) || series.y[n] < area.y.min || series.y[n] > area.y.max) {
        if (!pieces.back().empty()) pieces.emplace_back();
        continue;
      }
      pieces.back().push_back(area.to_pixel(series.x[n], series.y[n]));
    }
    const double width = series.dashed ? 2.5 : 3.5;
    canvas.polylines(pieces, styles[s].colour, width, styles[s].dash, 0.6 * styles[s].dash);
    if (!series.label.empty())
      legend.push_back({LegendEntry::Sample::line, series.label, styles[s].colour, {}, width, styles[s].dash});
  }
  draw_legend(canvas, legend, panel_left, area.box.top, small, chart.width - panel_left - 3.2 * small);
  draw_title(canvas, chart.title, "", f);
  canvas.save_png(png_path);

  ChartLayout layout;
  layout.left = area.box.left, layout.right = area.box.right, layout.bottom = area.box.bottom, layout.top = area.box.top;
  layout.x_min = area.x.min, layout.x_max = area.x.max, layout.y_min = area.y.min, layout.y_max = area.y.max;
  layout.log_y = chart.log_y;
  return layout;
}

void render_line_chart(const LineChart& chart, const std::string& png_path) {
  render_line_chart_layout(chart, png_path);
}

}  // namespace gwp::post
