#include "postprocess/render/map_decorations.hpp"

#include <algorithm>
#include <cmath>

#include "postprocess/render/nice_numbers.hpp"
#include "postprocess/render/time_label.hpp"

namespace gwp::post::render {

namespace {

const Rgb kInk{0.1, 0.1, 0.1};
const Rgb kWhite{1.0, 1.0, 1.0};

std::string length_label(double metres) {
  return metres >= 1000.0 ? format_number(metres / 1000.0, 4) + " km" : format_number(metres, 4) + " m";
}

std::string coordinate_label(double metres) {
  // Whole metres: map coordinates (Gauss-Kruger eastings of 500 000 m and more) read best without
  // exponents or decimals.
  char text[32];
  std::snprintf(text, sizeof text, "%.0f", metres);
  return text;
}

}  // namespace

double scale_bar_length(const MapFrame& frame, double max_pixels) {
  return round_down_125(max_pixels / frame.pixels_per_metre);
}

void draw_scale_bar(Canvas& canvas, const MapFrame& frame, Pixel at, double max_pixels, double font_size) {
  const double length = scale_bar_length(frame, max_pixels);
  const double pixels = length * frame.pixels_per_metre, h = 0.5 * font_size;
  for (int q = 0; q < 4; ++q) {
    const double x0 = at[0] + pixels * q / 4, x1 = at[0] + pixels * (q + 1) / 4;
    canvas.fill_polygon({{x0, at[1]}, {x1, at[1]}, {x1, at[1] + h}, {x0, at[1] + h}}, q % 2 ? kWhite : kInk);
  }
  canvas.polyline({{at[0], at[1]}, {at[0] + pixels, at[1]}, {at[0] + pixels, at[1] + h}, {at[0], at[1] + h},
                   {at[0], at[1]}},
                  kInk, 1.5);
  TextStyle label;
  label.size = font_size;
  label.h = HAlign::centre;
  const double y = at[1] + h + 0.3 * font_size;
  canvas.text("0", {at[0], y}, label);
  canvas.text(length_label(length / 2), {at[0] + pixels / 2, y}, label);
  canvas.text(length_label(length), {at[0] + pixels, y}, label);
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

void draw_coordinate_frame(Canvas& canvas, const MapFrame& frame, const WorldBox& world, double font_size) {
  const Pixel a = frame.to_pixel(world.x_min, world.y_min), b = frame.to_pixel(world.x_max, world.y_max);
  canvas.polyline({{a[0], a[1]}, {b[0], a[1]}, {b[0], b[1]}, {a[0], b[1]}, {a[0], a[1]}}, {0.3, 0.3, 0.3}, 1.5);
  TextStyle label;
  label.size = std::max(20.0, 0.8 * font_size);  // report size: never below 20 px
  label.colour = {0.25, 0.25, 0.25};
  const double tick = 0.4 * font_size;
  // Few ticks: coordinates of 7 digits are wide, and they must not run into each other.
  label.h = HAlign::centre;
  label.v = VAlign::top;
  for (double x : nice_ticks(world.x_min, world.x_max, 4)) {
    const double px = frame.to_pixel(x, world.y_min)[0];
    canvas.polyline({{px, a[1]}, {px, a[1] - tick}}, {0.3, 0.3, 0.3}, 1.5);
    canvas.text(coordinate_label(x), {px, a[1] - tick - 3}, label);
  }
  label.angle = 90.0;
  label.v = VAlign::bottom;
  for (double y : nice_ticks(world.y_min, world.y_max, 4)) {
    const double py = frame.to_pixel(world.x_min, y)[1];
    canvas.polyline({{a[0], py}, {a[0] - tick, py}}, {0.3, 0.3, 0.3}, 1.5);
    canvas.text(coordinate_label(y), {a[0] - tick - 3, py}, label);
  }
}

}  // namespace gwp::post::render
