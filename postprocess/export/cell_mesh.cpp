#include "postprocess/export/cell_mesh.hpp"

#include <limits>
#include <map>
#include <stdexcept>

#include <vtkCellData.h>
#include <vtkDoubleArray.h>
#include <vtkIdList.h>
#include <vtkIntArray.h>
#include <vtkPoints.h>
#include <vtkTypeInt64Array.h>

#include "postprocess/export/cell_geometry.hpp"

namespace gwp::exporting {

namespace {

// Id of the point at corner q (0..3, SW SE NE NW) and level l (0: top of layer 0, k + 1: bottom
// of layer k) of the column starting at `column_base` in the shared point list.
vtkIdType point_id(vtkIdType column_base, int level, int q) { return column_base + 4 * level + q; }

}  // namespace

CellMesh build_cell_mesh(const Grid& grid) {
  const GridLines lines = grid_lines(grid);
  CellMesh mesh;
  mesh.grid = vtkSmartPointer<vtkUnstructuredGrid>::New();
  auto points = vtkSmartPointer<vtkPoints>::New();
  points->SetDataTypeToDouble();
  auto layer = vtkSmartPointer<vtkIntArray>::New();
  layer->SetName("layer");
  auto index = vtkSmartPointer<vtkTypeInt64Array>::New();
  index->SetName("cell_index");

  // Columns with an active cell get 4 (nz + 1) points, in order of first use.
  std::map<std::int64_t, vtkIdType> column_base;
  const std::int64_t columns = grid.column_count();
  for (std::int64_t n = 0; n < grid.cell_count(); ++n) {
    if (!grid.active[std::size_t(n)]) continue;
    const std::int64_t column = n % columns;
    const CellIndex c = grid.cell(n);
    auto [it, fresh] = column_base.try_emplace(column, points->GetNumberOfPoints());
    if (fresh) {
      const auto plan = column_corners(grid, lines, c.i, c.j);
      for (int level = 0; level <= grid.nz; ++level) {
        const double z = level == 0 ? grid.top[std::size_t(column)]
                                    : grid.bottom[std::size_t(grid.index(level - 1, c.i, c.j))];
        for (const auto& p : plan) points->InsertNextPoint(p[0], p[1], z);
      }
    }
    vtkIdType ids[8];
    for (int q = 0; q < 4; ++q) {
      ids[q] = point_id(it->second, c.k + 1, q);  // bottom face
      ids[q + 4] = point_id(it->second, c.k, q);  // top face
    }
    mesh.grid->InsertNextCell(VTK_HEXAHEDRON, 8, ids);
    layer->InsertNextValue(c.k + 1);
    index->InsertNextValue(n);
    mesh.cells.push_back(n);
  }
  mesh.grid->SetPoints(points);
  mesh.grid->GetCellData()->AddArray(layer);
  mesh.grid->GetCellData()->AddArray(index);
  return mesh;
}

void add_cell_array(const CellMesh& mesh, const std::string& name, const std::vector<double>& values,
                    int components, const std::vector<std::string>& component_names) {
  const std::size_t per_cell = std::size_t(components);
  if (!mesh.cells.empty() && values.size() < (std::size_t(mesh.cells.back()) + 1) * per_cell) {
    throw std::invalid_argument("cell array " + name + ": " + std::to_string(values.size()) +
                                " values do not cover cell " + std::to_string(mesh.cells.back()));
  }
  auto array = vtkSmartPointer<vtkDoubleArray>::New();
  array->SetName(name.c_str());
  array->SetNumberOfComponents(components);
  for (std::size_t a = 0; a < component_names.size() && a < per_cell; ++a)
    array->SetComponentName(vtkIdType(a), component_names[a].c_str());
  array->SetNumberOfTuples(vtkIdType(mesh.cells.size()));
  for (std::size_t c = 0; c < mesh.cells.size(); ++c)
    for (std::size_t a = 0; a < per_cell; ++a)
      array->SetTypedComponent(vtkIdType(c), int(a), values[std::size_t(mesh.cells[c]) * per_cell + a]);
  mesh.grid->GetCellData()->AddArray(array);
}

double limit_ratio(double concentration, double limit) {
  return limit > 0.0 ? concentration / limit : std::numeric_limits<double>::quiet_NaN();
}

}  // namespace gwp::exporting
