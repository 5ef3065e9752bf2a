#include "postprocess/render/colour_bar.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "postprocess/render/nice_numbers.hpp"

namespace gwp::render {

double draw_colour_bar(Canvas& canvas, const ColourMap& map, const PixelBox& strip, const std::string& title,
                       const std::vector<BarMark>& marks, double font_size) {
  const int bands = 256;  // finer than any display needs, so the strip reads as continuous
  std::vector<std::vector<Pixel>> polygons;
  std::vector<Rgb> colours;
  for (int b = 0; b < bands; ++b) {
    const double y0 = strip.bottom + strip.height() * b / bands, y1 = strip.bottom + strip.height() * (b + 1) / bands;
    polygons.push_back({{strip.left, y0}, {strip.right, y0}, {strip.right, y1 + 0.5}, {strip.left, y1 + 0.5}});
    colours.push_back(map.colour_at((b + 0.5) / bands));
  }
  canvas.fill_polygons(polygons, colours);
  const Rgb ink{0.1, 0.1, 0.1};
  canvas.polyline({{strip.left, strip.bottom}, {strip.right, strip.bottom}, {strip.right, strip.top},
                   {strip.left, strip.top}, {strip.left, strip.bottom}},
                  ink, 1.5);

  auto y_of = [&](double v) { return strip.bottom + map.position(v) * strip.height(); };
  for (const BarMark& m : marks) {
    if (m.value < map.low() || m.value > map.high()) continue;
    const double y = y_of(m.value);
    canvas.polyline({{strip.left - 6, y}, {strip.right + 6, y}}, m.colour, m.width, m.dash, m.dash * 0.6);
  }

  const std::vector<double> ticks = map.log() ? log_ticks(map.low(), map.high()) : nice_ticks(map.low(), map.high(), 6);
  TextStyle label;
  label.size = font_size;
  label.v = VAlign::centre;
  double right = strip.right;
  for (double t : ticks) {
    const double y = y_of(t);
    canvas.polyline({{strip.right, y}, {strip.right + 8, y}}, ink, 1.5);
    const std::string text = format_number(t, 4);
    canvas.text(text, {strip.right + 12, y}, label);
    right = std::max(right, strip.right + 12 + canvas.text_size(text, label)[0]);
  }

  TextStyle heading;
  heading.size = font_size;
  heading.bold = true;
  std::istringstream lines(title);
  std::vector<std::string> parts;
  for (std::string line; std::getline(lines, line);) parts.push_back(line);
  double y = strip.top + 14;
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
    canvas.text(*it, {strip.left, y}, heading);
    right = std::max(right, strip.left + canvas.text_size(*it, heading)[0]);
    y += 1.3 * font_size;
  }
  return right;
}

}  // namespace gwp::render
