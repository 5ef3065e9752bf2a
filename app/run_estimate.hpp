// How long a run will take, estimated by `gwplume check` before anything is solved: the number of
// transport steps (counted exactly when they do not depend on the water; from the flow at the
// first flow time when a Courant or stability limit applies, which check then solves), and a wall
// time from costs measured on this project's build machine. When a setting makes the steps tiny,
// a warning names where the limit comes from (a cell, what acts on it) and the key to change.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "models/model.hpp"
#include "solver/transport/sub_steps.hpp"

namespace gwp::app {

// Seconds a transport step costs per cell and species, and a steady flow solve per cell:
// measured (bench/RESULTS.md, cases/examples) between 0.4 and 1.2 us and 5 and 12 us on the
// project's two-core build machine; the middle is taken, so an estimate is good to a factor of two.
inline constexpr double kTransportSecondsPerCellStep = 0.8e-6;
inline constexpr double kFlowSecondsPerCellSolve = 10e-6;

struct RunEstimate {
  std::optional<long> transport_steps;  // none when the run would need too many (it fails)
  long flow_solves = 0;
  double seconds = 0.0;                 // wall time estimate
  // The flow-dependent limit at the first flow time, when the steps depend on the water.
  std::optional<solver::StepLimit> limit;
  double limit_time = 0.0;              // d, the flow time it was read at
};

// Solves the first flow only when the steps depend on it.
RunEstimate estimate_run(const model::Model& m);

// The lines of `check` for the estimate, and the warnings it raises (tiny steps).
void describe_estimate(const model::Model& m, const RunEstimate& e, std::ostream& out,
                       std::vector<std::string>& warnings);

// "layer 1 (clay cover), row 31, column 56 at (1110, 590)".
std::string cell_text(const model::Model& m, std::int64_t cell);
// The names of what acts on a cell: flow terms (landfills, recharge, wells, boundaries) and bores.
std::vector<std::string> features_at(const model::Model& m, std::int64_t cell);

}  // namespace gwp::app
