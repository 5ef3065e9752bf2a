// What the GeoTIFF and GeoJSON writers share around GDAL: drivers registered, GDAL's messages
// captured instead of printed so a failure becomes an IoError that says what GDAL said, and
// the grid's CRS text turned into a spatial reference.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include <ogr_spatialref.h>

class GDALDriver;

namespace gwp::exporting {

// While alive, GDAL's errors and warnings go to an internal list instead of stderr. Messages
// are the last ones GDAL raised on this thread.
class GdalMessages {
 public:
  GdalMessages();
  ~GdalMessages();
  GdalMessages(const GdalMessages&) = delete;
  GdalMessages& operator=(const GdalMessages&) = delete;
  // Throws IoError "could not <what>: <GDAL's last message>".
  [[noreturn]] void fail(const std::string& what) const;
};

// Registers GDAL's drivers (idempotent) and returns the named one; IoError if it is missing.
GDALDriver& gdal_driver(const char* name);

// The spatial reference of `crs` (anything OSRSetFromUserInput accepts: "EPSG:4547", WKT,
// PROJ strings), with x east and y north whatever the CRS's own axis order; nullptr for an empty
// `crs`, and nullptr with a warning added when GDAL does not understand it.
std::unique_ptr<OGRSpatialReference> spatial_reference(const std::string& crs,
                                                       std::vector<std::string>& warnings);

}  // namespace gwp::exporting
