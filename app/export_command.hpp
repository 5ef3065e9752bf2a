// `gwplume export RESULT.h5 [--vtk DIR] [--xdmf] [--gis DIR] [--csv DIR]`: files for ParaView, GIS
// and spreadsheets, made
// from a result file alone (docs/export.md).
#pragma once
#include <iosfwd>
#include <string>

namespace gwp::app {

struct ExportArguments {
  std::string result;    // RESULT.h5
  std::string vtk_dir;   // --vtk DIR: .vtu per time, .pvd, features .vtp; empty: none
  bool xdmf = false;     // --xdmf: RESULT.xmf and RESULT.xdmf.h5 beside the result
  std::string gis_dir;   // --gis DIR: GeoTIFF and GeoJSON per species and time; empty: none
  std::string csv_dir;   // --csv DIR: series, budgets and metrics as CSV; empty: none
};

// Exit codes: 0 written; 2 nothing asked for; 3 the result is missing or unreadable, or a file
// could not be written. A result whose status is not "complete" is exported with a warning.
int export_command(const ExportArguments& args, std::ostream& out, std::ostream& err);

// The VTK files of the result at `result_path` into `dir`, as `run` writes them when the case
// says `[output] vtk = true`; warnings go to `err`. Throws IoError like export_vtk.
void export_vtk_files(const std::string& result_path, const std::string& dir, std::ostream& err);

}  // namespace gwp::app
