// `export --gis DIR`: for every species and transport output time, a GeoTIFF of the maximum
// concentration over depth and a GeoJSON of the outlines where that maximum exceeds the
// species' GB/T 14848-2017 class III and class IV limits.
#pragma once
#include <string>

#include "postprocess/export/export_report.hpp"
#include "postprocess/export/export_source.hpp"
#include "results/result_reader.hpp"

namespace gwp::exporting {

// Writes into `dir` (created if needed):
//   <species>_max_<NNNN>.tif          float32 mg/L, nodata -9999 in columns without an active
//                                     cell; metadata species, time_d, units
//   <species>_exceedance_<NNNN>.geojson
// NNNN is the index of the transport output time.
ExportReport export_gis(const results::ResultReader& reader, const ExportSource& source, const std::string& dir);

}  // namespace gwp::exporting
