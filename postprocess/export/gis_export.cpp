#include "postprocess/export/gis_export.hpp"

#include <filesystem>

#include "core/errors.hpp"
#include "postprocess/export/exceedance_outline.hpp"
#include "postprocess/export/gdal_support.hpp"
#include "postprocess/export/geotiff.hpp"
#include "postprocess/export/time_labels.hpp"
#include "postprocess/export/xml_text.hpp"
#include "postprocess/metrics/depth_maximum.hpp"

namespace gwp::exporting {

namespace {

namespace fs = std::filesystem;

results::SpeciesLimits limits_of(const ExportSource& source, const std::string& species) {
  for (const results::SpeciesLimits& l : source.features.species)
    if (l.name == species) return l;
  results::SpeciesLimits none;
  none.name = species;
  none.limit = -1.0;
  return none;
}

}  // namespace

ExportReport export_gis(const results::ResultReader& r, const ExportSource& source, const std::string& dir) {
  ExportReport report;
  std::error_code failed;
  fs::create_directories(dir, failed);
  if (failed) throw IoError("could not create " + dir + ": " + failed.message());
  if (source.species.empty()) report.warnings.push_back(r.path() + " has no species: no GIS files written");

  const std::unique_ptr<OGRSpatialReference> srs = spatial_reference(source.crs, report.warnings);
  if (source.crs.empty()) {
    report.warnings.push_back(
        "the result has no CRS ([grid] crs): the GeoTIFF and GeoJSON coordinates are the model's local x, y (m) "
        "and the files carry no CRS; GIS programs take a GeoJSON without one for WGS 84 longitude/latitude, so "
        "assign the right CRS in the GIS (QGIS: Layer > Set CRS) or give the case a [grid] crs and run it again");
  }
  const RasterLayout layout = raster_layout(source.grid);
  if (layout.width != source.grid.nx || layout.height != source.grid.ny) {
    report.warnings.push_back("the grid's widths vary: the GeoTIFFs sample it on " + std::to_string(layout.width) +
                              " x " + std::to_string(layout.height) + " equal pixels");
  }
  const std::vector<std::string> labels = time_labels(source.transport_times, source.start);
  for (const std::string& sp : source.species) {
    const std::vector<ExceedanceClass> classes = exceedance_classes(limits_of(source, sp));
    if (classes.empty()) report.warnings.push_back("no limit recorded for " + sp + ": its GeoJSON files are empty");
    const std::string stem = file_stem(sp, "species");
    for (std::size_t t = 0; t < source.transport_times.size(); ++t) {
      const double time = source.transport_times[t];
      const std::string date = source.start ? to_string(date_at(*source.start, time)) : "";
      const ExceedanceLayer layer{
          sp, time, date,
          metrics::depth_maximum(source.grid, r.read_slice("/transport/" + sp + "/concentration", t).values)};
      const std::string tif = (fs::path(dir) / (stem + "_max_" + labels[t] + ".tif")).string();
      std::map<std::string, std::string> metadata{{"species", sp}, {"time_d", exact_number(time)}, {"units", "mg/L"},
                                                  {"field", "maximum concentration over depth"}};
      if (!date.empty()) metadata["date"] = date;
      write_geotiff(tif, source.grid, layout, layer.depth_max, srs.get(), metadata);
      report.files.push_back(tif);
      const std::string json = (fs::path(dir) / (stem + "_exceedance_" + labels[t] + ".geojson")).string();
      write_exceedance_geojson(json, source.grid, layer, classes, srs.get());
      report.files.push_back(json);
    }
  }
  return report;
}

}  // namespace gwp::exporting
