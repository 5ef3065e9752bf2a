// Which grid columns a vertical section line cuts, and where along the line: the line is taken
// to the grid's local axes, where every column is an axis-aligned rectangle, and clipped against
// each rectangle (Liang-Barsky), so rotated and uneven grids need nothing special.
#pragma once
#include <array>
#include <vector>

#include "postprocess/plan_geometry.hpp"
#include "solver/grid/grid.hpp"

namespace gwp::post::render {

struct SectionPiece {
  int i = 0, j = 0;             // row and column (0-based)
  double s0 = 0.0, s1 = 0.0;    // m along the line from its start, s0 < s1
};

// Pieces in order of s0; columns the line only touches (a length below 1e-9 of the line) are
// left out. Throws std::invalid_argument for a line of zero length.
std::vector<SectionPiece> section_pieces(const Grid& grid, const PlanPoint& start, const PlanPoint& end);

// Distance (m) along the line from `start` towards `end` of the foot of the perpendicular from p,
// and the distance (m) from p to the line through start and end.
struct LinePosition {
  double along = 0.0, off = 0.0;
};
LinePosition position_on_line(const PlanPoint& p, const PlanPoint& start, const PlanPoint& end);

// The stretches of the line from `start` to `end` that lie inside `polygon` (world points, not
// closed, any simple polygon): pairs of distances (m) along the line, s0 < s1, in order.
std::vector<std::array<double, 2>> inside_polygon(const std::vector<PlanPoint>& polygon, const PlanPoint& start,
                                                  const PlanPoint& end);

}  // namespace gwp::post::render
