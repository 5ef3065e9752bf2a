// A vertical colour bar: the colour map as a strip, round tick values with labels, a title with
// the units above it, and marks across the strip at chosen values (the limit contours).
#pragma once
#include <string>
#include <vector>

#include "postprocess/render/canvas.hpp"
#include "postprocess/render/colour_map.hpp"
#include "postprocess/render/map_frame.hpp"

namespace gwp::render {

struct BarMark {
  double value;     // in the map's units
  Rgb colour;
  double width;     // pixels
  double dash = 0;  // pixels of dash (0: solid)
};

// Draws into `strip` (the coloured strip itself; labels go to its right, the title above it,
// which may be two lines split at '\n'). Returns the right edge of the widest label, pixels.
double draw_colour_bar(Canvas& canvas, const ColourMap& map, const PixelBox& strip, const std::string& title,
                       const std::vector<BarMark>& marks, double font_size);

}  // namespace gwp::render
