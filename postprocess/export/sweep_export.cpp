#include "postprocess/export/sweep_export.hpp"

#include <filesystem>
#include <map>

#include <vtkDoubleArray.h>
#include <vtkFieldData.h>

#include "core/errors.hpp"
#include "postprocess/export/cell_mesh.hpp"
#include "postprocess/export/features_polydata.hpp"
#include "postprocess/export/gdal_support.hpp"
#include "postprocess/export/geotiff.hpp"
#include "postprocess/export/probability_outline.hpp"
#include "postprocess/export/pvd.hpp"
#include "postprocess/export/raster_layout.hpp"
#include "postprocess/export/time_labels.hpp"
#include "postprocess/export/vtk_xml_file.hpp"
#include "postprocess/export/xml_text.hpp"

namespace gwp::exporting {

namespace {

namespace fs = std::filesystem;

const std::vector<double> kLevels{0.05, 0.5, 0.95};

void make_dir(const std::string& dir) {
  std::error_code failed;
  fs::create_directories(dir, failed);
  if (failed) throw IoError("could not create " + dir + ": " + failed.message());
}

}  // namespace

std::vector<double> sweep_times(const results::ResultReader& r, const results::SweepScene& scene) {
  if (scene.species.empty()) return {};
  return results::read_sweep_species(r, scene, scene.species.front()).times;
}

const std::vector<SweepCellField>& sweep_cell_fields() {
  static const std::vector<SweepCellField> fields{{"exceedance_probability", "_probability", "1"},
                                                  {"class_iii_probability", "_class_iii_probability", "1"},
                                                  {"mean", "_mean", "mg/L"},
                                                  {"std", "_std", "mg/L"}};
  return fields;
}

ExportReport export_sweep_gis(const results::ResultReader& r, const results::SweepScene& scene, const std::string& dir) {
  ExportReport report;
  make_dir(dir);
  if (scene.species.empty()) report.warnings.push_back(r.path() + " has no statistics: no GIS files written");
  const std::unique_ptr<OGRSpatialReference> srs = spatial_reference(scene.crs, report.warnings);
  if (scene.crs.empty())
    report.warnings.push_back("the sweep's grid has no CRS ([grid] crs): the GeoTIFF and GeoJSON coordinates are the "
                              "model's local x, y (m) and the files carry no CRS; assign it in the GIS");
  const RasterLayout layout = raster_layout(scene.grid);
  for (const std::string& sp : scene.species) {
    const results::SweepSpecies species = results::read_sweep_species(r, scene, sp);
    const std::vector<std::string> labels = time_labels(species.times, scene.start_date);
    const std::string stem = file_stem(sp, "species");
    for (std::size_t t = 0; t < species.times.size(); ++t) {
      const double time = species.times[t];
      const std::string date = scene.start_date ? to_string(date_at(*scene.start_date, time)) : "";
      const ProbabilityLayer layer{sp, time, date, results::read_sweep_plan(r, sp, "exceedance_probability_plan", t)};
      std::map<std::string, std::string> metadata{{"species", sp},
                                                  {"time_d", exact_number(time)},
                                                  {"units", "1"},
                                                  {"field", "probability of exceeding the limit at any depth"},
                                                  {"members", std::to_string(species.members)}};
      if (!date.empty()) metadata["date"] = date;
      const std::string tif = (fs::path(dir) / (stem + "_probability_" + labels[t] + ".tif")).string();
      write_geotiff(tif, scene.grid, layout, layer.probability, srs.get(), metadata);
      report.files.push_back(tif);
      const std::string json = (fs::path(dir) / (stem + "_probability_" + labels[t] + ".geojson")).string();
      write_probability_geojson(json, scene.grid, layer, kLevels, srs.get());
      report.files.push_back(json);
    }
  }
  return report;
}

ExportReport export_sweep_vtk(const results::ResultReader& r, const results::SweepScene& scene, const std::string& dir) {
  ExportReport report;
  make_dir(dir);
  const std::string stem = file_stem(scene.name, "sweep");
  const CellMesh mesh = build_cell_mesh(scene.grid);
  const std::vector<double> times = sweep_times(r, scene);
  if (times.empty()) report.warnings.push_back(r.path() + " holds no collected time; only the features were exported");
  std::vector<PvdEntry> entries;
  for (std::size_t t = 0; t < times.size(); ++t) {
    CellMesh at{vtkSmartPointer<vtkUnstructuredGrid>::New(), mesh.cells};
    at.grid->ShallowCopy(mesh.grid);
    for (const std::string& sp : scene.species) {
      for (const SweepCellField& f : sweep_cell_fields())
        add_cell_array(at, sp + f.suffix, results::read_sweep_cells(r, sp, f.dataset, t));
    }
    // ParaView reads a TimeValue field array as the dataset's time when it opens the file alone.
    auto value = vtkSmartPointer<vtkDoubleArray>::New();
    value->SetName("TimeValue");
    value->InsertNextValue(times[t]);
    at.grid->GetFieldData()->AddArray(value);
    const std::string name = stem + "_" + step_label(t) + ".vtu";
    write_vtu((fs::path(dir) / name).string(), at.grid);
    report.files.push_back((fs::path(dir) / name).string());
    entries.push_back({times[t], name});
  }
  const std::string pvd = (fs::path(dir) / (stem + ".pvd")).string();
  write_pvd(pvd, entries);
  report.files.push_back(pvd);
  const std::string vtp = (fs::path(dir) / (stem + "_features.vtp")).string();
  write_vtp(vtp, features_polydata(scene.features, scene.grid));
  report.files.push_back(vtp);
  return report;
}

}  // namespace gwp::exporting
