#include "postprocess/export/sweep_xdmf.hpp"

#include <filesystem>

#include "postprocess/export/sweep_export.hpp"
#include "postprocess/export/xdmf_document.hpp"
#include "postprocess/export/xdmf_export.hpp"
#include "postprocess/export/xdmf_mesh.hpp"
#include "results/h5/attribute.hpp"
#include "results/h5/file.hpp"

namespace gwp::exporting {

std::string sweep_sidecar_path(const std::string& species, const std::string& dataset, std::size_t t) {
  return "/statistics/" + species + "/" + dataset + "/" + xdmf_slice_name(int(t));
}

ExportReport export_sweep_xdmf(const results::ResultReader& r, const results::SweepScene& scene) {
  ExportReport report;
  const std::string xmf = xdmf_path(r.path()), sidecar = xdmf_sidecar_path(r.path());
  const std::vector<double> times = sweep_times(r, scene);
  if (times.empty()) report.warnings.push_back(r.path() + " holds no collected time: the .xmf has no grid");

  XdmfInputs in;
  in.title = scene.name.empty() ? "gwplume sweep" : scene.name;
  // A name only: ParaView looks for the sidecar beside the .xmf, so the folder can move.
  in.sidecar_file = std::filesystem::path(sidecar).filename().string();
  for (std::size_t t = 0; t < times.size(); ++t) {
    XdmfStep step{times[t], {}};
    for (const std::string& sp : scene.species)
      for (const SweepCellField& f : sweep_cell_fields())
        step.attributes.push_back({sp + f.suffix, sweep_sidecar_path(sp, f.dataset, t), 1, ""});
    in.steps.push_back(step);
  }

  results::h5::File file = results::h5::File::create(sidecar);
  {  // every object closed before the file is
    const results::h5::Group root = file.root();
    results::h5::set_text(root, "content",
                          "active cells of a gwplume sweep's statistics and their values, for its .xmf description");
    const XdmfMesh mesh = write_xdmf_mesh(root, scene.grid);
    in.points = mesh.points;
    in.cells = mesh.cells;
    for (const std::string& sp : scene.species)
      for (const SweepCellField& f : sweep_cell_fields())
        for (std::size_t t = 0; t < times.size(); ++t)
          write_xdmf_field(root, sweep_sidecar_path(sp, f.dataset, t), results::read_sweep_cells(r, sp, f.dataset, t),
                           mesh, 1, f.units);
  }
  file.close();
  report.files.push_back(sidecar);

  write_xdmf_document(xmf, in);
  report.files.push_back(xmf);
  return report;
}

}  // namespace gwp::exporting
