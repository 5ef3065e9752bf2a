// What an abandoned well's bore moves between the layers it is open in, for one species: at
// every transport step each open cell's exchange with the bore, summed per case layer since the
// start (/metrics/<species>/abandoned_wells).
//
// The transport solver carries a bore as links between every pair of its open cells (the bore
// nodes eliminated, solver/flow/bore.hpp), upwind in the time-weighted concentrations, and books
// each cell's net exchange with the bore in the budget line of the bore's connection group: the
// cells' gains as "in", their losses as "out". The solver does not say which cell gained what, so
// each step it is worked out here the same way, from the step's water flows between the pairs
// (FlowSolution::extra_flow) and the concentrations of the cells at the start and end of the
// step, and then matched to that step's totals of the budget line: the gains are scaled to its
// "in" and the losses to its "out". With upwind advection the concentrations seen here are the
// solver's and the scale is 1 to rounding; the tvd scheme's correction after the implicit solve
// moves the end-of-step concentrations a little from the ones its fluxes used, and the scale
// takes that up. The layers therefore always sum to the budget line.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "postprocess/metrics_table.hpp"
#include "solver/flow/flow_problem.hpp"
#include "solver/flow/flow_solution.hpp"
#include "solver/transport/mass_budget.hpp"

namespace gwp::app {

// A bore as the ledger sees it.
struct BoreCells {
  std::string well;                    // the abandoned well's name
  std::vector<std::int64_t> cells;     // open cells, top down
  std::vector<std::size_t> layer;      // per cell: its case layer, an index into `layers`
  std::vector<std::string> layers;     // the case layers it is open in, top down
};

// What each cell of a bore gained from it and lost to it over one step (g, both >= 0).
struct CellExchange {
  std::vector<double> gain, loss;
};

// The position of every pair's two cells (group.n, group.m) in `cells`. Throws
// std::invalid_argument for a pair whose cell is not one of them.
struct PairSlots {
  std::vector<std::size_t> n, m;
};
PairSlots pair_slots(const ConnectionGroup& group, const std::vector<std::int64_t>& cells);

// The exchange of each cell over a step of dt (d) with water flows `pair_flow` (m3/d per pair,
// positive from n to m): each pair carries its flow times the upstream cell's concentration
// weighted in time, weight x c_end + (1 - weight) x c_start (mg/L per cell of the bore, in the
// order of `cells`), as the solver's advection of extra links does; a cell's net over all its
// pairs is its gain (> 0) or loss.
CellExchange step_exchange(const PairSlots& slots, const std::vector<double>& pair_flow,
                           const std::vector<double>& c_start, const std::vector<double>& c_end, double weight,
                           double dt);

// Scales the gains to sum to `step_in` and the losses to `step_out` (g, the budget line's totals
// of the step). Where the budget moved mass but the cells show none (the concentrations seen here
// are all zero), it is shared out by the water each cell gains from the bore (for `step_in`) or
// gives it (for `step_out`), m3/d per cell in `water` (+ into the aquifer), else evenly.
void match_budget(CellExchange& exchange, double step_in, double step_out, const std::vector<double>& water);

// Net water (m3/d) each cell receives from the bore, from the pair flows.
std::vector<double> water_exchange(const PairSlots& slots, const std::vector<double>& pair_flow, std::size_t cells);

class BoreMassLedger {
 public:
  // `group`: the bore's index in FlowProblem::extra_connections; `budget_line`: its line's index in
  // MassBudget::lines; `c_initial`: mg/L per cell of the whole grid at the start.
  BoreMassLedger(BoreCells bore, const ConnectionGroup& group, std::size_t group_index, std::size_t budget_line,
                 const std::vector<double>& c_initial, double t_start);

  // After a step ending at t (d), with the flow that carried it, the concentrations (mg/L per
  // cell of the grid) it ended with, the time weighting of the scheme (1 implicit, 0.5
  // Crank-Nicolson, 0 explicit) and the species' budget after it.
  void add_step(double t, const FlowSolution& water, const std::vector<double>& concentration, double weight,
                const MassBudget& budget);

  // One row per case layer, top down, at `time`.
  std::vector<post::BoreLayerMass> rows(double time) const;
  // g per case layer since the start: mass_in - mass_out.
  std::vector<double> net_in() const;
  // g the bore has given to all its cells since the start (the budget line's "in").
  double total_in() const;
  const BoreCells& bore() const { return bore_; }

 private:
  BoreCells bore_;
  PairSlots slots_;
  std::size_t group_ = 0, line_ = 0;
  std::vector<double> c_last_;             // mg/L per bore cell at the end of the last step
  double t_last_ = 0.0;                    // d
  double line_in_ = 0.0, line_out_ = 0.0;  // g, the budget line when last seen
  std::vector<double> in_, out_;           // g per layer, since the start
  std::vector<double> rate_in_, rate_out_; // g/d per layer, last step
};

}  // namespace gwp::app
