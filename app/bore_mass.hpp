// What an abandoned well's bore moves between the layers it is open in, for one species: at
// every transport step each open cell's exchange with the bore, summed per case layer since the
// start (/metrics/<species>/abandoned_wells).
//
// The transport solver carries a bore as links between every pair of its open cells (the bore
// nodes eliminated, solver/flow/bore.hpp) and books each cell's net exchange with the bore over
// a step in the budget line of the bore's connection group, the cells' gains as "in" and their
// losses as "out" (TransportSolver::group_exchange). The ledger adds those up by case layer, so
// its layers sum to the budget line exactly.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "postprocess/metrics/metrics_table.hpp"

namespace gwp::app {

// A bore as the ledger sees it.
struct BoreCells {
  std::string well;                    // the abandoned well's name
  std::vector<std::int64_t> cells;     // open cells, top down
  std::vector<std::size_t> layer;      // per cell: its case layer, an index into `layers`
  std::vector<std::string> layers;     // the case layers it is open in, top down
};

// The position in `bore.cells` of each of the connection group's cells (in the order of
// TransportSolver::group_cells). Throws std::invalid_argument for a cell not in the bore.
std::vector<std::size_t> bore_slots(const std::vector<std::int64_t>& group_cells, const BoreCells& bore);

class BoreMassLedger {
 public:
  // `slots`: bore_slots of the group's cells; t_start (d): when the run starts.
  BoreMassLedger(BoreCells bore, std::vector<std::size_t> slots, double t_start);

  // After a step ending at t (d): what each of the group's cells exchanged with the bore over
  // it (g/d, > 0 into the cell; TransportSolver::group_exchange).
  void add_step(double t, const std::vector<double>& exchange);

  // One row per case layer, top down, at `time`.
  std::vector<metrics::BoreLayerMass> rows(double time) const;
  // g per case layer since the start: mass_in - mass_out.
  std::vector<double> net_in() const;
  // g the bore has given to all its cells since the start (the budget line's "in").
  double total_in() const;
  const BoreCells& bore() const { return bore_; }

 private:
  BoreCells bore_;
  std::vector<std::size_t> slots_;
  double t_last_ = 0.0;                    // d
  std::vector<double> in_, out_;           // g per layer, since the start
  std::vector<double> rate_in_, rate_out_; // g/d per layer, last step
};

}  // namespace gwp::app
