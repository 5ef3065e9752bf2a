#include "postprocess/export/xdmf_export.hpp"

#include <filesystem>

#include "postprocess/export/xdmf_document.hpp"
#include "postprocess/export/xdmf_sidecar.hpp"
#include "postprocess/export/xml_text.hpp"

namespace gwp::exporting {

namespace {

namespace fs = std::filesystem;

std::string with_extension(const std::string& path, const std::string& extension) {
  return fs::path(path).replace_extension(extension).string();
}

// A result's attributes at one exported time: head and darcy_flux (when a head is stored at or
// before it), each species and <species>_ratio (concentration / limit, when it has a limit).
XdmfStep result_step(const OutputStep& step, const ExportSource& source, bool has_flux) {
  XdmfStep s{step.time, {}};
  if (step.flow_slice >= 0) {
    s.attributes.push_back({"head", sidecar_head_path(step.flow_slice), 1, ""});
    if (has_flux) s.attributes.push_back({"darcy_flux", sidecar_flux_path(step.flow_slice), 3, ""});
  }
  for (std::size_t k = 0; step.transport_slice >= 0 && k < source.species.size(); ++k) {
    const std::string& sp = source.species[k];
    const std::string values = sidecar_species_path(sp, step.transport_slice);
    s.attributes.push_back({sp, values, 1, ""});
    const double limit = species_limit(source, sp);
    if (limit > 0.0) s.attributes.push_back({sp + "_ratio", values, 1, "$0 / " + exact_number(limit)});
  }
  return s;
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
  const bool has_flux = r.exists("/flow/darcy_flux");  // read_export_source kept only the times it holds
  const std::vector<OutputStep> steps = output_steps(source.flow_times, source.transport_times);
  for (const OutputStep& step : steps) in.steps.push_back(result_step(step, source, has_flux));
  if (steps.empty()) report.warnings.push_back(r.path() + " holds no stored time: the .xmf has no grid");

  const XdmfSidecar written = write_xdmf_sidecar(sidecar, r, source, steps, has_flux);
  report.files.push_back(sidecar);
  in.points = written.points;
  in.cells = written.cells;

  write_xdmf_document(xmf, in);
  report.files.push_back(xmf);
  return report;
}

}  // namespace gwp::exporting
