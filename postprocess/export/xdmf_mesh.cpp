#include "postprocess/export/xdmf_mesh.hpp"

#include <cstdio>

#include <vtkIdList.h>
#include <vtkNew.h>
#include <vtkPoints.h>

#include "postprocess/export/cell_mesh.hpp"
#include "postprocess/export/packed_array.hpp"
#include "results/h5/attribute.hpp"

namespace gwp::exporting {

XdmfMesh write_xdmf_mesh(const results::h5::Group& root, const Grid& grid) {
  const CellMesh mesh = build_cell_mesh(grid);
  vtkPoints* vtk_points = mesh.grid->GetPoints();
  std::vector<double> points(std::size_t(vtk_points->GetNumberOfPoints()) * 3);
  for (vtkIdType p = 0; p < vtk_points->GetNumberOfPoints(); ++p) vtk_points->GetPoint(p, &points[std::size_t(p) * 3]);

  std::vector<int> connectivity, layer;
  vtkNew<vtkIdList> ids;
  for (std::size_t c = 0; c < mesh.cells.size(); ++c) {
    mesh.grid->GetCellPoints(vtkIdType(c), ids);
    for (vtkIdType q = 0; q < ids->GetNumberOfIds(); ++q) connectivity.push_back(int(ids->GetId(q)));
    layer.push_back(grid.cell(mesh.cells[c]).k + 1);
  }

  XdmfMesh m{points.size() / 3, mesh.cells.size(), mesh.cells};
  results::h5::set_text(write_packed(root, "points", {m.points, 3}, points), "units", "m");
  results::h5::set_text(write_packed(root, "connectivity", {m.cells, 8}, connectivity), "units", "1");
  results::h5::set_text(write_packed(root, "cell_index", {m.cells}, m.order), "units", "1");
  results::h5::set_text(write_packed(root, "layer", {m.cells}, layer), "units", "1");
  return m;
}

std::string xdmf_slice_name(int slice) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d", slice);
  return text;
}

void write_xdmf_field(const results::h5::Group& root, const std::string& path, const std::vector<double>& slice,
                      const XdmfMesh& mesh, int components, const char* units) {
  const auto per_cell = std::size_t(components);
  std::vector<double> picked;
  picked.reserve(mesh.cells * per_cell);
  for (std::int64_t n : mesh.order)
    for (std::size_t a = 0; a < per_cell; ++a) picked.push_back(slice.at(std::size_t(n) * per_cell + a));
  std::vector<hsize_t> dims{mesh.cells};
  if (components > 1) dims.push_back(hsize_t(components));
  const std::size_t slash = path.rfind('/');
  const results::h5::Group group = root.require_group(path.substr(0, slash));
  results::h5::set_text(write_packed(group, path.substr(slash + 1), dims, picked), "units", units);
}

}  // namespace gwp::exporting
