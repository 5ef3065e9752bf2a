#include "postprocess/metrics/plume_metrics.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "core/errors.hpp"
#include "core/grid.hpp"

namespace gwp::metrics {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

template <typename T>
void require_per_cell(const Grid& grid, const std::vector<T>& values, const char* what) {
  if (values.size() != std::size_t(grid.cell_count())) {
    throw std::invalid_argument(std::string(what) + " has " + std::to_string(values.size()) +
                                " values for a grid of " + std::to_string(grid.cell_count()) +
                                " cells");
  }
}

bool is_active(const Grid& grid, std::int64_t n) { return grid.active[std::size_t(n)] != 0; }

// The concentration of active cell n, which must be a number.
double concentration_at(const Grid& grid, const std::vector<double>& concentration,
                        std::int64_t n) {
  const double c = concentration[std::size_t(n)];
  if (!std::isfinite(c)) {
    throw ModelFailure("plume metrics: concentration is " + std::to_string(c) +
                       " mg/L in active cell " + cell_label(grid, n));
  }
  return c;
}

// Per column (row-major, ny x nx): whether it holds any cell of `cells`.
std::vector<std::uint8_t> columns_holding(const Grid& grid, const CellMask& cells) {
  require_per_cell(grid, cells, "cell mask");
  std::vector<std::uint8_t> held(std::size_t(grid.column_count()), 0);
  for (std::int64_t n = 0; n < grid.cell_count(); ++n)
    if (cells[std::size_t(n)]) held[std::size_t(n % grid.column_count())] = 1;
  return held;
}

// Whether a figure counts cell n: active and in the mask.
bool counts(const Grid& grid, const CellMask& counted, std::int64_t n) {
  return is_active(grid, n) && counted[std::size_t(n)] != 0;
}

// Local centre coordinates (m) of every column (x) and row (y), in one pass each rather than
// one sum per cell.
std::vector<double> column_centres(const Grid& grid) {
  std::vector<double> x(std::size_t(grid.nx));
  double west = 0.0;
  for (int j = 0; j < grid.nx; ++j) {
    x[std::size_t(j)] = west + 0.5 * grid.dx[std::size_t(j)];
    west += grid.dx[std::size_t(j)];
  }
  return x;
}

std::vector<double> row_centres(const Grid& grid) {
  // Row 0 is the north edge; local y is measured north from the south edge.
  std::vector<double> y(std::size_t(grid.ny));
  double north = grid.length_y();
  for (int i = 0; i < grid.ny; ++i) {
    y[std::size_t(i)] = north - 0.5 * grid.dy[std::size_t(i)];
    north -= grid.dy[std::size_t(i)];
  }
  return y;
}

}  // namespace

CellMask cells_of_layers(const Grid& grid, const std::vector<int>& layers) {
  CellMask mask(std::size_t(grid.cell_count()), 0);
  for (int k : layers) {
    if (k < 0 || k >= grid.nz)
      throw std::invalid_argument("layer " + std::to_string(k) + " outside a grid of " + std::to_string(grid.nz) +
                                  " layers");
    for (std::int64_t c = 0; c < grid.column_count(); ++c) {
      const std::int64_t n = std::int64_t(k) * grid.column_count() + c;
      mask[std::size_t(n)] = grid.active[std::size_t(n)];
    }
  }
  return mask;
}

std::vector<double> water_volumes(const Grid& grid, const std::vector<double>& porosity) {
  require_per_cell(grid, porosity, "porosity");
  std::vector<double> volume(porosity.size());
  for (std::int64_t n = 0; n < grid.cell_count(); ++n) {
    volume[std::size_t(n)] = porosity[std::size_t(n)] * grid.area(n) * grid.thickness(n);
  }
  return volume;
}

std::vector<double> water_volumes(const Grid& grid, const std::vector<double>& porosity,
                                  const std::vector<double>& saturated_thickness) {
  require_per_cell(grid, porosity, "porosity");
  require_per_cell(grid, saturated_thickness, "saturated thickness");
  std::vector<double> volume(porosity.size());
  for (std::int64_t n = 0; n < grid.cell_count(); ++n) {
    const double b = saturated_thickness[std::size_t(n)];
    if (std::isnan(b)) {
      throw std::invalid_argument("saturated thickness is NaN in cell " + cell_label(grid, n));
    }
    const double wet = std::clamp(b, 0.0, std::max(0.0, grid.thickness(n)));
    volume[std::size_t(n)] = porosity[std::size_t(n)] * grid.area(n) * wet;
  }
  return volume;
}

Peak peak_concentration(const Grid& grid, const std::vector<double>& concentration) {
  return peak_concentration(grid, concentration, grid.active);
}

