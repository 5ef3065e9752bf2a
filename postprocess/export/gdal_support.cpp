#include "postprocess/export/gdal_support.hpp"

#include <cpl_error.h>
#include <gdal_priv.h>

#include "core/errors.hpp"

namespace gwp::exporting {

GdalMessages::GdalMessages() {
  CPLPushErrorHandler(CPLQuietErrorHandler);
  CPLErrorReset();
}

GdalMessages::~GdalMessages() { CPLPopErrorHandler(); }

void GdalMessages::fail(const std::string& what) const {
  const std::string said = CPLGetLastErrorMsg();
  throw IoError("could not " + what + (said.empty() ? std::string() : ": " + said));
}

GDALDriver& gdal_driver(const char* name) {
  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(name);
  if (!driver) throw IoError(std::string("GDAL has no ") + name + " driver");
  return *driver;
}

std::unique_ptr<OGRSpatialReference> spatial_reference(const std::string& crs,
                                                       std::vector<std::string>& warnings) {
  if (crs.empty()) return nullptr;
  const GdalMessages quiet;
  auto srs = std::make_unique<OGRSpatialReference>();
  if (srs->SetFromUserInput(crs.c_str()) != OGRERR_NONE) {
    warnings.push_back("the grid's crs \"" + crs + "\" is not one GDAL knows (" + CPLGetLastErrorMsg() +
                       "); the GIS files carry no CRS");
    return nullptr;
  }
  // Many projected CRSs (the CGCS2000 Gauss-Kruger zones among them) list northing first; the
  // grid's x is east, so use x, y as given.
  srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  return srs;
}

}  // namespace gwp::exporting
