// How the grid's columns map onto a north-up-in-grid-axes raster for GIS: pixel rows follow the
// grid's rows (row 0 the north edge), pixel columns its columns, and the GDAL geotransform
// carries the grid's origin and rotation. A grid of equal widths gets one pixel per column; a
// grid of varying widths is sampled on equal pixels no larger than its narrowest column
// (each pixel takes the column under its centre), because a GeoTIFF has one pixel size.
#pragma once
#include <array>
#include <vector>

#include "core/grid.hpp"

namespace gwp::exporting {

struct RasterLayout {
  int width = 0, height = 0;  // pixels
  double pixel_x = 0.0;       // m, along the grid's columns (local x)
  double pixel_y = 0.0;       // m, along the grid's rows (local y)
  // GDAL order: x_world = g[0] + col g[1] + row g[2], y_world = g[3] + col g[4] + row g[5],
  // (col, row) measured in pixels from the north-west corner of the grid.
  std::array<double, 6> geotransform{};
  std::vector<int> grid_column;  // per pixel column, the grid column j under its centre
  std::vector<int> grid_row;     // per pixel row, the grid row i under its centre
};

// `max_side` caps the pixels along each side: a narrow column then gets less than a pixel.
RasterLayout raster_layout(const Grid& grid, int max_side = 8192);

// The geotransform of a raster whose pixel is pixel_x by pixel_y metres, starting at the grid's
// north-west corner (pure: the rotation terms of a grid turned `rotation_deg` counter-clockwise).
std::array<double, 6> grid_geotransform(const Grid& grid, double pixel_x, double pixel_y);

// Per-column values (ny * nx, row-major) laid out on the raster, row-major, as float32 with
// `nodata` where the value is NaN.
std::vector<float> rasterize(const RasterLayout& layout, const Grid& grid,
                             const std::vector<double>& column_values, float nodata);

}  // namespace gwp::exporting
