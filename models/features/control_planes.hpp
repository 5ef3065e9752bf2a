// Control planes ([[receptors]] with `line`): the faces across which the mass passing a line
// is measured. A line takes, in each of its layers, the faces a cutoff wall along it would take
// (line_cells.hpp, crossed_faces: every face between horizontally adjacent active cells whose
// centres lie on opposite sides of it), each with the direction the line is crossed in going
// from the face's first cell to its second (crossing_directions): positive from the line's left
// to its right, walking from its first vertex to its last.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "models/case.hpp"
#include "models/diagnostics.hpp"
#include "models/grid_builder.hpp"

namespace gwp::model {

struct ControlPlane {
  std::string name;
  // Per face: its two cells (grid indices, horizontally adjacent, n < m) and the share of what
  // passes from n to m that counts as passing the line forward (+1, -1, +-1/2; never 0).
  std::vector<std::int64_t> n, m;
  std::vector<double> direction;
  std::size_t crossed = 0;  // faces between active cells of its layers that the line crosses
};

// The control plane of a line receptor. A vertex outside the grid, an unknown layer, or a line
// that crosses no face between active cells of its layers is a diagnostic at the receptor
// (nullopt then).
std::optional<ControlPlane> build_control_plane(const Receptor& r, const BuiltGrid& g, Diagnostics& d);

}  // namespace gwp::model
