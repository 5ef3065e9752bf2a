// A bore through a column of cells, as the solver's Bore (solver/flow/bore.hpp) needs it: the
// Thiem conductance of each open cell (Peaceman's effective radius) and the conductance of each
// bore segment between the middles of the open parts of neighbouring cells. Shared by abandoned
// wells and multi-node pumping wells.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/grid.hpp"
#include "solver/flow/flow_problem.hpp"

namespace gwp::model {

struct BoreGeometry {
  std::vector<double> aquifer_conductance;  // m2/d per open cell (top down)
  std::vector<double> segment_length;       // m between the middles of the open parts (n - 1)
};

// nullopt, with the reason in `error`, when the radius is not smaller than a cell's effective radius.
std::optional<BoreGeometry> bore_geometry(const gwp::Grid& grid, const std::vector<std::int64_t>& cells,
                                          const std::vector<double>& kh, double radius, double open_top,
                                          double open_bottom, std::string* error);

// Conductances (m2/d) of the segments of a bore of `radius` (m) whose bore, fill or plug has
// conductivity k_bore (m/d).
std::vector<double> segment_conductances(const BoreGeometry& g, double radius, double k_bore);

// Hydraulic conductivity (m/d) of an open bore of radius r (m) under laminar flow
// (Hagen-Poiseuille, water at 20 degC): rho g r^2 / (8 mu).
double open_bore_conductivity(double radius);

// The extra connections of a bore: one link for every pair of its cells, with the conductances
// left when the bore nodes are eliminated (solver/flow/bore.hpp), one set per state.
// nullopt, with the reason in `error`, when the bore cannot be joined to its cells.
std::optional<solver::ConnectionGroup> bore_connections(const std::string& name, const std::vector<std::int64_t>& cells,
                                                const std::vector<double>& aquifer_conductance,
                                                const std::vector<double>& state_times,
                                                const std::vector<std::vector<double>>& segment_conductance,
                                                std::string* error);

}  // namespace gwp::model
