// What makes a plan map readable as a map: a scale bar of a round length, a north arrow, and a
// frame with world coordinate ticks (m) around the mapped area.
#pragma once
#include "postprocess/render/canvas.hpp"
#include "postprocess/render/map_frame.hpp"

namespace gwp::post::render {

// The round length (m) a scale bar at most `max_pixels` long shows: 100 m, 200 m, 500 m, 1 km ...
double scale_bar_length(const MapFrame& frame, double max_pixels);

// A bar of scale_bar_length(frame, max_pixels) metres from (left, bottom), in alternating black
// and white quarters, labelled 0, half and full length ("m" or "km").
void draw_scale_bar(Canvas& canvas, const MapFrame& frame, Pixel left_bottom, double max_pixels, double font_size);

// An arrow pointing to grid north of the world coordinates (up the picture), "N" above it;
// `base` is the bottom centre of the arrow, `height` its length, pixels.
void draw_north_arrow(Canvas& canvas, Pixel base, double height, double font_size);

// A thin frame around `world` as drawn by `frame`, with round easting ticks below and northing
// ticks to the left, labelled in metres.
void draw_coordinate_frame(Canvas& canvas, const MapFrame& frame, const WorldBox& world, double font_size);

}  // namespace gwp::post::render
