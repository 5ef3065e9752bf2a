// Polygons and lines read from GIS files, wherever a case takes a polygon or a line:
//   polygon = { file = "site.shp" }
//   polygon = { file = "site.gpkg", layer = "landfills", feature = "North landfill" }
//   line    = { file = "walls.geojson", feature = 3 }        (by FID)
//   polygon = { file = "outline.csv" }                        (one vertex per row, columns x, y)
// Any vector format GDAL/OGR reads (Shapefile, GeoPackage, GeoJSON, KML, CSV ...). The path is
// relative to the case file (case_document resolves every `file`). The CRS: a file without one
// is taken in the grid's coordinates; a file with one is reprojected into the case's [grid] crs
// (OGR coordinate transformation), and refused when the case has no crs. Every problem is
// reported at the value, like any other case error.
#pragma once
#include <cstddef>
#include <optional>
#include <vector>

#include "models/case.hpp"
#include "models/toml_reader.hpp"

namespace gwp::model {

enum class ShapeKind { polygon, line };

// The vertices (world x, y, m) of the one feature `f` names, at least `minimum` of them. A
// polygon is its outer ring without the repeated closing vertex, and must have no holes; a
// multi-part geometry is refused unless it has one part. A layer of points (a CSV of x, y rows)
// gives its points in order.
std::optional<std::vector<Point>> read_shape_file(const Field& f, ShapeKind kind, std::size_t minimum);

}  // namespace gwp::model
