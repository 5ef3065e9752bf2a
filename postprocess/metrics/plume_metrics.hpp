// Plume metrics of one concentration field at one time (docs/result-file.md, /metrics): peak,
// extent above a limit, distance from a source, dissolved mass and its centre. Small pure
// functions of the grid and plain per-cell vectors in C order (layer, row, column).
//
// Inactive cells are ignored, so a field read back from a result file (inactive cells hold
// -1e30) can be passed as it is. The figures of the plume itself (peak, extent, distances) may be
// restricted further to the cells of some layers ([metrics] layers) by a CellMask; the
// dissolved mass always counts every active cell, so that it balances the mass budget. A cell exceeds a threshold when its concentration is strictly
// above it, as a water-quality limit is exceeded only above its value. A NaN threshold (a
// species without that limit) gives NaN figures. A concentration that is not finite in an active
// cell is numerical trouble: gwp::ModelFailure naming the cell. Vectors of the wrong length:
// std::invalid_argument giving both lengths.
#pragma once
#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include "core/grid.hpp"
#include "core/plane_geometry.hpp"

namespace gwp::metrics {

// Per cell (C order), 1 where a figure counts the cell. Only active cells ever count.
using CellMask = std::vector<std::uint8_t>;

// The active cells of the grid layers `layers` (0-based). Throws std::invalid_argument for a
// layer outside the grid.
CellMask cells_of_layers(const Grid& grid, const std::vector<int>& layers);

// Volume of water per cell (m3) in a fully saturated aquifer: porosity x plan area x thickness.
std::vector<double> water_volumes(const Grid& grid, const std::vector<double>& porosity);
// The same with the saturated thickness (m) of each cell, for convertible layers whose water
// table lies inside the cell; thickness is clamped to [0, cell thickness].
std::vector<double> water_volumes(const Grid& grid, const std::vector<double>& porosity,
                                  const std::vector<double>& saturated_thickness);

struct Peak {
  double value = std::numeric_limits<double>::quiet_NaN();  // mg/L; NaN without active cells
  std::optional<CellIndex> cell;  // where; the first in C order when several share the value
};
// The largest concentration (mg/L per cell) of any active cell (of the `counted` cells).
Peak peak_concentration(const Grid& grid, const std::vector<double>& concentration);
Peak peak_concentration(const Grid& grid, const std::vector<double>& concentration, const CellMask& counted);

struct PlumeExtent {
  double area = 0.0;          // m2, plan area of the columns with any active cell above
  double volume = 0.0;        // m3, aquifer volume (plan area x thickness) of the cells above
  double water_volume = 0.0;  // m3, water in the cells above
  std::int64_t cells = 0;     // number of active cells above
};
// Extent of the part of the plume above `threshold` (mg/L). `water_volume` is per cell (m3),
// from water_volumes(). Every figure is NaN (cells 0) when the threshold is NaN.
PlumeExtent plume_extent(const Grid& grid, const std::vector<double>& concentration,
                         const std::vector<double>& water_volume, double threshold);
// The same over the `counted` cells only.
PlumeExtent plume_extent(const Grid& grid, const std::vector<double>& concentration,
                         const std::vector<double>& water_volume, double threshold, const CellMask& counted);

// The active cells (of the `counted` ones) above `threshold` (mg/L); none when it is NaN.
CellMask cells_above(const Grid& grid, const std::vector<double>& concentration, double threshold);
CellMask cells_above(const Grid& grid, const std::vector<double>& concentration, double threshold,
                     const CellMask& counted);

// Farthest plan distance (m) from `source` (world coordinates, see core/plane_geometry.hpp; 0 inside
// it) to the centre of any column holding an active cell above `threshold` (mg/L): the plume's
// length from a landfill or a well. The grid's origin and rotation place the cells. NaN when
// nothing exceeds the threshold or the threshold is NaN.
double farthest_distance(const Grid& grid, const std::vector<double>& concentration,
                         double threshold, const Polygon& source);
// The same from a single point (an abandoned well, a source point).
double farthest_distance(const Grid& grid, const std::vector<double>& concentration,
                         double threshold, const Point& source);
// Farthest plan distance (m) from `source` to the centre of any column holding a cell of
// `cells` (e.g. cells_above(), or a plume region of connected_plume.hpp); NaN when it holds none.
double farthest_distance(const Grid& grid, const CellMask& cells, const Polygon& source);

struct DissolvedMass {
  double mass = 0.0;  // g
  // m, world x, y and elevation z of the centre of the dissolved mass (each cell's mass at its
  // centre, z halfway between its top and bottom); NaN when the mass is zero.
  std::array<double, 3> centre{};
};
// Sum over active cells of water volume (m3) x concentration (mg/L = g/m3). Concentrations below
// zero (undershoots of the transport scheme) count as they are, so the sum matches the
// solver's mass budget.
DissolvedMass dissolved_mass(const Grid& grid, const std::vector<double>& concentration,
                             const std::vector<double>& water_volume);

}  // namespace gwp::metrics
