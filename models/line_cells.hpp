// Columns along a polyline, for selections by `line` (a river reach, a drain, a thin zone) and
// for cutoff walls: which columns the line passes, how much of it lies in each, and how much of
// each column lies within a band around it. Computed in the grid's own (local) coordinates, so a
// rotated grid is handled like any other.
#pragma once
#include <array>
#include <optional>
#include <vector>

#include "core/grid.hpp"
#include "models/case.hpp"

namespace gwp::model {

struct LineColumn {
  int i = 0, j = 0;          // row (from the north) and column (from the west), 0-based
  double length = 0.0;       // m of the line inside the column's footprint
  double band_area = 0.0;    // m2 of the footprint within width / 2 of the line (0 without a width)
};

// The columns whose footprint the line crosses or touches, and, with a width (m), also those
// whose centre lies within width / 2 of it; row by row, west to east. The band area is counted
// on a 20 x 20 lattice of points in the footprint: to within about a twentieth of the
// footprint, exactly when the band's edges fall between lattice points as cell edges do.
std::vector<LineColumn> line_columns(const gwp::Grid& grid, const Polyline& line, std::optional<double> width);

// The river bed area (m2) a column holds under a reach of `width` (m): its band area, but at
// least the length of line in it times the width (a reach narrower than the lattice spacing),
// and never more than the column's plan area `column_area` (m2).
double bed_area(const LineColumn& column, double width, double column_area);

// Pairs of horizontally adjacent columns whose centres lie on opposite sides of the line: the
// segment joining the two centres meets it. Each pair is {{i, j}, {i2, j2}} with (i2, j2) the
// eastern or southern neighbour. Every path between the columns of the grid that crosses the line
// steps across one of these pairs, so a wall on their faces leaves no gap.
std::vector<std::array<std::array<int, 2>, 2>> crossed_faces(const gwp::Grid& grid, const Polyline& line);

// Which side of the line a point lies on (both in the same plane coordinates), walking along the
// line from its first vertex to its last: +1 left, -1 right, 0 on it (within 1e-9 of `scale`, m).
// Decided at the nearest point of the line; where that is a vertex between two segments, by the
// sum of their unit normals (a closed line's first vertex joins its last segment to its first).
int side_of_line(const Point& p, const Polyline& line, double scale);

// For each pair of `faces` (as crossed_faces gives them), the direction in which going from its
// first column's centre to its second's crosses the line: +1 from the line's left to its right,
// -1 from right to left, +-1/2 where one of the two centres lies on the line (a line through a
// row of centres: the faces on both sides of the row, each by half), 0 where both centres lie on
// the same side (the line crosses the joining segment twice) or on the line.
std::vector<double> crossing_directions(const gwp::Grid& grid, const Polyline& line,
                                        const std::vector<std::array<std::array<int, 2>, 2>>& faces);

}  // namespace gwp::model
