// Contour lines of a column field (one value per grid column) in world coordinates: where the
// field, interpolated linearly between column centres, crosses a level. Cells of the rotated,
// possibly uneven grid are handled through their world centres; columns holding NaN (inactive)
// break the lines, so no contour crosses a hole in the grid.
#pragma once
#include <vector>

#include "core/grid.hpp"
#include "core/plane_geometry.hpp"

namespace gwp::render {

// Polylines (world x, y in m), joined across cells, for `level`.
std::vector<std::vector<Point>> contour_lines(const Grid& grid, const std::vector<double>& columns,
                                                  double level);

}  // namespace gwp::render
