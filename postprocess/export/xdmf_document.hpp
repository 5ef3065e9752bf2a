// The XDMF text that lets ParaView open a result file itself: a temporal collection with one
// grid per output time. Cells and corners come from the sidecar (xdmf_geometry.hpp); every field
// is read from the result's own datasets, never copied: a HyperSlab picks one time of a (times,
// nz, ny, nx) array and a Coordinates item picks the active cells out of that slice, in the
// order of the sidecar's cells. These are XDMF 2 items, read by ParaView's "XDMF Reader"; its
// newer Xdmf3 readers do not read HyperSlab or Coordinates items in attributes (ParaView 5.11).
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "postprocess/export/output_steps.hpp"

namespace gwp::post {

struct XdmfSpecies {
  std::string name;
  double limit = -1.0;     // mg/L; <= 0: no <name>_ratio attribute
  std::size_t slices = 0;  // first extent of /transport/<name>/concentration
};

struct XdmfInputs {
  std::string title;          // name of the temporal collection
  std::string result_file;    // the result, as the .xmf sees it (a name beside it)
  std::string geometry_file;  // the sidecar, likewise
  int nx = 0, ny = 0, nz = 0;
  std::size_t points = 0;               // rows of the sidecar's /points
  std::size_t cells = 0;                // active cells: rows of the sidecar's /connectivity
  std::size_t flow_slices = 0;          // first extent of /flow/head (and /flow/darcy_flux)
  bool has_flux = false;                // /flow/darcy_flux exists
  std::vector<OutputStep> steps;
  std::vector<XdmfSpecies> species;
};

// Attributes per grid, on the cells: layer (1-based), cell_index (in the result's order), head,
// darcy_flux (vector), each species and <species>_ratio (a Function: concentration / limit).
std::string xdmf_text(const XdmfInputs& in);

}  // namespace gwp::post
