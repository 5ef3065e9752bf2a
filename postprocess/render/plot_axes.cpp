#include "postprocess/render/plot_axes.hpp"

#include <cmath>

#include "postprocess/render/nice_numbers.hpp"

namespace gwp::post::render {

double Axis::fraction(double v) const {
  if (log) return (std::log10(v) - std::log10(min)) / (std::log10(max) - std::log10(min));
  return (v - min) / (max - min);
}

std::vector<double> axis_ticks(const Axis& axis) {
  if (!axis.ticks.empty()) return axis.ticks;
  return axis.log ? log_ticks(axis.min, axis.max) : nice_ticks(axis.min, axis.max, 6);
}

void draw_axes(Canvas& canvas, const PlotArea& area, double font, bool grid, bool x_labels) {
  const Rgb ink{0.15, 0.15, 0.15}, light{0.85, 0.85, 0.85};
  const PixelBox& b = area.box;
  const double tick = 0.4 * font;
  TextStyle label;
  label.size = font;
  label.h = HAlign::centre;
  label.v = VAlign::top;
  double lowest = b.bottom;
  const std::vector<double> x_ticks = axis_ticks(area.x);
  for (std::size_t n = 0; n < x_ticks.size(); ++n) {
    const double px = area.to_pixel(x_ticks[n], area.y.min)[0];
    if (grid) canvas.polyline({{px, b.bottom}, {px, b.top}}, light, 1.2);
    canvas.polyline({{px, b.bottom}, {px, b.bottom - tick}}, ink, 1.5);
    if (!x_labels) continue;
    const std::string text = n < area.x.tick_labels.size() ? area.x.tick_labels[n] : format_number(x_ticks[n], 6);
    canvas.text(text, {px, b.bottom - tick - 4}, label);
    lowest = std::min(lowest, b.bottom - tick - 4 - canvas.text_size(text, label)[1]);
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
  title.angle = 90.0;
  title.v = VAlign::bottom;
  canvas.text(area.y.title, {leftmost - 0.4 * font, 0.5 * (b.bottom + b.top)}, title);
}

}  // namespace gwp::post::render
