#include "postprocess/render/line_chart.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <stdexcept>

#include "postprocess/render/canvas.hpp"
#include "postprocess/render/colour_map.hpp"
#include "postprocess/render/date_axis.hpp"
#include "postprocess/render/legend.hpp"
#include "postprocess/render/nice_numbers.hpp"
#include "postprocess/render/picture_format.hpp"
#include "postprocess/render/picture_text.hpp"
#include "postprocess/render/plot_axes.hpp"

namespace gwp::render {

namespace {

constexpr double kLogDecades = 6.0;
constexpr double kMinPanelHeight = 240.0;  // pixels of plot per panel

bool drawable(const ChartSeries& s, std::size_t n, bool log_y) {
  return std::isfinite(s.x[n]) && std::isfinite(s.y[n]) && (!log_y || s.y[n] > 0.0);
}

struct SeriesStyle {
  Rgb colour;
  double dash = 0;  // pixels of dash, 0 for solid
};

// Solid series take the palette's colours in order of their labels (one label, one colour). A
// dashed series takes the colour of the first solid series of its panel whose label it begins
// with (a limit drawn with its species), else one of a few dark reference colours; dashed series
// sharing a colour get ever shorter dashes, so two limits of one species (class IV, then class
// III) stay apart.
std::vector<SeriesStyle> series_styles(const std::vector<ChartSeries>& series) {
  const Rgb references[] = {{0.05, 0.05, 0.05}, {0.1, 0.3, 0.8}, {0.75, 0.1, 0.1}, {0.3, 0.3, 0.3}};
  const double dashes[] = {18.0, 8.0, 4.0};
  std::vector<SeriesStyle> styles(series.size());
  std::vector<int> dashed_count(series.size(), 0);  // per solid series: dashed lines matched so far
  std::map<std::string, Rgb> by_label;
  std::map<int, int> unmatched;  // per panel
  const auto line_matching = [&](std::size_t s) -> std::optional<std::size_t> {
    for (std::size_t t = 0; t < series.size(); ++t)
      if (!series[t].dashed && !series[t].marker && series[t].panel == series[s].panel && !series[t].label.empty() &&
          series[s].label.rfind(series[t].label, 0) == 0)
        return t;
    return std::nullopt;
  };
  for (std::size_t s = 0; s < series.size(); ++s) {
    if (series[s].dashed) continue;
    // Markers of a line's samples ("MW-1 observed" beside "MW-1") take the line's colour.
    if (series[s].marker && line_matching(s)) continue;
    auto known = by_label.find(series[s].label);
    if (known == by_label.end()) known = by_label.emplace(series[s].label, series_colour(int(by_label.size()))).first;
    styles[s].colour = known->second;
  }
  for (std::size_t s = 0; s < series.size(); ++s)
    if (series[s].marker && !series[s].dashed)
      if (const auto t = line_matching(s)) styles[s].colour = styles[*t].colour;
  for (std::size_t s = 0; s < series.size(); ++s) {
    if (!series[s].dashed) continue;
    bool matched = false;
    for (std::size_t t = 0; t < series.size() && !matched; ++t)
      if (!series[t].dashed && series[t].panel == series[s].panel && !series[t].label.empty() &&
          series[s].label.rfind(series[t].label, 0) == 0) {
        styles[s] = {styles[t].colour, dashes[std::min(dashed_count[t]++, 2)]};
        matched = true;
      }
    if (!matched) {
      int& n = unmatched[series[s].panel];
      styles[s] = {references[n % 4], dashes[std::min(n / 4, 2)]};
      ++n;
    }
  }
  return styles;
}

// The x range over every series; throws when nothing is drawable.
std::array<double, 2> x_extent(const LineChart& chart) {
  double x0 = std::numeric_limits<double>::infinity(), x1 = -x0;
  for (const ChartSeries& s : chart.series) {
    const bool log_y = chart.panels.empty() ? chart.log_y : chart.panels[std::size_t(s.panel)].log_y;
    for (std::size_t n = 0; n < s.x.size(); ++n)
      if (drawable(s, n, log_y)) x0 = std::min(x0, s.x[n]), x1 = std::max(x1, s.x[n]);
  }
  if (!(x1 >= x0)) throw std::invalid_argument("chart '" + chart.title + "' has no point to draw");
  return {x0, x1};
}

// A round y range around the panel's data: linear from a round value (0 when the data do not go
// below it) to a round value; log over whole decades, at most kLogDecades below the largest value
// (the early tail of a breakthrough, 1e-14 mg/L, is numerical dust, not information).
ChartAxis y_axis(const LineChart& chart, int panel, bool log_y) {
  double y0 = std::numeric_limits<double>::infinity(), y1 = -y0;
  for (const ChartSeries& s : chart.series) {
    if (s.panel != panel) continue;
    for (std::size_t n = 0; n < s.x.size(); ++n)
      if (drawable(s, n, log_y)) y0 = std::min(y0, s.y[n]), y1 = std::max(y1, s.y[n]);
  }
  ChartAxis y;
  if (!(y1 >= y0)) y0 = y1 = log_y ? 1.0 : 0.0;  // an empty panel still gets an axis
  if (log_y) {
    y.log = true;
    y0 = std::max(y0, y1 * std::pow(10.0, -kLogDecades));
    y.min = std::pow(10.0, std::floor(std::log10(y0) + 1e-9));
    y.max = std::pow(10.0, std::ceil(std::log10(y1) - 1e-9));
    if (!(y.max > y.min)) y.max = 10.0 * y.min;
  } else {
    const auto yr = nice_range(y0 >= 0.0 ? 0.0 : y0, y1 > 0.0 || y0 < 0.0 ? y1 : 1.0, 6);
    y.min = yr[0], y.max = yr[1];
  }
  return y;
}

ChartAxis x_axis(const LineChart& chart) {
  const auto [x0, x1] = x_extent(chart);
  ChartAxis x;
  x.title = chart.x_label;
  if (chart.x_dates) {
    x.min = x0 >= 0.0 ? 0.0 : x0;
    x.max = x1 > x.min ? x1 : x.min + 1.0;
    set_date_ticks(x, *chart.x_dates);
  } else {
    const auto xr = nice_range(x0 >= 0.0 ? 0.0 : x0, x1, 6);
    x.min = xr[0], x.max = xr[1];
  }
  return x;
}

// Marker size in pixels for a font size: big enough to see, small enough not to hide neighbours.
double marker_size(double font) { return 0.6 * font; }

// Pixels: limits thinner than the series they bound, a sum over its parts twice as wide.
double line_width(const ChartSeries& series) { return series.dashed ? 2.5 : series.thick ? 7.0 : 3.5; }

void draw_series(Canvas& canvas, const ChartSeries& series, const SeriesStyle& style, const PlotArea& area,
                 double font) {
  if (series.marker) {
    for (std::size_t n = 0; n < series.x.size(); ++n) {
      if (!drawable(series, n, area.y.log) || series.y[n] < area.y.min || series.y[n] > area.y.max ||
          series.x[n] < area.x.min || series.x[n] > area.x.max)
        continue;
      canvas.marker(area.to_pixel(series.x[n], series.y[n]), *series.marker, marker_size(font),
                    series.hollow ? Rgb{1, 1, 1} : style.colour, series.hollow ? style.colour : Rgb{0.1, 0.1, 0.1},
                    series.hollow ? 3.0 : 1.5);
    }
    return;
  }
  std::vector<std::vector<Pixel>> pieces(1);
  for (std::size_t n = 0; n < series.x.size(); ++n) {
    if (!drawable(series, n, area.y.log) || series.y[n] < area.y.min || series.y[n] > area.y.max ||
        series.x[n] < area.x.min || series.x[n] > area.x.max) {
      if (!pieces.back().empty()) pieces.emplace_back();
      continue;
    }
    pieces.back().push_back(area.to_pixel(series.x[n], series.y[n]));
  }
  canvas.polylines(pieces, style.colour, line_width(series), style.dash, 0.6 * style.dash);
}

PlotLayout plot_layout(const PlotArea& area) {
  PlotLayout l;
  l.left = area.box.left, l.right = area.box.right, l.bottom = area.box.bottom, l.top = area.box.top;
  l.x_min = area.x.min, l.x_max = area.x.max, l.y_min = area.y.min, l.y_max = area.y.max;
  l.log_y = area.y.log;
  return l;
}

}  // namespace

ChartLayout render_line_chart_layout(const LineChart& chart, const std::string& png_path) {
  require_picture_format(png_path);
  const int panels = std::max<int>(1, int(chart.panels.size()));
  for (const ChartSeries& s : chart.series) {
    if (s.x.size() != s.y.size())
      throw std::invalid_argument("chart series '" + s.label + "': " + std::to_string(s.x.size()) + " x values but " +
                                  std::to_string(s.y.size()) + " y values");
    if (s.panel < 0 || s.panel >= panels)
      throw std::invalid_argument("chart series '" + s.label + "' is in panel " + std::to_string(s.panel) +
                                  " of a chart of " + std::to_string(panels));
  }
  const ChartAxis x = x_axis(chart);

  const TextSetter setter;
  const double f = std::max(24.0, std::round(chart.width / 64.0)), small = std::max(20.0, 0.85 * f);
  const double panel_left = chart.width - std::max(15.0 * f, 0.24 * chart.width);
  const TitleLayout title = fit_title(setter, chart.title, "", f, chart.width - 2.0 * f);
  const bool titled_panels = !chart.panels.empty();
  const double above = title.height + (titled_panels ? 1.9 : 1.0) * f, below = 4.2 * f;
  const double gap = titled_panels ? 2.6 * f : 0.0;  // between panels, room for the next title
  const int height = int(std::ceil(std::max<double>(chart.height, above + below + panels * kMinPanelHeight +
                                                                      (panels - 1) * gap)));
  const double panel_height = (height - above - below - (panels - 1) * gap) / panels;

  Canvas canvas(chart.width, height);
  const std::vector<SeriesStyle> styles = series_styles(chart.series);
  ChartLayout layout;
  for (int p = 0; p < panels; ++p) {
    const ChartPanel info = chart.panels.empty() ? ChartPanel{"", chart.y_label, chart.log_y}
                                                 : chart.panels[std::size_t(p)];
    PlotArea area;
    area.x = x;
    area.y = y_axis(chart, p, info.log_y);
    if (chart.y_range && !info.log_y) area.y.min = (*chart.y_range)[0], area.y.max = (*chart.y_range)[1];
    area.y.title = info.y_label;
    const double top = height - above - p * (panel_height + gap);
    area.box = {6.0 * f, top - panel_height, panel_left - 1.0 * f, top};
    draw_axes(canvas, area, small, true, p + 1 == panels);
    if (!info.title.empty()) {
      TextStyle t;
      t.size = f;
      t.bold = true;
      t.v = VAlign::bottom;
      canvas.text(info.title, {area.box.left, area.box.top + 0.35 * f}, t);
    }
    std::vector<LegendEntry> legend;
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
      const ChartSeries& series = chart.series[s];
      if (series.panel != p) continue;
      draw_series(canvas, series, styles[s], area, small);
      if (series.label.empty()) continue;
      if (series.marker)
        legend.push_back({LegendEntry::Sample::marker, series.label, series.hollow ? Rgb{1, 1, 1} : styles[s].colour,
                          series.hollow ? styles[s].colour : Rgb{0.1, 0.1, 0.1}, marker_size(small), 0.0,
                          *series.marker});
      else
        legend.push_back({LegendEntry::Sample::line, series.label, styles[s].colour, {}, line_width(series),
                          styles[s].dash});
    }
    draw_legend(canvas, legend, panel_left, area.box.top, small, chart.width - panel_left - 3.2 * small);
    layout.panels.push_back(plot_layout(area));
  }
  draw_title(canvas, title);
  canvas.save(png_path);

  static_cast<PlotLayout&>(layout) = layout.panels.front();
  layout.width = chart.width;
  layout.height = height;
  layout.warnings = canvas.warnings();
  layout.texts = canvas.texts();
  return layout;
}

void render_line_chart(const LineChart& chart, const std::string& png_path) {
  render_line_chart_layout(chart, png_path);
}

}  // namespace gwp::render
