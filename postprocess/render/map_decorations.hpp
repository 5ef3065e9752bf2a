// What makes a plan map readable as a map: a scale bar of a round length, a north arrow, and a
// frame with world coordinate ticks (m) and axis titles around the mapped area.
#pragma once
#include <string>

#include "postprocess/render/canvas.hpp"
#include "postprocess/render/map_frame.hpp"

namespace gwp::render {

// The round length (m) a scale bar at most `max_pixels` long shows: 100 m, 200 m, 500 m, 1 km ...
double scale_bar_length(const MapFrame& frame, double max_pixels);

// A bar of scale_bar_length(frame, max_pixels) metres from (left, bottom), `font_size` / 2 high, in
// alternating black and white quarters, labelled above at 0, half and full length with the unit
// at the end only ("0  250  500 m"); the middle label is left out when it would crowd the others.
// Returns the box of bar and labels.
PixelBox draw_scale_bar(Canvas& canvas, const MapFrame& frame, Pixel left_bottom, double max_pixels,
                        double font_size);

// An arrow pointing to grid north of the world coordinates (up the picture), "N" above it;
// `base` is the bottom centre of the arrow, `height` its length, pixels.
void draw_north_arrow(Canvas& canvas, Pixel base, double height, double font_size);

// A thin frame around `world` as drawn by `frame`, with round easting ticks below and northing
// ticks to the left, labelled in metres (a northing label that would run into an easting label
// at the corner is left out), and the axis titles `x_title` below the easting labels and
// `y_title` left of the northing labels. Returns the pixel row of the bottom of the x title.
double draw_coordinate_frame(Canvas& canvas, const MapFrame& frame, const WorldBox& world, double font_size,
                             const std::string& x_title, const std::string& y_title);

// "Easting (m, EPSG:4546)": an axis title with the unit and, when known, the coordinate system.
std::string coordinate_title(const std::string& axis, const std::string& crs);

}  // namespace gwp::render
