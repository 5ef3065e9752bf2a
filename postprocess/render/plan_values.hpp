// One value per grid column (row-major, ny x nx, row 0 at the north edge) from a per-cell field:
// one layer, the maximum over a range of layers, or the water table. NaN marks a column with
// nothing to show (no active cell, or no saturated one).
#pragma once
#include <cstdint>
#include <vector>

#include "core/grid.hpp"

namespace gwp::render {

// A range of grid layers, 0-based: `first` and the `count` layers from it down.
struct LayerRange {
  int first = 0, count = 1;
  int end() const { return first + count; }
};

// The whole depth of the grid.
inline LayerRange all_layers(const Grid& grid) { return {0, grid.nz}; }

// Values of layer k (0-based); NaN where that cell is inactive.
std::vector<double> layer_values(const Grid& grid, const std::vector<double>& cells, int k);

// The largest value of each column over the active cells of `layers` (NaN values left out); NaN
// where there is none.
std::vector<double> range_maximum(const Grid& grid, const std::vector<double>& cells, LayerRange layers);

// Per column, the topmost active cell of `layers` whose head stands above its bottom (the water
// table of an unconfined aquifer, the head of the first saturated layer elsewhere); -1 where
// there is none.
std::vector<std::int64_t> top_saturated_cells(const Grid& grid, const std::vector<double>& heads, LayerRange layers);

// Values of the chosen cells (NaN where the cell is -1).
std::vector<double> values_at(const std::vector<std::int64_t>& cells, const std::vector<double>& values);

// Head (m) of the top saturated cell of each column over the whole depth; NaN where none.
std::vector<double> water_table(const Grid& grid, const std::vector<double>& heads);

// Per column, 1 where `layers` hold active cells and every one of them is dry: its head at or
// below its bottom (a convertible cell that has drained).
std::vector<unsigned char> dry_columns(const Grid& grid, const std::vector<double>& heads, LayerRange layers);

// Whether cell n is dry: active, with its head at or below its bottom.
bool is_dry(const Grid& grid, const std::vector<double>& heads, std::int64_t n);

// `cells` with NaN for every dry cell (heads at or below the cell's bottom): what a dry cell
// holds is no groundwater's concentration. `cells` itself when no heads are given.
std::vector<double> wet_values(const Grid& grid, const std::vector<double>& cells, const std::vector<double>& heads);

// The value a quarter of the finite values do not exceed (linear between order statistics); NaN
// when there is none.
double lower_quartile(std::vector<double> values);

// Smallest and largest finite value; {NaN, NaN} when there is none.
std::vector<double> finite_range(const std::vector<double>& values);

}  // namespace gwp::render
