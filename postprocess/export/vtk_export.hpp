// `export --vtk DIR`: one .vtu per output time (the active cells with their real geometry and
// the fields at that time), a .pvd collection that ParaView opens as a time series (times in
// days), and a .vtp of the site features.
#pragma once
#include <string>

#include "postprocess/export/export_report.hpp"
#include "postprocess/export/export_source.hpp"
#include "results/result_reader.hpp"

namespace gwp::exporting {

// Writes into `dir` (created if needed), with stem = file_stem(case name):
//   <stem>_<NNNN>.vtu  cell data head (m), darcy_flux (qx qy qz, m/d), <species> (mg/L),
//                      <species>_ratio (concentration / limit), layer, cell_index;
//                      field data TimeValue (d)
//   <stem>.pvd         the .vtu files with their times
//   <stem>_features.vtp
ExportReport export_vtk(const results::ResultReader& reader, const ExportSource& source, const std::string& dir);

}  // namespace gwp::exporting
