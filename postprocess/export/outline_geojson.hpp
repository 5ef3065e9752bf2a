// A GeoJSON file of plume outlines, one polygon a feature, as GIS reads them: the fields every
// outline has (species, time_d, date when the case has one, area_m2) around those of its kind
// (a class and its limit, or a probability level). Shared by the exceedance outlines of a result
// and the probability outlines of a sweep.
#pragma once
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "postprocess/export/gdal_support.hpp"

namespace gwp::exporting {

// The value of one of an outline's own fields: text or a number.
struct OutlineField {
  std::string name;
  std::string text;    // used when the field is text
  double number = 0.0; // used when the field is a number
};

class OutlineGeoJson {
 public:
  // Creates `path` (replacing it) with one polygon layer `layer_name` in `srs` (may be null),
  // and the fields: species, time_d, date (when `date` is not empty), `fields` (their types from
  // `kinds`: OFTString or OFTReal), area_m2. Throws IoError saying what GDAL said.
  OutlineGeoJson(const std::string& path, const std::string& layer_name, const OGRSpatialReference* srs,
                 std::string species, double time, std::string date,
                 const std::vector<std::pair<std::string, OGRFieldType>>& kinds);
  // Writes one outline with its own fields' values (in the order of `kinds`).
  void add(std::unique_ptr<OGRPolygon> outline, const std::vector<OutlineField>& fields);
  // Closes the file (the GeoJSON text is written then); throws IoError when GDAL failed.
  void finish();

 private:
  GdalMessages messages_;
  std::string path_, species_, date_;
  double time_ = 0.0;
  std::vector<std::pair<std::string, OGRFieldType>> kinds_;
  GDALDatasetUniquePtr json_;
  OGRLayer* layer_ = nullptr;
};

}  // namespace gwp::exporting
