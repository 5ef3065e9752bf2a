// The part of a plume that is joined to given cells: the cells above a threshold that can be
// reached from a seed cell through face neighbours (east, west, north, south, above, below)
// that are all above it. Used to measure the plume that came through an abandoned well's bore
// rather than any plume that happens to lie near it.
#pragma once
#include <cstdint>
#include <vector>

#include "core/grid.hpp"
#include "postprocess/metrics/plume_metrics.hpp"

namespace gwp::metrics {

// The cells of `allowed` (active ones only) with a concentration strictly above `threshold`
// (mg/L) connected to one of `seeds` (cell indices) through such cells. A seed that is not
// itself such a cell starts nothing; no seed, or a NaN threshold, gives an empty region.
// Throws std::invalid_argument for vectors of the wrong length or a seed outside the grid.
CellMask connected_above(const Grid& grid, const std::vector<double>& concentration, double threshold,
                         const CellMask& allowed, const std::vector<std::int64_t>& seeds);

// How far the plume that came through an abandoned well's bore reaches (m, kDistanceDefinition of
// metrics_table.hpp): the farthest plan distance from the well `at` (world x, y) to the centre of a
// column holding a cell above `threshold` (mg/L) among the `delivered` cells (the counted cells of
// the layers into which the bore has delivered net mass) that is connected through such cells to
// one of the bore's open cells `bore`. NaN when there is none (nothing delivered, or nothing above
// the threshold where it was delivered).
double bore_plume_distance(const Grid& grid, const std::vector<double>& concentration, double threshold,
                           const CellMask& delivered, const std::vector<std::int64_t>& bore, const Point& at);

}  // namespace gwp::metrics
