// What an XDMF description of a result needs besides the result itself, in a small HDF5 file
// beside it: the cells and their corners, and each exported time's values of the active cells.
//
// Geometry: the result holds the grid as widths, tops, bottoms, origin and rotation, which no
// XDMF geometry type expresses (a curvilinear "3DSMesh" has one elevation per grid corner, but
// neighbouring columns here have their own tops and bottoms). So the sidecar holds the same
// hexahedra as the .vtu files (cell_mesh.hpp: active cells only, world coordinates).
//
// Values: the result's fields are (times, nz, ny, nx) arrays with -1e30 in inactive cells. Picking
// the active cells of one time out of them takes XDMF 2 HyperSlab and Coordinates items, which
// ParaView's default XDMF reader (Xdmf3, ParaView 5.11) does not read: it aborts. So each field
// of each exported time is stored here as a plain dataset of the active cells' values, in the
// order of the mesh's cells: what both ParaView readers read.
//
// Everything is compressed (packed_array.hpp) and stored once: a head shown at several transport
// times is written once. The sidecar is therefore smaller than the result it describes.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "postprocess/export/export_source.hpp"
#include "postprocess/export/output_steps.hpp"
#include "results/result_reader.hpp"

namespace gwp::exporting {

struct XdmfSidecar {
  std::size_t points = 0;  // rows of /points
  std::size_t cells = 0;   // active cells: rows of /connectivity
};

// Paths inside the sidecar of one stored slice's active-cell values: "/flow/head/0003",
// "/flow/darcy_flux/0003" (cells, 3), "/transport/<species>/0002"; slice = index into the
// result's /flow/times or /transport/times.
std::string sidecar_head_path(int flow_slice);
std::string sidecar_flux_path(int flow_slice);
std::string sidecar_species_path(const std::string& species, int transport_slice);

// Writes `path` (replacing it): the cells and corners of xdmf_mesh.hpp (/points, /connectivity,
// /cell_index, /layer) and, for every slice that `steps` use, the datasets named above (float64;
// units as the result's: m, m/d, mg/L).
// IoError naming the file on failure.
XdmfSidecar write_xdmf_sidecar(const std::string& path, const results::ResultReader& reader, const ExportSource& source,
                               const std::vector<OutputStep>& steps, bool with_flux);

}  // namespace gwp::exporting
