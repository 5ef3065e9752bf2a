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

// One line of a species' mass budget: cumulative mass (g) that entered and left the dissolved
// and sorbed phases through one term since the start of the run.
struct MassBudgetRow {
  std::string term;      // "storage", "sorption", "decay", "fixed concentration", "river:Yujiang" ...
  double in = 0.0;       // g
  double out = 0.0;      // g (positive number)
};

struct SpeciesOutput {
  std::string name;
  const std::vector<double>* concentration = nullptr;  // mg/L per cell (dissolved)
  const std::vector<double>* sorbed = nullptr;         // mg/kg per cell (may be null: no sorption)
  std::vector<MassBudgetRow> budget;                   // cumulative, g
  double discrepancy_percent = 0.0;                    // of the cumulative budget
  double dissolved_mass = 0.0;                         // g in the model now
  double sorbed_mass = 0.0;                            // g in the model now
};

// Concentrations of every species at a stored time.
struct TransportOutput {
  double time = 0.0;  // d
  std::vector<SpeciesOutput> species;
};

class Observer {
 public:
  virtual ~Observer() = default;
  // At each stored flow time.
  virtual void on_flow_output(const FlowOutput&) {}
  // At each stored transport time (the case's output times).
  virtual void on_transport_output(const TransportOutput&) {}
  // One sample of a time series, e.g. path "monitoring/MW-2/head" or "wells/AW-1/flow",
  // with the units of the values ("m", "m3/d"). `values` may hold several columns.
  virtual void on_series(const std::string& path, const std::string& units, double time,
                         const std::vector<double>& values) {}
};

}  // namespace gwp
