// Points in the built grid: where a world point falls (column, cell), where the column
// centres are, and how the grid's extent is described in messages.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "models/case.hpp"
#include "models/diagnostics.hpp"
#include "models/grid_builder.hpp"

namespace gwp::model {

// World coordinates (m) of the centre of every column, index i * nx + j (row 0 north).
std::vector<Point> column_centres(const gwp::Grid& grid);

// "(1200, 700)"
std::string point_text(const Point& p);

// "x from 0 to 2000, y from 0 to 1500", or for a rotated grid its four world corners.
std::string grid_extent_text(const gwp::Grid& grid);

// Row and column (0-based) of the column holding world point p; when p is outside the grid a
// diagnostic at `where`: "point (x, y) is outside the grid (x from .. to .., y from .. to ..)".
std::optional<std::array<int, 2>> locate_column(const BuiltGrid& g, const Point& p, const Location& where,
                                                Diagnostics& d);

// Reports every vertex of a polygon or line (`what`: "polygon" or "line") that lies outside the
// grid, at `where`: "polygon vertex 3 (x, y) is outside the grid (...)". True when all lie inside.
bool vertices_inside(const gwp::Grid& grid, const std::vector<Point>& vertices, const char* what,
                     const Location& where, Diagnostics& d);

// Grid layer (0-based) of the active cell of column (i, j) holding elevation z (m); at the
// boundary between two active cells the upper one. nullopt when no active cell holds z.
std::optional<int> active_layer_at(const gwp::Grid& grid, int i, int j, double z);

// Index of the active cell holding world point p at elevation z (m), as for a monitoring
// point; nullopt outside the grid, above its top, below its bottom or in an inactive cell.
std::optional<std::int64_t> cell_at(const BuiltGrid& g, const Point& p, double z);

}  // namespace gwp::model
