// The scales of a vertical section picture: the whole line across the plot's width, and the
// largest round vertical exaggeration (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 15 ...) at which the section is at most about
// half as tall as it is wide (or as tall as the side panel), unless the picture's height or the
// exaggeration is fixed. The plot sits under the title; with a free height it just holds the
// section.
#pragma once
#include "postprocess/render/map_frame.hpp"
#include "postprocess/render/plot_axes.hpp"

namespace gwp::render {

struct SectionScale {
  int height = 0;                     // pixels of the whole picture
  double pixels_per_metre = 1.0;      // horizontal
  double vertical_exaggeration = 1.0;
  PlotArea area;                      // distance (m) by elevation (m asl)
};

struct SectionFit {
  double length = 1.0;                // m, of the line
  double z_low = 0.0, z_high = 1.0;   // m asl, lowest bottom and highest top of the cells cut
  double left = 0.0, right = 1.0;     // pixels, the plot's sides
  double above = 0.0, below = 0.0;    // pixels of the picture above and below the plot
  int height = 0;                     // picture height; 0: chosen here
  double min_height = 0.0;            // pixels the picture needs anyway (the side panel)
  double vertical_exaggeration = 0.0; // 0: chosen here
};

// The elevation axis runs from a round value below z_low to 15 % of the thickness above z_high,
// room for the names of wells.
SectionScale section_scale(const SectionFit& fit);

}  // namespace gwp::render
