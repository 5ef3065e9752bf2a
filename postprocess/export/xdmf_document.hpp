// The XDMF text that lets ParaView open a result with its times: a temporal collection with one
// grid per output time. Cells, corners and every field's active-cell values are plain datasets
// of the sidecar (xdmf_sidecar.hpp), so both of ParaView 5.11's readers read it: the default
// Xdmf3 readers ("Xdmf3 Reader S/T", which File > Open and OpenDataFile choose) and the legacy
// "XDMF Reader". The one XDMF 2 construct left is the Function of <species>_ratio; the Xdmf3
// readers skip that attribute (printing "Skipping unrecognized array type") and read the rest.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "postprocess/export/output_steps.hpp"

namespace gwp::exporting {

struct XdmfSpecies {
  std::string name;
  double limit = -1.0;  // mg/L; <= 0: no <name>_ratio attribute
};

struct XdmfInputs {
  std::string title;         // name of the temporal collection
  std::string sidecar_file;  // the sidecar, as the .xmf sees it (a name beside it)
  std::size_t points = 0;    // rows of the sidecar's /points
  std::size_t cells = 0;     // active cells: rows of the sidecar's /connectivity
  bool has_flux = false;     // the sidecar holds darcy_flux
  std::vector<OutputStep> steps;
  std::vector<XdmfSpecies> species;
};

// Attributes per grid, on the cells: layer (1-based), cell_index (in the result's order), head,
// darcy_flux (vector), each species and <species>_ratio (a Function: concentration / limit).
std::string xdmf_text(const XdmfInputs& in);

}  // namespace gwp::exporting
