// Hatching: parallel lines across areas (dry cells, boundary cells), so such areas read as
// different from any colour of the field under or beside them, in print and in black and white.
#pragma once
#include <vector>

#include "postprocess/render/text_setter.hpp"

namespace gwp::render {

// Line segments that hatch the convex polygons (pixels) at `spacing` pixels apart, at `degrees`
// from the x axis. The lines belong to one family across the whole picture (c = k * spacing along
// their normal), so the hatching of neighbouring polygons joins up.
std::vector<std::vector<Pixel>> hatch_lines(const std::vector<std::vector<Pixel>>& polygons, double spacing,
                                            double degrees = 45.0);

}  // namespace gwp::render
