#include "postprocess/render/map_decorations.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "postprocess/render/nice_numbers.hpp"

namespace gwp::render {

namespace {

const Rgb kInk{0.1, 0.1, 0.1};
const Rgb kWhite{1.0, 1.0, 1.0};
const Rgb kFrame{0.3, 0.3, 0.3};

std::string coordinate_label(double metres) {
  // Whole metres: map coordinates (Gauss-Kruger eastings of 500 000 m and more) read best without
  // exponents or decimals.
  char text[32];
  std::snprintf(text, sizeof text, "%.0f", metres);
  return text;
}

bool overlap(const PixelBox& a, const PixelBox& b) {
  return a.left < b.right && b.left < a.right && a.bottom < b.top && b.bottom < a.top;
}

// Round coordinates from `low` to `high` whose labels, `pixels_per_metre` apart per metre, leave
// at least a font's width between neighbours: four or so ticks where there is room, fewer on a
// small map (two at least).
std::vector<double> fitting_ticks(const Canvas& canvas, double low, double high, double pixels_per_metre,
                                  const TextStyle& style) {
  std::vector<double> ticks;
  for (int target = 4; target >= 1; --target) {
    ticks = nice_ticks(low, high, target);
    double widest = 0;
    for (double t : ticks) widest = std::max(widest, canvas.text_size(coordinate_label(t), style)[0]);
    if (ticks.size() < 2 || (ticks[1] - ticks[0]) * pixels_per_metre >= widest + style.size) break;
  }
  return ticks;
}

}  // namespace

std::string coordinate_title(const std::string& axis, const std::string& crs) {
  return axis + (crs.empty() ? " (m)" : " (m, " + crs + ")");
}

double scale_bar_length(const MapFrame& frame, double max_pixels) {
  return round_down_125(max_pixels / frame.pixels_per_metre);
}

PixelBox draw_scale_bar(Canvas& canvas, const MapFrame& frame, Pixel at, double max_pixels, double font_size) {
  const double length = scale_bar_length(frame, max_pixels);
  const double pixels = length * frame.pixels_per_metre, h = 0.5 * font_size;
  for (int q = 0; q < 4; ++q) {
    const double x0 = at[0] + pixels * q / 4, x1 = at[0] + pixels * (q + 1) / 4;
    canvas.fill_polygon({{x0, at[1]}, {x1, at[1]}, {x1, at[1] + h}, {x0, at[1] + h}}, q % 2 ? kWhite : kInk);
  }
  canvas.polyline({{at[0], at[1]}, {at[0] + pixels, at[1]}, {at[0] + pixels, at[1] + h}, {at[0], at[1] + h},
                   {at[0], at[1]}},
                  kInk, 1.5);
  // Kilometres from 1 km on; the unit once, after the last number, so the labels stay short.
  const bool km = length >= 1000.0;
  const double unit = km ? 1000.0 : 1.0;
  const std::string suffix = km ? " km" : " m";
  TextStyle label;
  label.size = font_size;
  label.colour = kInk;
  label.v = VAlign::bottom;
  const double y = at[1] + h + 0.25 * font_size;
  // The end labels are anchored so that their numbers stand over the bar's ends.
  struct Label {
    std::string text;
    double x;
    HAlign align;
  };
  const std::string last = format_number(length / unit, 4);
  std::vector<Label> labels{{"0", at[0], HAlign::centre},
                            {format_number(length / 2 / unit, 4), at[0] + pixels / 2, HAlign::centre},
                            {last + suffix, at[0] + pixels - canvas.text_size(last, label)[0] / 2, HAlign::left}};
  std::vector<PixelBox> boxes;
  for (const Label& l : labels) {
    const auto size = canvas.text_size(l.text, label);
    const double left = l.align == HAlign::centre ? l.x - size[0] / 2 : l.x;
    boxes.push_back({left, y, left + size[0], y + size[1]});
  }
  const double gap = 0.6 * font_size;
  const bool middle = boxes[1].left - boxes[0].right >= gap && boxes[2].left - boxes[1].right >= gap;
  PixelBox all{at[0], at[1], at[0] + pixels, at[1] + h};
  for (std::size_t n = 0; n < labels.size(); ++n) {
    if (n == 1 && !middle) continue;
    label.h = labels[n].align;
    canvas.text(labels[n].text, {labels[n].x, y}, label);
    all = {std::min(all.left, boxes[n].left), all.bottom, std::max(all.right, boxes[n].right), std::max(all.top, boxes[n].top)};
  }
  return all;
}

void draw_north_arrow(Canvas& canvas, Pixel base, double height, double font_size) {
  const double w = 0.3 * height;
  const Pixel tip{base[0], base[1] + height}, notch{base[0], base[1] + 0.3 * height};
  // Left half filled, right half white: the usual arrow, readable in black and white.
  canvas.fill_polygon({tip, {base[0] - w, base[1]}, notch}, kInk);
  canvas.fill_polygon({tip, notch, {base[0] + w, base[1]}}, kWhite);
  canvas.polyline({tip, {base[0] - w, base[1]}, notch, {base[0] + w, base[1]}, tip}, kInk, 2.0);
  TextStyle n;
  n.size = 1.2 * font_size;
  n.bold = true;
  n.h = HAlign::centre;
  canvas.text("N", {tip[0], tip[1] + 0.25 * font_size}, n);
}

double draw_coordinate_frame(Canvas& canvas, const MapFrame& frame, const WorldBox& world, double font_size,
                             const std::string& x_title, const std::string& y_title) {
  const Pixel a = frame.to_pixel(world.x_min, world.y_min), b = frame.to_pixel(world.x_max, world.y_max);
  canvas.polyline({{a[0], a[1]}, {b[0], a[1]}, {b[0], b[1]}, {a[0], b[1]}, {a[0], a[1]}}, kFrame, 1.5);
  TextStyle label;
  label.size = std::max(20.0, 0.8 * font_size);  // report size: never below 20 px
  label.colour = {0.25, 0.25, 0.25};
  const double tick = 0.4 * font_size, gap = 3.0;
  // Few ticks: coordinates of 7 digits are wide, and they must not run into each other.
  label.h = HAlign::centre;
  label.v = VAlign::top;
  std::vector<PixelBox> taken;
  double lowest = a[1] - tick - gap;
  for (double x : fitting_ticks(canvas, world.x_min, world.x_max, frame.pixels_per_metre, label)) {
    const double px = frame.to_pixel(x, world.y_min)[0];
    const std::string text = coordinate_label(x);
    const auto size = canvas.text_size(text, label);
    canvas.polyline({{px, a[1]}, {px, a[1] - tick}}, kFrame, 1.5);
    canvas.text(text, {px, a[1] - tick - gap}, label);
    taken.push_back({px - size[0] / 2, a[1] - tick - gap - size[1], px + size[0] / 2, a[1] - tick - gap});
    lowest = std::min(lowest, taken.back().bottom);
  }
  // Northing labels turned upright along the left side: their box is the text's height wide.
  label.angle = 90.0;
  label.v = VAlign::bottom;
  double leftmost = a[0] - tick - gap;
  for (double y : fitting_ticks(canvas, world.y_min, world.y_max, frame.pixels_per_metre, label)) {
    const double py = frame.to_pixel(world.x_min, y)[1];
    const std::string text = coordinate_label(y);
    const auto size = canvas.text_size(text, label);
    const PixelBox box{a[0] - tick - gap - size[1], py - size[0] / 2, a[0] - tick - gap, py + size[0] / 2};
    canvas.polyline({{a[0], py}, {a[0] - tick, py}}, kFrame, 1.5);
    if (std::any_of(taken.begin(), taken.end(), [&](const PixelBox& t) { return overlap(t, box); })) continue;
    canvas.text(text, {a[0] - tick - gap, py}, label);
    leftmost = std::min(leftmost, box.left);
  }
  TextStyle title;
  title.size = std::max(20.0, 0.85 * font_size);
  title.colour = kInk;
  title.h = HAlign::centre;
  title.v = VAlign::top;
  const double x_title_top = lowest - 0.35 * font_size;
  canvas.text(x_title, {0.5 * (a[0] + b[0]), x_title_top}, title);
  title.angle = 90.0;
  title.v = VAlign::bottom;
  canvas.text(y_title, {leftmost - 0.35 * font_size, 0.5 * (a[1] + b[1])}, title);
  return x_title_top - canvas.text_size(x_title, title)[1];
}

}  // namespace gwp::render
