// The XDMF text that lets ParaView open a time series of cell fields (a result, a sweep's
// statistics): a temporal collection with one grid per time. Cells, corners and every field's
// active-cell values are plain datasets of the sidecar (xdmf_mesh.hpp), so both of ParaView
// 5.11's readers read it: the default Xdmf3 readers ("Xdmf3 Reader S/T", which File > Open and
// OpenDataFile choose) and the legacy "XDMF Reader". The one XDMF 2 construct allowed is a
// Function of a dataset (a result's <species>_ratio); the Xdmf3 readers skip such an attribute
// (printing "Skipping unrecognized array type") and read the rest.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace gwp::exporting {

// One cell attribute of a grid: a float64 dataset of the sidecar, (cells) or (cells, 3).
struct XdmfAttribute {
  std::string name;
  std::string dataset;   // path inside the sidecar
  int components = 1;    // 3: a Vector attribute
  std::string function;  // non-empty ("$0 / 250"): an XDMF Function of the dataset, nothing stored
};

struct XdmfStep {
  double time = 0.0;  // d
  std::vector<XdmfAttribute> attributes;
};

struct XdmfInputs {
  std::string title;         // name of the temporal collection
  std::string sidecar_file;  // the sidecar, as the .xmf sees it (a name beside it)
  std::size_t points = 0;    // rows of the sidecar's /points
  std::size_t cells = 0;     // active cells: rows of the sidecar's /connectivity
  std::vector<XdmfStep> steps;
};

// Each grid carries layer (1-based) and cell_index (in the grid's order) from the sidecar's mesh,
// then its step's attributes in order.
std::string xdmf_text(const XdmfInputs& in);

// xdmf_text(in) written to `path`; IoError naming it on failure.
void write_xdmf_document(const std::string& path, const XdmfInputs& in);

}  // namespace gwp::exporting