Peak peak_concentration(const Grid& grid, const std::vector<double>& concentration, const CellMask& counted) {
  require_per_cell(grid, concentration, "concentration");
  require_per_cell(grid, counted, "cell mask");
  Peak peak{kNaN, std::nullopt};
  for (std::int64_t n = 0; n < grid.cell_count(); ++n) {
    if (!counts(grid, counted, n)) continue;
    const double c = concentration_at(grid, concentration, n);
    if (!peak.cell || c > peak.value) peak = {c, grid.cell(n)};
  }
  return peak;
}

PlumeExtent plume_extent(const Grid& grid, const std::vector<double>& concentration,
                         const std::vector<double>& water_volume, double threshold) {
  return plume_extent(grid, concentration, water_volume, threshold, grid.active);
}

PlumeExtent plume_extent(const Grid& grid, const std::vector<double>& concentration,
                         const std::vector<double>& water_volume, double threshold, const CellMask& counted) {
  require_per_cell(grid, concentration, "concentration");
  require_per_cell(grid, water_volume, "water volume");
  require_per_cell(grid, counted, "cell mask");
  if (std::isnan(threshold)) return {kNaN, kNaN, kNaN, 0};
  PlumeExtent extent;
  std::vector<std::uint8_t> column_counted(std::size_t(grid.column_count()), 0);
  for (std::int64_t n = 0; n < grid.cell_count(); ++n) {
    if (!counts(grid, counted, n) || !(concentration_at(grid, concentration, n) > threshold)) continue;
    ++extent.cells;
    extent.volume += grid.area(n) * grid.thickness(n);
    extent.water_volume += water_volume[std::size_t(n)];
    // Plan area counts a column once, however many of its layers exceed.
    std::uint8_t& counted = column_counted[std::size_t(n % grid.column_count())];
    if (!counted) extent.area += grid.area(n);
    counted = 1;
  }
  return extent;
}

CellMask cells_above(const Grid& grid, const std::vector<double>& concentration, double threshold) {
  return cells_above(grid, concentration, threshold, grid.active);
}

CellMask cells_above(const Grid& grid, const std::vector<double>& concentration, double threshold,
                     const CellMask& counted) {
  require_per_cell(grid, concentration, "concentration");
  require_per_cell(grid, counted, "cell mask");
  CellMask above(std::size_t(grid.cell_count()), 0);
  for (std::int64_t n = 0; n < grid.cell_count(); ++n)
    if (counts(grid, counted, n) && concentration_at(grid, concentration, n) > threshold) above[std::size_t(n)] = 1;
  return above;
}

double farthest_distance(const Grid& grid, const CellMask& cells, const Polygon& source) {
  if (source.empty()) throw std::invalid_argument("farthest distance from a source without vertices");
  const std::vector<std::uint8_t> held = columns_holding(grid, cells);
  const std::vector<double> x = column_centres(grid), y = row_centres(grid);
  double farthest = kNaN;
  for (int i = 0; i < grid.ny; ++i) {
    for (int j = 0; j < grid.nx; ++j) {
      if (!held[std::size_t(i * grid.nx + j)]) continue;
      const double d =
          distance_to_polygon(grid.to_world(x[std::size_t(j)], y[std::size_t(i)]), source);
      if (std::isnan(farthest) || d > farthest) farthest = d;
    }
  }
  return farthest;
}

double farthest_distance(const Grid& grid, const std::vector<double>& concentration,
                         double threshold, const Polygon& source) {
  if (source.empty()) throw std::invalid_argument("farthest distance from a source without vertices");
  const CellMask above = cells_above(grid, concentration, threshold);
  if (std::isnan(threshold)) return kNaN;
  return farthest_distance(grid, above, source);
}

double farthest_distance(const Grid& grid, const std::vector<double>& concentration,
                         double threshold, const Point& source) {
  return farthest_distance(grid, concentration, threshold, Polygon{source});
}

DissolvedMass dissolved_mass(const Grid& grid, const std::vector<double>& concentration,
                             const std::vector<double>& water_volume) {
  require_per_cell(grid, concentration, "concentration");
  require_per_cell(grid, water_volume, "water volume");
  const std::vector<double> x = column_centres(grid), y = row_centres(grid);
  double mass = 0.0, mx = 0.0, my = 0.0, mz = 0.0;  // g and first moments g m (local x, y)
  for (std::int64_t n = 0; n < grid.cell_count(); ++n) {
    if (!is_active(grid, n)) continue;
    // mg/L is g/m3, so a water volume in m3 times a concentration is grams.
    const double m = water_volume[std::size_t(n)] * concentration_at(grid, concentration, n);
    const CellIndex c = grid.cell(n);
    mass += m;
    mx += m * x[std::size_t(c.j)];
    my += m * y[std::size_t(c.i)];
    mz += m * 0.5 * (grid.cell_top(n) + grid.cell_bottom(n));
  }
  if (mass == 0.0) return {0.0, {kNaN, kNaN, kNaN}};
  // The placement is affine, so the centre of the local coordinates maps to the world centre.
  const std::array<double, 2> world = grid.to_world(mx / mass, my / mass);
  return {mass, {world[0], world[1], mz / mass}};
}

}  // namespace gwp::metrics
