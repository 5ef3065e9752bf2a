#include "postprocess/export/xdmf_geometry.hpp"

#include <cstdint>
#include <vector>

#include <vtkCellArray.h>
#include <vtkIdList.h>
#include <vtkNew.h>
#include <vtkPoints.h>

#include "postprocess/export/cell_mesh.hpp"
#include "postprocess/h5/attribute.hpp"
#include "postprocess/h5/dataset.hpp"
#include "postprocess/h5/file.hpp"

namespace gwp::post {

namespace {

template <class T>
void write(const h5::Group& root, const std::string& name, const std::vector<hsize_t>& dims,
           const std::vector<T>& values) {
  h5::set_text(h5::write_array(root, name, dims, values), "units", name == "points" ? "m" : "1");
}

}  // namespace

XdmfGeometry write_xdmf_geometry(const std::string& path, const Grid& grid) {
  // The very cells and corners of the .vtu files, so both descriptions show the same mesh.
  const CellMesh mesh = build_cell_mesh(grid);
  vtkPoints* vtk_points = mesh.grid->GetPoints();
  std::vector<double> points(std::size_t(vtk_points->GetNumberOfPoints()) * 3);
  for (vtkIdType p = 0; p < vtk_points->GetNumberOfPoints(); ++p) vtk_points->GetPoint(p, &points[std::size_t(p) * 3]);

  std::vector<std::int64_t> connectivity, cell_index, cell_coordinates, vector_coordinates;
  std::vector<int> layer;
  vtkNew<vtkIdList> ids;
  for (std::size_t c = 0; c < mesh.cells.size(); ++c) {
    mesh.grid->GetCellPoints(vtkIdType(c), ids);
    for (vtkIdType q = 0; q < ids->GetNumberOfIds(); ++q) connectivity.push_back(ids->GetId(q));
    const std::int64_t n = mesh.cells[c];
    const CellIndex ci = grid.cell(n);
    cell_index.push_back(n);
    layer.push_back(ci.k + 1);
    cell_coordinates.insert(cell_coordinates.end(), {0, ci.k, ci.i, ci.j});
    for (int a = 0; a < 3; ++a) vector_coordinates.insert(vector_coordinates.end(), {0, ci.k, ci.i, ci.j, a});
  }

  const XdmfGeometry g{points.size() / 3, mesh.cells.size()};
  h5::File file = h5::File::create(path);
  {  // every object closed before the file is
    const h5::Group root = file.root();
    h5::set_text(root, "content", "active cells of a gwplume result, for its .xmf description");
    write(root, "points", {g.points, 3}, points);
    write(root, "connectivity", {g.cells, 8}, connectivity);
    write(root, "cell_index", {g.cells}, cell_index);
    write(root, "layer", {g.cells}, layer);
    write(root, "cell_coordinates", {g.cells, 4}, cell_coordinates);
    write(root, "vector_coordinates", {3 * g.cells, 5}, vector_coordinates);
  }
  file.close();
  return g;
}

}  // namespace gwp::post
