// A legend: a column of entries, each a sample (a line, a marker or a filled patch) and its label.
#pragma once
#include <string>
#include <vector>

#include "postprocess/render/canvas.hpp"

namespace gwp::post::render {

struct LegendEntry {
  enum class Sample { line, marker, patch, heading } sample = Sample::line;  // heading: bold text only
  std::string label;
  Rgb colour;               // line colour, marker fill or patch fill
  Rgb edge{0.1, 0.1, 0.1};  // marker and patch outline
  double width = 3;         // line width, or marker size, pixels
  double dash = 0;          // dashed line: pixels of dash
  Marker marker = Marker::circle;
};

// Draws the entries downwards from (left, top); returns the bottom of the last one, pixels.
// Labels longer than `max_label_width` pixels are wrapped at spaces.
double draw_legend(Canvas& canvas, const std::vector<LegendEntry>& entries, double left, double top,
                   double font_size, double max_label_width);

}  // namespace gwp::post::render
