// A rectangular plot area with an x and a y axis (linear or log10), and its axes drawn: frame,
// ticks at round values, tick labels, axis titles and optional light grid lines. Shared by the
// section and the line charts, so both read the same.
#pragma once
#include <string>
#include <vector>

#include "postprocess/render/canvas.hpp"
#include "postprocess/render/map_frame.hpp"

namespace gwp::render {

struct ChartAxis {
  double min = 0, max = 1;      // data units; both > 0 on a log axis
  bool log = false;
  std::string title;            // "distance along the section (m)"
  std::vector<double> ticks;    // empty: round values chosen by draw_axes
  std::vector<std::string> tick_labels;  // one per tick (dates); empty: the tick values
  // 0 at min, 1 at max (in log10 on a log axis).
  double fraction(double value) const;
};

struct PlotArea {
  PixelBox box;
  ChartAxis x, y;
  Pixel to_pixel(double xv, double yv) const {
    return {box.left + x.fraction(xv) * box.width(), box.bottom + y.fraction(yv) * box.height()};
  }
};

// The ticks draw_axes uses for `axis` (its own, or round values).
std::vector<double> axis_ticks(const ChartAxis& axis);

// Draws the frame, ticks, labels and titles (x title below, y title rotated on the left), and
// light grid lines at the ticks when `grid` is set; without `x_labels` the x ticks stay unlabelled
// and untitled (upper panels of stacked charts). X ticks are thinned until their labels leave a
// font's width between them. Draw it before the data when grid lines are wanted under the data,
// or after for a clean frame on top. Returns the pixel row of the bottom of what it drew under
// the plot.
double draw_axes(Canvas& canvas, const PlotArea& area, double font, bool grid, bool x_labels = true);

}  // namespace gwp::render
