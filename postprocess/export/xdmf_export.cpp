#include "postprocess/export/xdmf_export.hpp"

#include <filesystem>
#include <fstream>

#include "core/errors.hpp"
#include "postprocess/export/xdmf_document.hpp"
#include "postprocess/export/xdmf_sidecar.hpp"

namespace gwp::exporting {

namespace {

namespace fs = std::filesystem;

std::string with_extension(const std::string& path, const std::string& extension) {
  return fs::path(path).replace_extension(extension).string();
}

}  // namespace

std::string xdmf_path(const std::string& result_path) { return with_extension(result_path, ".xmf"); }
std::string xdmf_sidecar_path(const std::string& result_path) { return with_extension(result_path, ".xdmf.h5"); }

ExportReport export_xdmf(const results::ResultReader& r, const ExportSource& source) {
  ExportReport report;
  const std::string xmf = xdmf_path(r.path()), sidecar = xdmf_sidecar_path(r.path());
  XdmfInputs in;
  in.title = source.case_name.empty() ? "gwplume result" : source.case_name;
  // A name only: ParaView looks for the sidecar beside the .xmf, so the folder can move.
  in.sidecar_file = fs::path(sidecar).filename().string();
  in.has_flux = r.exists("/flow/darcy_flux");  // read_export_source kept only the times it holds
  in.steps = output_steps(source.flow_times, source.transport_times);
  for (const std::string& sp : source.species) in.species.push_back({sp, species_limit(source, sp)});
  if (in.steps.empty()) report.warnings.push_back(r.path() + " holds no stored time: the .xmf has no grid");

  const XdmfSidecar written = write_xdmf_sidecar(sidecar, r, source, in.steps, in.has_flux);
  report.files.push_back(sidecar);
  in.points = written.points;
  in.cells = written.cells;

  std::ofstream file(xmf);
  file << xdmf_text(in);
  file.close();
  if (!file) throw IoError("could not write " + xmf);
  report.files.push_back(xmf);
  return report;
}

}  // namespace gwp::exporting
