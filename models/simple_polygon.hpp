// Whether an outline of a case is simple: no edge crosses or touches another except where
// neighbours share their vertex, and no edge doubles back along the one before. A bow-tie or a
// figure of eight has no one inside: point_in_polygon's even-odd rule would select its cells by
// a rule the user never meant, so the case reader refuses it where it is written.
#pragma once
#include <optional>
#include <string>

#include "core/plane_geometry.hpp"

namespace gwp::model {

// nullopt when `polygon` (closed implicitly; a repeated vertex, the first one at the end
// included, is harmless) is simple; otherwise what is wrong, naming vertices from 1:
// "edge 1 (0, 0) - (50, 50) crosses edge 3 (50, 0) - (0, 50)". Edges are compared sorted along
// the axis in which they are shorter, so an outline of many thousand vertices takes milliseconds.
std::optional<std::string> polygon_crossing(const Polygon& polygon);

}  // namespace gwp::model
