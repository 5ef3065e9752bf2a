// The grid's active cells as a VTK unstructured grid of hexahedra with their real geometry
// (cell_geometry.hpp), and the per-cell arrays that go on it. Inactive cells are left out, so a
// field in result order (one value per grid cell) is picked through `cells`.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <vtkSmartPointer.h>
#include <vtkUnstructuredGrid.h>

#include "core/grid.hpp"

namespace gwp::exporting {

struct CellMesh {
  vtkSmartPointer<vtkUnstructuredGrid> grid;
  std::vector<std::int64_t> cells;  // result-order index of each VTK cell, ascending
};

// Points are shared vertically within a column (a cell's top is the bottom of the one above);
// columns keep their own corners because neighbouring tops may differ. Carries the cell data
// `layer` (1-based, from the top) and `cell_index` (0-based index in the result's C order).
CellMesh build_cell_mesh(const Grid& grid);

// Adds cell data `name` taking, for each VTK cell, `values[cells[c] * components + a]` of a
// field in result order; fails with std::invalid_argument naming the field if it is too short.
void add_cell_array(const CellMesh& mesh, const std::string& name, const std::vector<double>& values,
                    int components = 1, const std::vector<std::string>& component_names = {});

// Concentration over its limit, both mg/L; a limit <= 0 gives NaN (no meaningful ratio).
double limit_ratio(double concentration, double limit);

}  // namespace gwp::exporting
