#include "postprocess/render/bar_chart.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "postprocess/render/canvas.hpp"
#include "postprocess/render/colour_map.hpp"
#include "postprocess/render/nice_numbers.hpp"
#include "postprocess/render/picture_format.hpp"
#include "postprocess/render/picture_text.hpp"
#include "postprocess/render/plot_axes.hpp"

namespace gwp::render {

namespace {

const Rgb kPositive{0.80, 0.33, 0.10};  // a parameter that raises the figure
const Rgb kNegative{0.13, 0.40, 0.67};  // one that lowers it
const Rgb kBars{0.35, 0.55, 0.70};
const Rgb kInk{0.15, 0.15, 0.15};

double font_of(int width) { return std::max(24.0, std::round(width / 64.0)); }

std::vector<Pixel> box_polygon(double x0, double y0, double x1, double y1) {
  return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
}

}  // namespace

std::vector<double> histogram_edges(const std::vector<double>& values, int bins) {
  std::vector<double> v;
  for (double x : values)
    if (std::isfinite(x)) v.push_back(x);
  if (v.empty()) throw std::invalid_argument("no finite value to make a histogram of");
  const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
  const int target = bins > 0 ? bins : std::clamp(int(std::ceil(std::sqrt(double(v.size())))), 5, 20);
  double low = *lo, high = *hi;
  if (!(high > low)) {  // one value: a bin around it
    const double half = low == 0.0 ? 0.5 : 0.05 * std::abs(low);
    low -= half, high += half;
  }
  const double step = round_down_125((high - low) / target) > 0 ? round_down_125((high - low) / target) : 1.0;
  std::vector<double> edges{std::floor(low / step) * step};
  while (edges.back() <= high && edges.size() < 200) edges.push_back(edges.back() + step);
  if (edges.size() < 2) edges.push_back(edges.back() + step);
  return edges;
}

BarChartLayout render_tornado(const TornadoChart& chart, const std::string& png_path) {
  require_picture_format(png_path);
  if (chart.labels.empty() || chart.labels.size() != chart.values.size())
    throw std::invalid_argument("tornado chart '" + chart.title + "' has no bars, or labels and values differ in number");
  // Largest |value| on top; bars that could not be computed last.
  std::vector<std::size_t> order(chart.labels.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const double va = std::isnan(chart.values[a]) ? -1.0 : std::abs(chart.values[a]);
    const double vb = std::isnan(chart.values[b]) ? -1.0 : std::abs(chart.values[b]);
    return va > vb;
  });
  const double f = font_of(chart.width), small = std::max(20.0, 0.85 * f);
  const int n = int(order.size());
  const int height = chart.height > 0 ? chart.height : int(std::ceil(9.0 * f + n * 2.4 * small));
  Canvas canvas(chart.width, height);
  const TitleLayout title = fit_title(canvas.text_setter(), chart.title, "", f, chart.width - 2.0 * f);
  TextStyle label;
  label.size = small;
  double widest = 0.0;
  for (const std::string& l : chart.labels) widest = std::max(widest, canvas.text_size(l, label)[0]);
  const double left = std::min(0.55 * chart.width, widest + 2.5 * f);
  PlotArea area;
  area.box = {left, 4.5 * f, chart.width - 2.0 * f, height - title.height - 1.0 * f};
  area.x.min = chart.low, area.x.max = chart.high;
  area.x.title = chart.value_label;
  area.y.min = 0.0, area.y.max = double(n);
  for (int k = 0; k < n; ++k) {
    area.y.ticks.push_back(n - k - 0.5);
    area.y.tick_labels.push_back(chart.labels[order[std::size_t(k)]]);
  }
  std::reverse(area.y.ticks.begin(), area.y.ticks.end());
  std::reverse(area.y.tick_labels.begin(), area.y.tick_labels.end());
  draw_axes(canvas, area, small, true);
  BarChartLayout layout;
  TextStyle value_style;
  value_style.size = small;
  value_style.v = VAlign::centre;
  for (int k = 0; k < n; ++k) {
    const std::size_t b = order[std::size_t(k)];
    layout.order.push_back(chart.labels[b]);
    const double v = chart.values[b], centre = n - k - 0.5;
    const Pixel zero = area.to_pixel(0.0, centre);
    if (std::isnan(v)) {
      value_style.h = HAlign::left;
      canvas.text("n/a", {zero[0] + 0.3 * f, zero[1]}, value_style);
      continue;
    }
    const Pixel end = area.to_pixel(std::clamp(v, chart.low, chart.high), centre);
    const double half = 0.35 * area.box.height() / n;
    canvas.fill_polygon(box_polygon(std::min(zero[0], end[0]), zero[1] - half, std::max(zero[0], end[0]), zero[1] + half),
                        v >= 0.0 ? kPositive : kNegative);
    // The value beside the zero line, on the side away from the bar, so it never runs into the
    // parameter names at a bar's end of -1.
    value_style.h = v >= 0.0 ? HAlign::right : HAlign::left;
    canvas.text(format_number(v, 2), {zero[0] + (v >= 0.0 ? -0.3 : 0.3) * f, zero[1]}, value_style);
  }
  canvas.polyline({area.to_pixel(0.0, 0.0), area.to_pixel(0.0, double(n))}, kInk, 2.0);
  draw_title(canvas, title);
  canvas.save(png_path);
  layout.width = chart.width;
  layout.height = height;
  layout.warnings = canvas.warnings();
  return layout;
}

