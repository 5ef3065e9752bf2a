#include "postprocess/export/geotiff.hpp"

#include <gdal_priv.h>

#include "postprocess/export/gdal_support.hpp"

namespace gwp::exporting {

void write_geotiff(const std::string& path, const Grid& grid, const RasterLayout& layout,
                   const std::vector<double>& column_values, const OGRSpatialReference* srs,
                   const std::map<std::string, std::string>& metadata) {
  const GdalMessages messages;
  std::vector<float> pixels = rasterize(layout, grid, column_values, kRasterNodata);
  char* options[] = {const_cast<char*>("COMPRESS=DEFLATE"), const_cast<char*>("PREDICTOR=3"), nullptr};
  GDALDatasetUniquePtr tif(gdal_driver("GTiff").Create(path.c_str(), layout.width, layout.height, 1,
                                                       GDT_Float32, options));
  if (!tif) messages.fail("create " + path);
  double transform[6];
  std::copy(layout.geotransform.begin(), layout.geotransform.end(), transform);
  if (tif->SetGeoTransform(transform) != CE_None) messages.fail("georeference " + path);
  if (srs && tif->SetSpatialRef(srs) != CE_None) messages.fail("set the CRS of " + path);
  for (const auto& [key, value] : metadata) tif->SetMetadataItem(key.c_str(), value.c_str());
  GDALRasterBand* band = tif->GetRasterBand(1);
  band->SetNoDataValue(kRasterNodata);
  if (band->RasterIO(GF_Write, 0, 0, layout.width, layout.height, pixels.data(), layout.width, layout.height,
                     GDT_Float32, 0, 0) != CE_None)
    messages.fail("write the pixels of " + path);
  tif.reset();  // GDAL 3.6 writes the file when the dataset is destroyed
  if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal) messages.fail("finish " + path);
}

}  // namespace gwp::exporting
