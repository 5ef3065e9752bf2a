// Outlines of the area where a plan field exceeds a limit, as polygons in world coordinates,
// and their GeoJSON file. The columns above the limit are traced by GDALPolygonize on a mask
// with one pixel per grid column, in column/row units; each traced corner is then moved to the
// world position of that grid line crossing, so the outline follows the real cell edges even
// when widths vary and the grid is rotated.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include "core/grid.hpp"
#include "results/result_features.hpp"

namespace gwp::exporting {

struct ExceedanceClass {
  std::string name;    // "III", "IV", or "limit"
  double limit = 0.0;  // mg/L
};

// GB/T 14848-2017 class III and class IV where the result records them for the species; the
// species' own limit (class "limit") when it records neither.
std::vector<ExceedanceClass> exceedance_classes(const results::SpeciesLimits& limits);

// One polygon (with holes) per connected group of columns where mask (ny * nx, row-major) is 1,
// in world x, y (m). Columns touching only at a corner are separate polygons.
std::vector<std::unique_ptr<OGRPolygon>> mask_outlines(const Grid& grid, const std::vector<unsigned char>& mask);

struct ExceedanceLayer {
  std::string species;
  double time = 0.0;                 // d
  std::string date;                  // "2023-06-30" when the result has a start date, else ""
  std::vector<double> depth_max;     // mg/L per column, NaN where no active cell
};

// GeoJSON FeatureCollection: one Polygon feature per outline of each class, with properties
// species, time_d, date (only when layer.date is set), class, limit_mg_l and area_m2;
// coordinates in the grid's CRS (`srs`, may be null), never reprojected: GDAL writes a non-WGS 84
// CRS as a "crs" member (the GeoJSON 2008 way, which QGIS reads), not RFC 7946 longitude and
// latitude. Replaces an existing file. IoError naming the file on failure.
void write_exceedance_geojson(const std::string& path, const Grid& grid, const ExceedanceLayer& layer,
                              const std::vector<ExceedanceClass>& classes, const OGRSpatialReference* srs);

}  // namespace gwp::exporting
