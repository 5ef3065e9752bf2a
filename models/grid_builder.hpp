// The case's [grid] turned into the solver's grid: widths, world placement, the top, every
// layer's bottom (constant or from a CSV file) split into sublayers of equal thickness, and
// which cells are active. Problems are collected into Diagnostics, never thrown.
#pragma once
#include <vector>

#include "core/grid.hpp"
#include "models/case.hpp"
#include "models/diagnostics.hpp"
#include "models/layer_table.hpp"

namespace gwp::model {

// A cell this thin (m) or thinner has no volume: it is inactive (a layer pinching out).
inline constexpr double kZeroThickness = 1e-9;

struct BuiltGrid {
  gwp::Grid grid;
  LayerTable layers;  // case layers -> grid layers
};

// Bottoms (m) of `count` sublayers of equal thickness from `top` down to `bottom`, top down;
// the last is `bottom` exactly.
std::vector<double> sublayer_bottoms(double top, double bottom, int count);

// Builds the grid of `spec`. When the plan itself is unusable (nx, ny, dx, dy, no layers) the
// result is an empty grid (nx = ny = nz = 0). When a surface file cannot be used, its elevations
// are NaN and the cells it bounds stay active, so that checks on the plan (points, polygons)
// still run; Diagnostics then holds the reason and the case must not be solved.
// Cells of zero thickness and cells whose centre is outside spec.active are inactive; a layer
// bottom above its top is a diagnostic and the cell is then taken as zero thickness.
BuiltGrid build_grid(const GridSpec& spec, Diagnostics& d);

}  // namespace gwp::model