BarChartLayout render_histogram(const Histogram& chart, const std::string& png_path) {
  require_picture_format(png_path);
  BarChartLayout layout;
  layout.edges = histogram_edges(chart.values, chart.bins);
  layout.counts.assign(layout.edges.size() - 1, 0);
  for (double v : chart.values) {
    if (!std::isfinite(v)) continue;
    // Bins are [a, b); the largest value falls in the last bin.
    const auto at = std::upper_bound(layout.edges.begin(), layout.edges.end(), v) - layout.edges.begin() - 1;
    layout.counts[std::size_t(std::clamp<long>(at, 0, long(layout.counts.size()) - 1))] += 1;
  }
  const double f = font_of(chart.width), small = std::max(20.0, 0.85 * f);
  Canvas canvas(chart.width, chart.height);
  const TitleLayout title = fit_title(canvas.text_setter(), chart.title, "", f, chart.width - 2.0 * f);
  PlotArea area;
  area.box = {6.0 * f, 4.5 * f, chart.width - 2.0 * f, chart.height - title.height - 1.0 * f};
  area.x.min = layout.edges.front(), area.x.max = layout.edges.back();
  area.x.title = chart.x_label;
  const int most = *std::max_element(layout.counts.begin(), layout.counts.end());
  const auto y = nice_range(0.0, std::max(1.0, double(most)), 5);
  area.y.min = 0.0, area.y.max = y[1];
  area.y.title = chart.y_label;
  for (double t : nice_ticks(0.0, y[1], 5))
    if (std::abs(t - std::round(t)) < 1e-9) area.y.ticks.push_back(t);  // whole members only
  draw_axes(canvas, area, small, true);
  for (std::size_t k = 0; k < layout.counts.size(); ++k) {
    if (layout.counts[k] == 0) continue;
    const Pixel a = area.to_pixel(layout.edges[k], 0.0), b = area.to_pixel(layout.edges[k + 1], layout.counts[k]);
    const auto bar = box_polygon(a[0] + 1.0, a[1], b[0] - 1.0, b[1]);
    canvas.fill_polygon(bar, kBars);
    std::vector<Pixel> edge = bar;
    edge.push_back(bar.front());
    canvas.polyline(edge, kInk, 1.5);
  }
  draw_title(canvas, title);
  canvas.save(png_path);
  layout.width = chart.width;
  layout.height = chart.height;
  layout.warnings = canvas.warnings();
  return layout;
}

}  // namespace gwp::render
