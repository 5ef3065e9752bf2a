// The real shape of each cell in world coordinates: its column's four plan corners, rotated and
// moved to the grid's origin (Grid::to_world), and the cell's own top and bottom elevations.
// Cells of one column share their corners vertically; neighbouring columns may step.
#pragma once
#include <array>
#include <cstdint>
#include <vector>

#include "core/grid.hpp"

namespace gwp::exporting {

using Point3 = std::array<double, 3>;  // world x, y (m) and elevation z (m)

// Local (unrotated, from the south-west corner) positions of the grid lines, m.
struct GridLines {
  std::vector<double> x;  // nx + 1: x[j] is the west edge of column j, x[nx] the east edge
  std::vector<double> y;  // ny + 1: y[i] is the north edge of row i, y[ny] = 0 the south edge
};

GridLines grid_lines(const Grid& grid);

// World x, y of the plan corners of column (i, j), counter-clockwise seen from above starting
// at the south-west corner: SW, SE, NE, NW.
std::array<std::array<double, 2>, 4> column_corners(const Grid& grid, const GridLines& lines, int i, int j);

// The eight corners of cell n in VTK_HEXAHEDRON order: the bottom face SW, SE, NE, NW, then the
// top face in the same order (so the bottom face's normal, by the right-hand rule, points into
// the cell as VTK expects).
std::array<Point3, 8> cell_corners(const Grid& grid, const GridLines& lines, std::int64_t n);

// Ground elevation (top of layer 0, m) of the column under world point (x, y); a point outside
// the grid takes the nearest column.
double ground_elevation(const Grid& grid, const GridLines& lines, double x, double y);

}  // namespace gwp::exporting
