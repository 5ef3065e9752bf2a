#include "postprocess/render/plot_axes.hpp"

#include <algorithm>
#include <cmath>

#include "postprocess/render/nice_numbers.hpp"

namespace gwp::render {

double ChartAxis::fraction(double v) const {
  if (log) return (std::log10(v) - std::log10(min)) / (std::log10(max) - std::log10(min));
  return (v - min) / (max - min);
}

std::vector<double> axis_ticks(const ChartAxis& axis) {
  if (!axis.ticks.empty()) return axis.ticks;
  return axis.log ? log_ticks(axis.min, axis.max) : nice_ticks(axis.min, axis.max, 6);
}

namespace {

struct Tick {
  double value;
  std::string label;
};

std::vector<Tick> labelled(const ChartAxis& axis, const std::vector<double>& ticks) {
  std::vector<Tick> out;
  for (std::size_t n = 0; n < ticks.size(); ++n)
    out.push_back({ticks[n], n < axis.tick_labels.size() && ticks == axis.ticks ? axis.tick_labels[n]
                                                                                : format_number(ticks[n], 6)});
  return out;
}

// The x ticks, thinned until neighbouring labels leave a font's width between them: fewer round
// values, or every second (third ...) of the axis' own ticks.
std::vector<Tick> fitting_x_ticks(const Canvas& canvas, const PlotArea& area, const TextStyle& style) {
  auto fits = [&](const std::vector<Tick>& ticks) {
    for (std::size_t n = 0; n + 1 < ticks.size(); ++n) {
      const double gap = std::abs(area.to_pixel(ticks[n + 1].value, area.y.min)[0] - area.to_pixel(ticks[n].value, area.y.min)[0]);
      const double half = 0.5 * (canvas.text_size(ticks[n].label, style)[0] + canvas.text_size(ticks[n + 1].label, style)[0]);
      if (gap < half + style.size) return false;
    }
    return true;
  };
  const ChartAxis& x = area.x;
  if (!x.ticks.empty()) {
    const std::vector<Tick> all = labelled(x, x.ticks);
    for (std::size_t step = 1;; ++step) {
      std::vector<Tick> some;
      for (std::size_t n = 0; n < all.size(); n += step) some.push_back(all[n]);
      if (some.size() <= 2 || fits(some)) return some;
    }
  }
  std::vector<Tick> ticks;
  for (int target = 6; target >= 1; --target) {
    ticks = labelled(x, x.log ? log_ticks(x.min, x.max) : nice_ticks(x.min, x.max, target));
    if (x.log || ticks.size() <= 2 || fits(ticks)) break;
  }
  return ticks;
}

}  // namespace

double draw_axes(Canvas& canvas, const PlotArea& area, double font, bool grid, bool x_labels) {
  const Rgb ink{0.15, 0.15, 0.15}, light{0.85, 0.85, 0.85};
  const PixelBox& b = area.box;
  const double tick = 0.4 * font;
  TextStyle label;
  label.size = font;
  label.h = HAlign::centre;
  label.v = VAlign::top;
  double lowest = b.bottom;
  for (const Tick& t : fitting_x_ticks(canvas, area, label)) {
    const double px = area.to_pixel(t.value, area.y.min)[0];
    if (grid) canvas.polyline({{px, b.bottom}, {px, b.top}}, light, 1.2);
    canvas.polyline({{px, b.bottom}, {px, b.bottom - tick}}, ink, 1.5);
    if (!x_labels) continue;
    canvas.text(t.label, {px, b.bottom - tick - 4}, label);
    lowest = std::min(lowest, b.bottom - tick - 4 - canvas.text_size(t.label, label)[1]);
  }
  label.h = HAlign::right;
  label.v = VAlign::centre;
  double leftmost = b.left;
  const std::vector<double> y_ticks = axis_ticks(area.y);
  for (std::size_t n = 0; n < y_ticks.size(); ++n) {
    const double t = y_ticks[n];
    const double py = area.to_pixel(area.x.min, t)[1];
    if (grid) canvas.polyline({{b.left, py}, {b.right, py}}, light, 1.2);
    canvas.polyline({{b.left, py}, {b.left - tick, py}}, ink, 1.5);
    const std::string text = n < area.y.tick_labels.size() ? area.y.tick_labels[n] : format_number(t, 6);
    canvas.text(text, {b.left - tick - 5, py}, label);
    leftmost = std::min(leftmost, b.left - tick - 5 - canvas.text_size(text, label)[0]);
  }
  canvas.polyline({{b.left, b.bottom}, {b.right, b.bottom}, {b.right, b.top}, {b.left, b.top}, {b.left, b.bottom}}, ink,
                  1.8);
  TextStyle title;
  title.size = font;
  title.h = HAlign::centre;
  title.v = VAlign::top;
  if (x_labels) canvas.text(area.x.title, {0.5 * (b.left + b.right), lowest - 0.4 * font}, title);
  const double bottom = x_labels ? lowest - 0.4 * font - canvas.text_size(area.x.title, title)[1] : lowest;
  title.angle = 90.0;
  title.v = VAlign::bottom;
  canvas.text(area.y.title, {leftmost - 0.4 * font, 0.5 * (b.bottom + b.top)}, title);
  return bottom;
}

}  // namespace gwp::render
