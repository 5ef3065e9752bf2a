#include "postprocess/export/exceedance_outline.hpp"

#include <cmath>

#include <gdal_alg.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "postprocess/export/cell_geometry.hpp"
#include "postprocess/export/gdal_support.hpp"
#include "postprocess/export/outline_geojson.hpp"
#include "postprocess/metrics/depth_maximum.hpp"

namespace gwp::exporting {

namespace {

// Moves every vertex of `ring`, traced in (column, row) pixel units, to the world position of
// that grid line crossing.
void to_world(OGRLinearRing* ring, const Grid& grid, const GridLines& lines) {
  for (int p = 0; p < ring->getNumPoints(); ++p) {
    // Traced corners lie on whole pixel numbers; rounding only removes float noise.
    const auto col = std::size_t(std::lround(ring->getX(p)));
    const auto row = std::size_t(std::lround(ring->getY(p)));
    const auto world = grid.to_world(lines.x[col], lines.y[row]);
    ring->setPoint(p, world[0], world[1]);
  }
}

}  // namespace

std::vector<ExceedanceClass> exceedance_classes(const results::SpeciesLimits& limits) {
  std::vector<ExceedanceClass> classes;
  if (limits.class_iii > 0.0) classes.push_back({"III", limits.class_iii});
  if (limits.class_iv > 0.0) classes.push_back({"IV", limits.class_iv});
  if (classes.empty() && limits.limit > 0.0) classes.push_back({"limit", limits.limit});
  return classes;
}

std::vector<std::unique_ptr<OGRPolygon>> mask_outlines(const Grid& grid, const std::vector<unsigned char>& mask) {
  const GdalMessages messages;
  GDALDatasetUniquePtr raster(gdal_driver("MEM").Create("", grid.nx, grid.ny, 1, GDT_Byte, nullptr));
  if (!raster) messages.fail("make a mask raster");
  double pixel_units[6] = {0.0, 1.0, 0.0, 0.0, 0.0, 1.0};  // traced coordinates = (column, row)
  raster->SetGeoTransform(pixel_units);
  GDALRasterBand* band = raster->GetRasterBand(1);
  std::vector<unsigned char> pixels = mask;
  if (band->RasterIO(GF_Write, 0, 0, grid.nx, grid.ny, pixels.data(), grid.nx, grid.ny, GDT_Byte, 0, 0) != CE_None)
    messages.fail("fill the mask raster");

  GDALDatasetUniquePtr vectors(gdal_driver("Memory").Create("", 0, 0, 0, GDT_Unknown, nullptr));
  if (!vectors) messages.fail("make a memory vector layer");
  OGRLayer* layer = vectors->CreateLayer("mask", nullptr, wkbPolygon, nullptr);
  OGRFieldDefn value("value", OFTInteger);
  if (!layer || layer->CreateField(&value) != OGRERR_NONE) messages.fail("make a memory vector layer");
  // The band is its own mask: only the columns at 1 are traced.
  if (GDALPolygonize(band, band, OGRLayer::ToHandle(layer), 0, nullptr, nullptr, nullptr) != CE_None)
    messages.fail("trace the exceedance outlines");

  const GridLines lines = grid_lines(grid);
  std::vector<std::unique_ptr<OGRPolygon>> outlines;
  layer->ResetReading();
  for (auto& feature : *layer) {
    OGRGeometry* geometry = feature->GetGeometryRef();
    if (!geometry || wkbFlatten(geometry->getGeometryType()) != wkbPolygon) continue;
    std::unique_ptr<OGRPolygon> polygon(geometry->toPolygon()->clone());
    to_world(polygon->getExteriorRing(), grid, lines);
    for (int h = 0; h < polygon->getNumInteriorRings(); ++h) to_world(polygon->getInteriorRing(h), grid, lines);
    outlines.push_back(std::move(polygon));
  }
  return outlines;
}

void write_exceedance_geojson(const std::string& path, const Grid& grid, const ExceedanceLayer& layer,
                              const std::vector<ExceedanceClass>& classes, const OGRSpatialReference* srs) {
  OutlineGeoJson json(path, layer.species + "_exceedance", srs, layer.species, layer.time, layer.date,
                      {{"class", OFTString}, {"limit_mg_l", OFTReal}});
  for (const ExceedanceClass& c : classes)
    for (auto& outline : mask_outlines(grid, metrics::above_limit(layer.depth_max, c.limit)))
      json.add(std::move(outline), {{"class", c.name, 0.0}, {"limit_mg_l", "", c.limit}});
  json.finish();
}

}  // namespace gwp::exporting
