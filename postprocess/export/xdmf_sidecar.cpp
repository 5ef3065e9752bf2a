#include "postprocess/export/xdmf_sidecar.hpp"

#include <cstdint>
#include <cstdio>
#include <set>
#include <vector>

#include <vtkIdList.h>
#include <vtkNew.h>
#include <vtkPoints.h>

#include "postprocess/export/cell_mesh.hpp"
#include "postprocess/export/packed_array.hpp"
#include "results/h5/attribute.hpp"
#include "results/h5/file.hpp"

namespace gwp::exporting {

namespace {

std::string slice_name(int slice) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d", slice);
  return text;
}

// The values of the mesh's cells out of one slice in result order, `components` per cell.
std::vector<double> pick(const std::vector<double>& slice, const std::vector<std::int64_t>& cells, int components) {
  std::vector<double> picked;
  picked.reserve(cells.size() * std::size_t(components));
  for (std::int64_t n : cells)
    for (int a = 0; a < components; ++a) picked.push_back(slice.at(std::size_t(n) * std::size_t(components) + std::size_t(a)));
  return picked;
}

void write_field(const results::h5::Group& root, const std::string& path, const std::vector<double>& values,
                 std::size_t cells, int components, const char* units) {
  const std::size_t slash = path.rfind('/');
  const results::h5::Group group = root.require_group(path.substr(0, slash));
  std::vector<hsize_t> dims{cells};
  if (components > 1) dims.push_back(hsize_t(components));
  results::h5::set_text(write_packed(group, path.substr(slash + 1), dims, values), "units", units);
}

}  // namespace

std::string sidecar_head_path(int flow_slice) { return "/flow/head/" + slice_name(flow_slice); }
std::string sidecar_flux_path(int flow_slice) { return "/flow/darcy_flux/" + slice_name(flow_slice); }
std::string sidecar_species_path(const std::string& species, int transport_slice) {
  return "/transport/" + species + "/" + slice_name(transport_slice);
}

XdmfSidecar write_xdmf_sidecar(const std::string& path, const results::ResultReader& reader, const ExportSource& source,
                               const std::vector<OutputStep>& steps, bool with_flux) {
  // The very cells and corners of the .vtu files, so both descriptions show the same mesh.
  const CellMesh mesh = build_cell_mesh(source.grid);
  vtkPoints* vtk_points = mesh.grid->GetPoints();
  std::vector<double> points(std::size_t(vtk_points->GetNumberOfPoints()) * 3);
  for (vtkIdType p = 0; p < vtk_points->GetNumberOfPoints(); ++p) vtk_points->GetPoint(p, &points[std::size_t(p) * 3]);

  std::vector<int> connectivity, layer;
  vtkNew<vtkIdList> ids;
  for (std::size_t c = 0; c < mesh.cells.size(); ++c) {
    mesh.grid->GetCellPoints(vtkIdType(c), ids);
    for (vtkIdType q = 0; q < ids->GetNumberOfIds(); ++q) connectivity.push_back(int(ids->GetId(q)));
    layer.push_back(source.grid.cell(mesh.cells[c]).k + 1);
  }

  const XdmfSidecar g{points.size() / 3, mesh.cells.size()};
  results::h5::File file = results::h5::File::create(path);
  {  // every object closed before the file is
    const results::h5::Group root = file.root();
    results::h5::set_text(root, "content",
                          "active cells of a gwplume result and their values, for its .xmf description");
    results::h5::set_text(write_packed(root, "points", {g.points, 3}, points), "units", "m");
    results::h5::set_text(write_packed(root, "connectivity", {g.cells, 8}, connectivity), "units", "1");
    results::h5::set_text(write_packed(root, "cell_index", {g.cells}, mesh.cells), "units", "1");
    results::h5::set_text(write_packed(root, "layer", {g.cells}, layer), "units", "1");

    std::set<int> flow_slices, transport_slices;
    for (const OutputStep& s : steps) {
      if (s.flow_slice >= 0) flow_slices.insert(s.flow_slice);
      if (s.transport_slice >= 0) transport_slices.insert(s.transport_slice);
    }
    for (int f : flow_slices) {
      write_field(root, sidecar_head_path(f), pick(reader.read_slice("/flow/head", std::size_t(f)).values, mesh.cells, 1),
                  g.cells, 1, "m");
      if (!with_flux) continue;
      write_field(root, sidecar_flux_path(f),
                  pick(reader.read_slice("/flow/darcy_flux", std::size_t(f)).values, mesh.cells, 3), g.cells, 3, "m/d");
    }
    for (const std::string& sp : source.species) {
      for (int t : transport_slices) {
        const auto slice = reader.read_slice("/transport/" + sp + "/concentration", std::size_t(t));
        write_field(root, sidecar_species_path(sp, t), pick(slice.values, mesh.cells, 1), g.cells, 1, "mg/L");
      }
    }
  }
  file.close();
  return g;
}

}  // namespace gwp::exporting
