// The narrow interface through which results leave the solvers. A writer (HDF5, a test's
// recorder) implements it; the solvers and the simulation call it and know nothing of files.
#pragma once
#include <string>
#include <vector>

#include "solver/flow/flow_solution.hpp"

namespace gwp {

// A flow solution at a stored time, with the cell-centred specific discharge.
struct FlowOutput {
  double time = 0.0;                    // d
  const FlowSolution* solution = nullptr;
  std::vector<double> darcy_flux;       // m/d, per cell qx, qy, qz (cell-major: 3*n + axis), world axes
};

class Observer {
 public:
  virtual ~Observer() = default;
  // At each stored flow time.
  virtual void on_flow_output(const FlowOutput&) {}
  // One sample of a time series, e.g. path "monitoring/MW-2/head" or "wells/AW-1/flow",
  // with the units of the values ("m", "m3/d"). `values` may hold several columns.
  virtual void on_series(const std::string& path, const std::string& units, double time,
                         const std::vector<double>& values) {}
};

}  // namespace gwp
