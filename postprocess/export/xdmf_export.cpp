#include "postprocess/export/xdmf_export.hpp"

#include <filesystem>
#include <fstream>

#include "postprocess/export/xdmf_document.hpp"
#include "postprocess/export/xdmf_geometry.hpp"
#include "solver/common/errors.hpp"

namespace gwp::post {

namespace {

namespace fs = std::filesystem;

std::string with_extension(const std::string& path, const std::string& extension) {
  return fs::path(path).replace_extension(extension).string();
}

std::size_t first_extent(const ResultReader& r, const std::string& path) {
  return r.exists(path) ? r.dims(path).front() : 0;
}

}  // namespace

std::string xdmf_path(const std::string& result_path) { return with_extension(result_path, ".xmf"); }
std::string xdmf_geometry_path(const std::string& result_path) {
  return with_extension(result_path, ".geometry.h5");
}

ExportReport export_xdmf(const ResultReader& r, const ExportSource& source) {
  ExportReport report;
  const std::string xmf = xdmf_path(r.path()), geometry = xdmf_geometry_path(r.path());
  const XdmfGeometry written = write_xdmf_geometry(geometry, source.grid);
  report.files.push_back(geometry);

  XdmfInputs in;
  in.title = source.case_name.empty() ? "gwplume result" : source.case_name;
  // Names only: ParaView looks for the HDF5 files beside the .xmf, so the folder can move.
  in.result_file = fs::path(r.path()).filename().string();
  in.geometry_file = fs::path(geometry).filename().string();
  in.nx = source.grid.nx;
  in.ny = source.grid.ny;
  in.nz = source.grid.nz;
  in.points = written.points;
  in.cells = written.cells;
  in.flow_slices = first_extent(r, "/flow/head");
  in.has_flux = r.exists("/flow/darcy_flux") && first_extent(r, "/flow/darcy_flux") == in.flow_slices;
  in.steps = output_steps(source.flow_times, source.transport_times);
  for (const std::string& sp : source.species) {
    in.species.push_back({sp, species_limit(source, sp), first_extent(r, "/transport/" + sp + "/concentration")});
  }
  if (in.steps.empty()) report.warnings.push_back(r.path() + " holds no stored time: the .xmf has no grid");

  std::ofstream file(xmf);
  file << xdmf_text(in);
  file.close();
  if (!file) throw IoError("could not write " + xmf);
  report.files.push_back(xmf);
  return report;
}

}  // namespace gwp::post
