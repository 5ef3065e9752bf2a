#include "postprocess/export/vtk_export.hpp"

#include <filesystem>

#include <vtkDoubleArray.h>
#include <vtkFieldData.h>

#include "core/errors.hpp"
#include "postprocess/export/cell_mesh.hpp"
#include "postprocess/export/features_polydata.hpp"
#include "postprocess/export/output_steps.hpp"
#include "postprocess/export/pvd.hpp"
#include "postprocess/export/vtk_xml_file.hpp"

namespace gwp::exporting {

namespace {

namespace fs = std::filesystem;

// The head and Darcy flux of one stored flow time, read once and reused by every output step
// that follows it.
struct FlowSlice {
  int index = -1;
  std::vector<double> head;  // m, per cell
  std::vector<double> flux;  // m/d, 3 per cell; empty when the result has none
};

void load_flow(const results::ResultReader& r, int index, FlowSlice& slice) {
  if (slice.index == index) return;
  slice.index = index;
  slice.head = r.read_slice("/flow/head", std::size_t(index)).values;
  slice.flux.clear();
  if (r.exists("/flow/darcy_flux")) slice.flux = r.read_slice("/flow/darcy_flux", std::size_t(index)).values;
}

// A fresh copy of the mesh's geometry and its fixed arrays, for one time's fields.
CellMesh copy_geometry(const CellMesh& mesh) {
  CellMesh copy{vtkSmartPointer<vtkUnstructuredGrid>::New(), mesh.cells};
  copy.grid->ShallowCopy(mesh.grid);
  return copy;
}

void add_time(vtkUnstructuredGrid* grid, double time) {
  // ParaView reads a TimeValue field array as the dataset's time when it opens the file alone.
  auto value = vtkSmartPointer<vtkDoubleArray>::New();
  value->SetName("TimeValue");
  value->InsertNextValue(time);
  grid->GetFieldData()->AddArray(value);
}

}  // namespace

ExportReport export_vtk(const results::ResultReader& r, const ExportSource& source, const std::string& dir) {
  ExportReport report;
  std::error_code failed;
  fs::create_directories(dir, failed);
  if (failed) throw IoError("could not create " + dir + ": " + failed.message());
  const std::string stem = file_stem(source.case_name);

  const CellMesh mesh = build_cell_mesh(source.grid);
  const std::vector<OutputStep> steps = output_steps(source.flow_times, source.transport_times);
  if (steps.empty()) report.warnings.push_back(r.path() + " holds no stored time; only the features were exported");
  std::vector<double> limits;
  for (const std::string& sp : source.species) {
    limits.push_back(species_limit(source, sp));
    if (limits.back() <= 0.0)
      report.warnings.push_back("no limit recorded for " + sp + ": " + sp + "_ratio is left out");
  }

  FlowSlice flow;
  std::vector<PvdEntry> entries;
  for (std::size_t s = 0; s < steps.size(); ++s) {
    const OutputStep& step = steps[s];
    CellMesh at = copy_geometry(mesh);
    if (step.flow_slice >= 0) {
      load_flow(r, step.flow_slice, flow);
      add_cell_array(at, "head", flow.head);
      if (!flow.flux.empty()) add_cell_array(at, "darcy_flux", flow.flux, 3, {"qx", "qy", "qz"});
    } else {
      report.warnings.push_back("no head stored at or before " + std::to_string(step.time) +
                                " d: that time has no head or darcy_flux");
    }
    for (std::size_t k = 0; step.transport_slice >= 0 && k < source.species.size(); ++k) {
      const std::string& sp = source.species[k];
      std::vector<double> c =
          r.read_slice("/transport/" + sp + "/concentration", std::size_t(step.transport_slice)).values;
      add_cell_array(at, sp, c);
      if (limits[k] <= 0.0) continue;
      for (double& v : c) v = limit_ratio(v, limits[k]);
      add_cell_array(at, sp + "_ratio", c);
    }
    add_time(at.grid, step.time);
    const std::string name = stem + "_" + step_label(s) + ".vtu";
    write_vtu((fs::path(dir) / name).string(), at.grid);
    report.files.push_back((fs::path(dir) / name).string());
    entries.push_back({step.time, name});
  }

  const std::string pvd = (fs::path(dir) / (stem + ".pvd")).string();
  write_pvd(pvd, entries);
  report.files.push_back(pvd);
  const std::string vtp = (fs::path(dir) / (stem + "_features.vtp")).string();
  write_vtp(vtp, features_polydata(source.features, source.grid));
  report.files.push_back(vtp);
  return report;
}

}  // namespace gwp::exporting
