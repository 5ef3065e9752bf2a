// Which grid columns a vertical section line cuts, and where along the line: the line is taken
// to the grid's local axes, where every column is an axis-aligned rectangle, and clipped against
// each rectangle (core/plane_geometry), so rotated and uneven grids need nothing special.
#pragma once
#include <array>
#include <vector>

#include "core/grid.hpp"
#include "core/plane_geometry.hpp"

namespace gwp::render {

struct SectionPiece {
  int i = 0, j = 0;             // row and column (0-based)
  double s0 = 0.0, s1 = 0.0;    // m along the line from its start, s0 < s1
};

// Pieces in order of s0; columns the line only touches (a length below 1e-9 of the line) are
// left out. Throws std::invalid_argument for a line of zero length.
std::vector<SectionPiece> section_pieces(const Grid& grid, const Point& start, const Point& end);

}  // namespace gwp::render
