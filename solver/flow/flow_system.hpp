// The discrete flow equations of one model: for every unknown cell n the net inflow
//   F_n(h) = sum over links of the flow into n + sum of its terms + release from storage
// (m3/d), and its Jacobian. The Newton step solves M dh = F with M = -dF/dh over the unknowns,
// which for confined cells is the familiar symmetric conductance matrix.
//
// Links: horizontal grid links between convertible cells carry the saturated conductance
// (full cell thickness) times the smoothed saturated fraction of the upstream cell, as in the
// MODFLOW 6 Newton formulation; the Jacobian holds the derivative of that fraction. A dry
// upstream cell keeps a tiny fraction (kDryConductanceFraction) so that dry cells stay in the
// system and the matrix stays regular. Vertical links and extra links have fixed conductances.
//
// Fixed-head cells are no unknowns: their head is imposed, and their flow is what closes their
// balance, so it is reported exactly.
//
// Recharge and landfill leakage enter the highest wet cell of their column (as MODFLOW-NWT's
// recharge to the highest active cell that is not dry): from the cell a term names (the top
// active cell) down to the first cell that is confined or whose head lies above its bottom; the
// lowest active cell when the whole column is dry. place_on_water_table moves them as the heads
// change, so the water reaches the water table and never feeds a dry cell (where transport
// would see a film of water and, with it, tiny steps).
#pragma once
#include <Eigen/Core>
#include <cstdint>
#include <vector>

#include "solver/flow/barrier.hpp"
#include "solver/flow/flow_problem.hpp"
#include "solver/flow/flow_terms.hpp"
#include "solver/flow/storage.hpp"
#include "solver/grid/connections.hpp"
#include "solver/linear/cell_matrix.hpp"

namespace gwp::solver {

// Fraction of its saturated conductance that a horizontal link keeps when its upstream cell
// is dry. Small enough that the water it passes is negligible, large enough that the matrix
// stays regular when a region of cells has gone dry.
inline constexpr double kDryConductanceFraction = 1e-6;

// Flow through one link from its cell n to its cell m (m3/d) and its derivatives (m2/d).
struct LinkFlow {
  double q = 0.0, dq_dn = 0.0, dq_dm = 0.0;
};

// What one assembly found besides the matrix and right-hand side.
struct AssemblyReport {
  // Per unknown row: |F| (m3/d) scaled by the cell's throughput, see FlowSystem::assemble.
  double worst_scaled_residual = 0.0;
  double worst_residual = 0.0;       // m3/d, F at that cell
  std::int64_t worst_cell = -1;
  // Per term entry (TermsByCell order): whether its flow depends on the head (1) or not (0).
  // A change between two assemblies means a piecewise-linear law switched branch.
  std::vector<std::uint8_t> branch;
};

class FlowSystem {
 public:
  // Throws std::invalid_argument for a problem that does not fit its grid.
  explicit FlowSystem(const FlowProblem& problem);

  const Grid& grid() const { return *grid_; }
  const Connections& connections() const { return connections_; }
  const SparseMatrix& matrix() const { return matrix_.matrix; }
  const std::vector<std::int32_t>& cell_of_row() const { return matrix_.cell_of_row; }
  std::int64_t unknowns() const { return unknown_count_; }
  // Frees the matrix (about 150 bytes per cell) until the next set_forcing builds it again:
  // after a steady solve the transport, not the flow, needs the memory.
  void release_matrix() { matrix_ = CellMatrix{}; }
  // True when every unknown is confined: the Jacobian is then symmetric and, with the
  // piecewise laws on fixed branches, the equations linear.
  bool all_confined() const { return all_confined_; }
  bool convertible(std::int64_t cell) const { return convertible_[std::size_t(cell)] != 0; }
  bool fixed(std::int64_t cell) const { return fixed_term_[std::size_t(cell)] >= 0; }

  // Forcing at time t (schedules, conductance states); storage over a step of dt from
  // old_head, or none when dt <= 0 (steady).
  void set_forcing(double t, double dt, const std::vector<double>& old_head);
  // Writes the current fixed heads into `head`.
  void impose_fixed_heads(std::vector<double>& head) const;
  // Moves every recharge and landfill entry to the highest wet cell of its column at `head`;
  // true when any moved.
  bool place_on_water_table(const std::vector<double>& head);
  // The cell each entry of each term acts on now.
  std::vector<std::vector<std::int64_t>> term_cells() const;

  // Fills matrix() with M = -dF/dh and rhs with F (m3/d) at `head`. The scaled residual of a
  // row is |F_n| / max(1 m3/d, T_n) with T_n the cell's throughput (half the sum of the
  // magnitudes of all flows in and out of it): an imbalance below 1 m3/d counts as it is,
  // above that relative to what passes through the cell.
  void assemble(const std::vector<double>& head, Eigen::VectorXd& rhs, AssemblyReport& report);

  LinkFlow link_flow(std::int64_t link, const std::vector<double>& head) const;
  // Flow into the aquifer (m3/d) of entry `index` of term `term`; fixed heads see fixed_flow.
  double term_flow(int term, std::int64_t index, const std::vector<double>& head) const;
  // Water released from storage in `cell` over the step (m3/d, positive into the flow).
  double storage_flow(std::int64_t cell, const std::vector<double>& head) const;
  // Flow (m3/d into the aquifer) that holds a fixed-head cell at its head: minus the sum of
  // every other flow into it. Zero for a cell held by another fixed-head term.
  double fixed_flow(int term, std::int64_t index, const std::vector<double>& head) const;

 private:
  struct Row {
    double residual = 0.0;    // m3/d
    double throughput = 0.0;  // m3/d, sum of magnitudes of the flows in and out
  };
  HeadDependentFlow entry_flow(const TermEntry& entry, double head) const;
  Row assemble_row(std::int64_t row, const std::vector<double>& head, double* values,
                   std::uint8_t* branch) const;
  double extra_conductance(std::int64_t link) const;

  const Grid* grid_ = nullptr;
  FlowSettings settings_;
  Connections connections_;
  std::vector<FlowTerm> terms_;             // recharge and landfill cells: where they act now
  std::vector<std::vector<std::int64_t>> named_cells_;  // per term: the cells the problem named (recharge, landfill)
  std::vector<ConnectionGroup> groups_;
  TermsByCell terms_by_cell_;
  std::vector<std::uint8_t> convertible_;   // per cell
  std::vector<CellStorage> storage_;        // per cell
  std::vector<double> link_conductance_;    // per grid link: saturated conductance, m2/d
  // Barriers: their faces, and the saturated conductances without them (empty when none).
  std::vector<FlowBarrier> barriers_;
  std::vector<BarrierFace> barrier_faces_;
  std::vector<double> open_conductance_;
  std::vector<std::uint8_t> link_upstream_; // per grid link: 1 when upstream weighted
  std::vector<int> fixed_term_;             // per cell: the fixed-head term holding it, or -1
  std::vector<std::int64_t> fixed_index_;   // per cell: its entry in that term
  bool all_confined_ = true;
  std::vector<std::uint8_t> unknown_;       // per cell: active and not held at a fixed head
  std::int64_t unknown_count_ = 0;
  CellMatrix matrix_;                       // empty after release_matrix()

  // Forcing of the solve under way.
  std::vector<TermForcing> forcing_;              // per term
  std::vector<double> extra_link_conductance_;    // per extra link, m2/d
  double dt_ = 0.0;                               // d, 0 for steady
  std::vector<double> old_head_;                  // m, heads at the start of the step
};

}  // namespace gwp::solver
