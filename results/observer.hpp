// The narrow interface through which results leave a run. A writer (HDF5, a test's recorder)
// implements it; the simulation calls it and knows nothing of files. Plain data only: what the
// solvers computed arrives here already put into the result file's terms.
#pragma once
#include <string>
#include <vector>

namespace gwp::results {

// One line of the flow budget at a stored time: a row of /flow/budget.
struct FlowBudgetRow {
  std::string term;      // "storage", "head:west", "river:Yujiang", "abandoned_well:AW-1" ...
  // The term's kind ("head", "river", "well" ...), "storage", or "connection" for the internal
  // exchange through an extra-connection group (an abandoned well's bore).
  std::string kind;
  double inflow = 0.0;   // m3/d into the aquifer
  double outflow = 0.0;  // m3/d out of the aquifer (positive number)
  double time = 0.0;     // d; read back from the file (the writer takes FlowOutput::time)
};

// The flow at a stored time, with the cell-centred specific discharge.
struct FlowOutput {
  double time = 0.0;                                         // d
  const std::vector<double>* head = nullptr;                 // m per cell
  std::vector<double> darcy_flux;  // m/d, per cell qx, qy, qz (cell-major: 3*n + axis), world axes
  std::vector<FlowBudgetRow> budget;
  double discrepancy_percent = 0.0;                          // 100 (in - out) / ((in + out) / 2)
  // Per flow term of the model (in its order), the flow through each of its cells, m3/d positive
  // into the aquifer; may be null.
  const std::vector<std::vector<double>>* term_flow = nullptr;
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

// A column of a series whose columns hold different quantities: its name and units.
struct SeriesColumn {
  std::string name;   // "water", "net" ...
  std::string units;  // "m3/d", "g/d" ...
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
  // One sample of a series whose columns after the time differ in name and units, e.g. path
  // "monitoring/<line>/line_flux/<species>"; `values` has one value per column. An observer that
  // does not take it gets it as on_series with the columns' units listed ("m3/d, g/d"), so that an
  // observer passing outputs on passes these too.
  virtual void on_series_columns(const std::string& path, const std::vector<SeriesColumn>& columns, double time,
                                 const std::vector<double>& values) {
    std::string units;
    for (const SeriesColumn& c : columns) units += (units.empty() ? "" : ", ") + c.units;
    on_series(path, units, time, values);
  }
};

}  // namespace gwp::results
