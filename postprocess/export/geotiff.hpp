// A single-band float32 GeoTIFF of a per-column field, georeferenced with the grid's origin and
// rotation (raster_layout.hpp) and, when known, its CRS.
#pragma once
#include <map>
#include <string>

#include <ogr_spatialref.h>

#include "postprocess/export/raster_layout.hpp"

namespace gwp::exporting {

inline constexpr float kRasterNodata = -9999.0f;  // columns without an active cell

// `column_values` per column (ny * nx, row-major; NaN where nothing applies). `srs` may be null.
// `metadata` goes to the dataset's GDAL metadata (e.g. species, time_d, units). Deflate-
// compressed. IoError naming the file on failure.
void write_geotiff(const std::string& path, const Grid& grid, const RasterLayout& layout,
                   const std::vector<double>& column_values, const OGRSpatialReference* srs,
                   const std::map<std::string, std::string>& metadata);

}  // namespace gwp::exporting
