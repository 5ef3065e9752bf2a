#include "postprocess/export/raster_layout.hpp"

#include <algorithm>
#include <cmath>


namespace gwp::exporting {

namespace {

constexpr double kPi = 3.14159265358979323846;

bool all_equal(const std::vector<double>& widths) {
  const auto [lo, hi] = std::minmax_element(widths.begin(), widths.end());
  return *hi - *lo <= 1e-9 * *hi;  // widths parsed from the same number agree far closer than this
}

// Pixels along one side and the grid cell under each pixel centre. `lines` holds the cell edges
// in the direction pixels are counted (from 0 to the full length).
struct RasterAxis {
  int pixels = 0;
  double size = 0.0;
  std::vector<int> cell;
};

RasterAxis sample_axis(const std::vector<double>& widths, int max_side) {
  RasterAxis axis;
  double length = 0.0;
  for (double w : widths) length += w;
  if (all_equal(widths)) {
    axis.pixels = int(widths.size());
    axis.size = widths.front();
    for (int c = 0; c < axis.pixels; ++c) axis.cell.push_back(c);
    return axis;
  }
  const double narrowest = *std::min_element(widths.begin(), widths.end());
  axis.pixels = std::min(max_side, int(std::ceil(length / narrowest - 1e-9)));
  axis.size = length / axis.pixels;
  std::vector<double> edges{0.0};
  for (double w : widths) edges.push_back(edges.back() + w);
  for (int p = 0; p < axis.pixels; ++p) {
    const double centre = (p + 0.5) * axis.size;
    const auto it = std::upper_bound(edges.begin() + 1, edges.end() - 1, centre);
    axis.cell.push_back(int(it - (edges.begin() + 1)));
  }
  return axis;
}

}  // namespace

std::array<double, 6> grid_geotransform(const Grid& grid, double pixel_x, double pixel_y) {
  const double a = grid.rotation_deg * kPi / 180.0;
  const auto north_west = grid.to_world(0.0, grid.length_y());
  // One pixel east in the grid is (cos a, sin a) px in the world; one pixel south is
  // (sin a, -cos a) py.
  return {north_west[0], pixel_x * std::cos(a), pixel_y * std::sin(a),
          north_west[1], pixel_x * std::sin(a), -pixel_y * std::cos(a)};
}

RasterLayout raster_layout(const Grid& grid, int max_side) {
  const RasterAxis x = sample_axis(grid.dx, max_side);
  const RasterAxis y = sample_axis(grid.dy, max_side);  // dy runs north -> south, as pixel rows do
  RasterLayout layout;
  layout.width = x.pixels;
  layout.height = y.pixels;
  layout.pixel_x = x.size;
  layout.pixel_y = y.size;
  layout.grid_column = x.cell;
  layout.grid_row = y.cell;
  layout.geotransform = grid_geotransform(grid, x.size, y.size);
  return layout;
}

std::vector<float> rasterize(const RasterLayout& layout, const Grid& grid,
                             const std::vector<double>& column_values, float nodata) {
  std::vector<float> pixels(std::size_t(layout.width) * std::size_t(layout.height), nodata);
  for (int r = 0; r < layout.height; ++r)
    for (int c = 0; c < layout.width; ++c) {
      const double v = column_values[std::size_t(layout.grid_row[std::size_t(r)]) * std::size_t(grid.nx) +
                                     std::size_t(layout.grid_column[std::size_t(c)])];
      if (!std::isnan(v)) pixels[std::size_t(r) * std::size_t(layout.width) + std::size_t(c)] = float(v);
    }
  return pixels;
}

}  // namespace gwp::exporting
