#include "postprocess/export/outline_geojson.hpp"

#include <filesystem>
#include <system_error>

namespace gwp::exporting {

OutlineGeoJson::OutlineGeoJson(const std::string& path, const std::string& layer_name, const OGRSpatialReference* srs,
                               std::string species, double time, std::string date,
                               const std::vector<std::pair<std::string, OGRFieldType>>& kinds)
    : path_(path), species_(std::move(species)), date_(std::move(date)), time_(time), kinds_(kinds) {
  std::error_code ignored;
  std::filesystem::remove(path, ignored);  // the GeoJSON driver does not overwrite
  json_.reset(gdal_driver("GeoJSON").Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!json_) messages_.fail("create " + path);
  layer_ = json_->CreateLayer(layer_name.c_str(), const_cast<OGRSpatialReference*>(srs), wkbPolygon, nullptr);
  if (!layer_) messages_.fail("create a layer in " + path);
  std::vector<std::pair<std::string, OGRFieldType>> all{{"species", OFTString}, {"time_d", OFTReal}};
  if (!date_.empty()) all.push_back({"date", OFTString});
  all.insert(all.end(), kinds.begin(), kinds.end());
  all.push_back({"area_m2", OFTReal});
  for (const auto& [name, type] : all) {
    OGRFieldDefn field(name.c_str(), type);
    if (layer_->CreateField(&field) != OGRERR_NONE) messages_.fail("add fields to " + path);
  }
}

void OutlineGeoJson::add(std::unique_ptr<OGRPolygon> outline, const std::vector<OutlineField>& fields) {
  OGRFeature feature(layer_->GetLayerDefn());
  feature.SetField("species", species_.c_str());
  feature.SetField("time_d", time_);
  if (!date_.empty()) feature.SetField("date", date_.c_str());
  for (std::size_t i = 0; i < fields.size() && i < kinds_.size(); ++i) {
    if (kinds_[i].second == OFTString) feature.SetField(fields[i].name.c_str(), fields[i].text.c_str());
    else feature.SetField(fields[i].name.c_str(), fields[i].number);
  }
  feature.SetField("area_m2", outline->get_Area());
  feature.SetGeometryDirectly(outline.release());
  if (layer_->CreateFeature(&feature) != OGRERR_NONE) messages_.fail("write a polygon to " + path_);
}

void OutlineGeoJson::finish() {
  json_.reset();  // the GeoJSON text is written when the dataset closes
  if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal) messages_.fail("finish " + path_);
}

}  // namespace gwp::exporting
