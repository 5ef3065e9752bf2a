// One value per grid column (row-major, ny x nx, row 0 at the north edge) from a per-cell field:
// one layer or the water table. NaN marks a column with nothing to show
// (no active cell, or no saturated one).
#pragma once
#include <vector>

#include "solver/grid/grid.hpp"

namespace gwp::post::render {

// Values of layer k (0-based); NaN where that cell is inactive.
std::vector<double> layer_values(const Grid& grid, const std::vector<double>& cells, int k);

// (The maximum over depth is postprocess/depth_maximum.hpp.)

// Head (m) of the topmost active cell whose head stands above its bottom, i.e. the water table
// of an unconfined aquifer and the head of the first saturated layer elsewhere; NaN where the
// column has no such cell.
std::vector<double> water_table(const Grid& grid, const std::vector<double>& heads);

// Smallest and largest finite value; {NaN, NaN} when there is none.
std::vector<double> finite_range(const std::vector<double>& values);

}  // namespace gwp::post::render
