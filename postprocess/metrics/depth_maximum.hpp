// The plan view of a 3-D field that matters for a map of a plume: in each column, the largest
// value over its active cells.
#pragma once
#include <vector>

#include "core/grid.hpp"

namespace gwp::metrics {

// Per column (row-major, ny * nx), the maximum of `values` (one per cell, result order) over the
// column's active cells; NaN for a column without an active cell.
std::vector<double> depth_maximum(const Grid& grid, const std::vector<double>& values);

// Per column, 1 where the value is strictly above `limit` (the result's rule for "above a
// limit"), 0 otherwise, NaN included.
std::vector<unsigned char> above_limit(const std::vector<double>& column_values, double limit);

}  // namespace gwp::metrics
