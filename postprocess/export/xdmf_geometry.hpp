// The cells that an XDMF description of a result shows, written to a small sidecar HDF5 file.
// The result holds the grid as widths, tops, bottoms, origin and rotation, which no XDMF
// geometry type expresses: a curvilinear "3DSMesh" has one elevation per grid corner, but
// neighbouring columns here have their own tops and bottoms. So the sidecar holds the same
// hexahedra as the .vtu files (cell_mesh.hpp: active cells only, world coordinates), and the
// index lists that pick those cells out of a time slice of the result's (nz, ny, nx) fields.
#pragma once
#include <cstddef>
#include <string>

#include "solver/grid/grid.hpp"

namespace gwp::post {

struct XdmfGeometry {
  std::size_t points = 0;  // rows of /points
  std::size_t cells = 0;   // active cells: rows of /connectivity
};

// Writes `path` (replacing it):
//   /points (points, 3) float64 m, world x y z
//   /connectivity (cells, 8) int64, hexahedra in VTK/XDMF order, active cells in result order
//   /cell_index (cells) int64, index of each cell in the result's (layer, row, column) order
//   /layer (cells) int32, 1-based from the top
//   /cell_coordinates (cells, 4) int64: 0 k i j, the cells within one time slice (1, nz, ny, nx)
//   /vector_coordinates (3 cells, 5) int64: 0 k i j a, likewise for (1, nz, ny, nx, 3)
// IoError naming the file on failure.
XdmfGeometry write_xdmf_geometry(const std::string& path, const Grid& grid);

}  // namespace gwp::post
