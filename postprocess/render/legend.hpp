// A legend: a column of entries, each a sample (a line, a marker, a filled or hatched patch or an
// arrow) and its label, wrapped to the room given.
#pragma once
#include <string>
#include <vector>

#include "postprocess/render/canvas.hpp"

namespace gwp::render {

struct LegendEntry {
  // heading: bold text only; arrow: a flow arrow in `colour`
  enum class Sample { line, marker, patch, heading, arrow } sample = Sample::line;
  std::string label;
  Rgb colour;               // line colour, marker fill or patch fill
  Rgb edge{0.1, 0.1, 0.1};  // marker and patch outline
  double width = 3;         // line width, or marker size, pixels
  double dash = 0;          // dashed line: pixels of dash
  Marker marker = Marker::circle;
  bool hatched = false;     // patch: hatched in the edge colour over its fill
};

// Draws the entries downwards from (left, top); returns the bottom of the last one, pixels.
// Labels longer than `max_label_width` pixels are wrapped at spaces (and between Chinese
// characters).
double draw_legend(Canvas& canvas, const std::vector<LegendEntry>& entries, double left, double top,
                   double font_size, double max_label_width);

// Height (pixels) draw_legend takes for the same entries.
double legend_height(const TextSetter& setter, const std::vector<LegendEntry>& entries, double font_size,
                     double max_label_width);

// Hatching of a legend patch or an area, pixels between lines for a font size.
inline double hatch_spacing(double font_size) { return 0.35 * font_size; }

}  // namespace gwp::render
