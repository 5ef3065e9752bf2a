// Cells selected the way the case file selects them (docs/case-format.md): all, a side, a polygon, a box,
// a point (with an elevation, a screen or layers), or explicit [layer, row, column] triples.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "models/case.hpp"
#include "models/diagnostics.hpp"
#include "models/grid_builder.hpp"
#include "models/grid_points.hpp"

namespace gwp::model {

// Grid layers (0-based, sorted) named by `refs`, each case layer with all its sublayers;
// every grid layer when `refs` is empty. A number or name that does not exist is a diagnostic
// at the reference's location (else at `fallback`) listing the known layers.
std::vector<int> resolve_layers(const std::vector<LayerRef>& refs, const LayerTable& table, const Location& fallback,
                                Diagnostics& d);

// Indices of the ACTIVE cells `s` selects, sorted and unique. `layers`, when given, narrows
// every kind except `cells` (whose triples name grid layers themselves):
// - all: every active cell;
// - side north | south | east | west: the first or last row or column;
// - polygon: cells whose centre (world coordinates) is inside or on the polygon;
// - box: cells whose centre is inside box_x x box_y (world) and, with box_z, whose centre
//   elevation is within it;
// - at: the column holding the point, then the cell holding z, or the cells the screen
//   (top, bottom) overlaps, or else every layer;
// - cells: 1-based [grid layer, row, column] triples, each checked against the grid;
// - line: the columns the polyline crosses, and with a width also those whose centre lies
//   within width / 2 of it (line_cells.hpp).
// Problems (a point, polygon or line vertex outside the grid, an unknown layer, a screen or z
// outside the column, a triple out of range, nothing active selected) are diagnostics at
// s.where; the result then holds what could be selected, and is empty for an empty grid.
std::vector<std::int64_t> select_cells(const Selection& s, const BuiltGrid& g, Diagnostics& d);

}  // namespace gwp::model
