// The part every XDMF sidecar shares, whatever it describes (a result, a sweep's statistics):
// the active cells as hexahedra with their world corners, and the way a field is stored for the
// .xmf: one plain compressed dataset of the active cells' values per time. Why a copy of the
// cells and values rather than references into the described file: xdmf_sidecar.hpp.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/grid.hpp"
#include "results/h5/object.hpp"

namespace gwp::exporting {

struct XdmfMesh {
  std::size_t points = 0;           // rows of /points
  std::size_t cells = 0;            // active cells: rows of /connectivity
  std::vector<std::int64_t> order;  // result-order index of each sidecar cell, ascending
};

// Writes under `root`:
//   /points (points, 3) float64 m, world x y z
//   /connectivity (cells, 8) int32, hexahedra in VTK/XDMF order, active cells in result order
//   /cell_index (cells) int64, index of each cell in the grid's (layer, row, column) order
//   /layer (cells) int32, 1-based from the top
// The very cells and corners of the .vtu files (cell_mesh.hpp), so both show the same mesh.
XdmfMesh write_xdmf_mesh(const results::h5::Group& root, const Grid& grid);

// "0003": the name of time index `slice` among a field's datasets in a sidecar.
std::string xdmf_slice_name(int slice);

// Writes at `path` (groups created) the values of the mesh's cells out of `slice`, a field in
// result order with `components` values per grid cell: (cells) or (cells, components) float64,
// compressed, attribute units.
void write_xdmf_field(const results::h5::Group& root, const std::string& path, const std::vector<double>& slice,
                      const XdmfMesh& mesh, int components, const char* units);

}  // namespace gwp::exporting
