#include "postprocess/render/plan_layout.hpp"

#include <algorithm>
#include <cmath>

#include "postprocess/render/map_decorations.hpp"
#include "postprocess/render/result_scene.hpp"

namespace gwp::render {

namespace {

Pixel point_along(const std::vector<Pixel>& line, double distance) {
  for (std::size_t n = 0; n + 1 < line.size(); ++n) {
    const Pixel a = line[n], b = line[n + 1];
    const double s = std::hypot(b[0] - a[0], b[1] - a[1]);
    if (s >= distance && s > 0) return {a[0] + distance / s * (b[0] - a[0]), a[1] + distance / s * (b[1] - a[1])};
    distance -= s;
  }
  return line.back();
}

}  // namespace

PlanLayout plan_layout(const TextSetter& setter, int width, int height, const WorldBox& world,
                       const std::vector<LegendEntry>& legend, const std::string& title, const std::string& subtitle) {
  PlanLayout l;
  l.width = width;
  l.font = std::max(24.0, std::round(width / 64.0));
  l.small = std::max(20.0, 0.85 * l.font);
  const double f = l.font;
  l.panel_left = width - std::max(15.0 * f, 0.21 * width);
  l.label_width = width - (l.panel_left + 0.5 * f) - 3.2 * l.small;
  l.title = fit_title(setter, title, subtitle, f, width - 2.0 * f);
  const double above = l.title.height + 1.0 * f, below = kBelow * f, left = kLeft * f, right = l.panel_left - 1.2 * f;
  const double legend_h = legend_height(setter, legend, l.small, l.label_width);
  const double bar_min = 9.0 * f, under_bar = 1.4 * f + legend_h + f;
  if (height > 0) {
    l.height = height;
  } else {
    const double ppm = (right - left) / (world.x_max - world.x_min);
    const double map_height = std::min((world.y_max - world.y_min) * ppm, 1.4 * width);
    l.height = int(std::ceil(std::max(above + map_height + below, above + kPanelTop * f + bar_min + under_bar)));
  }
  l.map = {left, below, right, l.height - above};
  l.bar_height = std::max(bar_min, std::min(0.34 * l.height, l.height - above - kPanelTop * f - under_bar));
  return l;
}

WorldBox world_extent(const Grid& g, const results::ResultFeatures& f) {
  WorldBox b{1e300, 1e300, -1e300, -1e300};
  auto add = [&](double x, double y) {
    b.x_min = std::min(b.x_min, x), b.x_max = std::max(b.x_max, x);
    b.y_min = std::min(b.y_min, y), b.y_max = std::max(b.y_max, y);
  };
  for (const auto& c : grid_corners(g)) add(c[0], c[1]);
  for (const auto& a : f.areas)
    for (const auto& p : a.outline) add(p[0], p[1]);
  for (const auto& w : f.wells) add(w.x, w.y);
  const double pad = 0.02 * std::max(b.x_max - b.x_min, b.y_max - b.y_min);
  return {b.x_min - pad, b.y_min - pad, b.x_max + pad, b.y_max + pad};
}

std::vector<std::vector<Pixel>> to_pixels(const MapFrame& frame, const std::vector<std::vector<Point>>& lines) {
  std::vector<std::vector<Pixel>> out;
  for (const auto& line : lines) {
    std::vector<Pixel> p;
    for (const auto& q : line) p.push_back(frame.to_pixel(q[0], q[1]));
    out.push_back(std::move(p));
  }
  return out;
}

void place_line_labels(Canvas& canvas, LabelPlacer& placer, const std::vector<LineLabel>& labels, double font) {
  TextStyle style;
  style.size = font;
  style.halo = true;
  for (const LineLabel& l : labels) {
    const double length = polyline_length(l.line);
    for (double at : {0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9})
      if (placer.place_centred(canvas, l.text, point_along(l.line, at * length), style)) break;
  }
}

void draw_map_margins(Canvas& canvas, const MapFrame& frame, const PlanLayout& layout, const WorldBox& world,
                      const MapMargins& m) {
  const double f = layout.font, small = layout.small;
  const double below_titles = draw_coordinate_frame(canvas, frame, world, f, coordinate_title(m.easting_title, m.crs),
                                                    coordinate_title(m.northing_title, m.crs));
  draw_scale_bar(canvas, frame, {layout.map.left, below_titles - 2.2 * f}, 0.4 * layout.map.width(), f);
  // Right panel, top down: north arrow, colour bar, legend.
  const double top = layout.map.top, x = layout.panel_left + 0.5 * f;
  draw_north_arrow(canvas, {layout.width - 2.5 * f, top - 3.6 * f}, 2.6 * f, f);
  const double bar_top = top - kPanelTop * f;
  draw_colour_bar(canvas, *m.colours, {x, bar_top - layout.bar_height, x + 1.6 * f, bar_top}, m.bar_title, m.marks,
                  small);
  draw_legend(canvas, m.legend, x, bar_top - layout.bar_height - 1.4 * f, small, layout.label_width);
  draw_title(canvas, layout.title);
}

}  // namespace gwp::render
