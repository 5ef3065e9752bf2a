// `export --xdmf`: RESULT.xmf beside RESULT.h5, so ParaView opens the result with its times, and
// the cells, corners and active-cell values it reads in RESULT.xdmf.h5 (xdmf_sidecar.hpp).
#pragma once
#include <string>

#include "postprocess/export/export_report.hpp"
#include "postprocess/export/export_source.hpp"
#include "results/result_reader.hpp"

namespace gwp::exporting {

// The .xmf and sidecar paths for a result at `result_path`: its extension replaced by ".xmf" and
// ".xdmf.h5".
std::string xdmf_path(const std::string& result_path);
std::string xdmf_sidecar_path(const std::string& result_path);

ExportReport export_xdmf(const results::ResultReader& reader, const ExportSource& source);

}  // namespace gwp::exporting
