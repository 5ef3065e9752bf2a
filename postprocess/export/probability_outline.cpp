#include "postprocess/export/probability_outline.hpp"

#include <filesystem>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "postprocess/export/exceedance_outline.hpp"
#include "postprocess/export/gdal_support.hpp"

namespace gwp::exporting {

std::vector<unsigned char> at_or_above(const std::vector<double>& probability, double level) {
  std::vector<unsigned char> mask(probability.size(), 0);
  // At or above: with M members a probability is a multiple of 1/M, and 2 of 4 is "50 %".
  for (std::size_t n = 0; n < probability.size(); ++n) mask[n] = probability[n] >= level - 1e-12 ? 1 : 0;
  return mask;
}

void write_probability_geojson(const std::string& path, const Grid& grid, const ProbabilityLayer& layer,
                               const std::vector<double>& levels, const OGRSpatialReference* srs) {
  const GdalMessages messages;
  std::error_code ignored;
  std::filesystem::remove(path, ignored);  // the GeoJSON driver does not overwrite
  GDALDatasetUniquePtr json(gdal_driver("GeoJSON").Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!json) messages.fail("create " + path);
  OGRLayer* out = json->CreateLayer((layer.species + "_probability").c_str(), const_cast<OGRSpatialReference*>(srs),
                                    wkbPolygon, nullptr);
  if (!out) messages.fail("create a layer in " + path);
  OGRFieldDefn species("species", OFTString), time("time_d", OFTReal), date("date", OFTString),
      probability("probability", OFTReal), area("area_m2", OFTReal);
  std::vector<OGRFieldDefn*> fields{&species, &time, &probability, &area};
  if (!layer.date.empty()) fields.insert(fields.begin() + 2, &date);
  for (OGRFieldDefn* field : fields)
    if (out->CreateField(field) != OGRERR_NONE) messages.fail("add fields to " + path);
  for (double level : levels) {
    for (auto& outline : mask_outlines(grid, at_or_above(layer.probability, level))) {
      OGRFeature feature(out->GetLayerDefn());
      feature.SetField("species", layer.species.c_str());
      feature.SetField("time_d", layer.time);
      if (!layer.date.empty()) feature.SetField("date", layer.date.c_str());
      feature.SetField("probability", level);
      feature.SetField("area_m2", outline->get_Area());
      feature.SetGeometryDirectly(outline.release());
      if (out->CreateFeature(&feature) != OGRERR_NONE) messages.fail("write a polygon to " + path);
    }
  }
  json.reset();  // the GeoJSON text is written when the dataset closes
  if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal) messages.fail("finish " + path);
}

}  // namespace gwp::exporting
