// What the flow solver is given: cells, their properties, the terms acting on them and the
// extra connections between them. Plain data in internal units (m, d); built by models/,
// which is the only place that knows about landfills, rivers or abandoned wells.
#pragma once
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "core/grid.hpp"
#include "solver/common/schedule.hpp"

namespace gwp::solver {

enum class LayerType { confined, convertible };
enum class FlowMode { steady, transient };

// Kinds of terms on cells; each kind has its own budget line.
enum class TermKind {
  fixed_head,    // head held at `level` (m)
  flux,          // specified inflow: rate(t) * weight per cell (m3/d), positive into the aquifer
  general_head,  // q = C (level - h)
  river,         // q = C (stage - h) for h > bottom, C (stage - bottom) below it
  drain,         // q = C (level - h) for h > level, else 0
  recharge,      // rate(t) (m/d) * weight (m2) per cell
  landfill,      // landfill leakage, like recharge (rate m/d * weight m2)
  well,          // rate(t) (m3/d, negative extracts) * weight (fraction) per cell
};

const char* to_string(TermKind kind);

// One named instance of a term (one boundary, one well, one landfill ...).
struct FlowTerm {
  std::string name;                  // feature name, shown in budgets and failures
  TermKind kind = TermKind::flux;
  std::vector<std::int64_t> cells;   // cell indices n
  std::vector<double> conductance;   // m2/d per cell (general_head, river, drain)
  std::vector<double> weight;        // per cell: m2 (recharge, landfill), fraction (well), 1 (flux)
  std::vector<double> bottom;        // m per cell (river bed bottom)
  Schedule level;                    // m: fixed head, general head, river stage, drain elevation
  Schedule rate;                     // m/d (recharge, landfill), m3/d (flux per cell, well total)
};

// Extra connections between cells that are not grid neighbours (abandoned wells, multi-node
// wells). Conductances are piecewise constant in time: state s holds from state_times[s].
struct ConnectionGroup {
  std::string name;                  // e.g. "AW-1"
  std::vector<std::int64_t> n, m;    // cell pairs
  std::vector<double> state_times;   // d, first is -infinity or 0
  std::vector<std::vector<double>> conductance;  // [state][pair], m2/d
  const std::vector<double>& conductance_at(double t) const;
};

// A horizontal flow barrier (a cutoff wall, slurry wall or sheet pile) across faces between
// grid neighbours of one layer, as MODFLOW 6's HFB package: the barrier's hydraulic
// characteristic (its conductivity over its thickness, 1/d) times the face area is a
// conductance in series with the cell-to-cell one (solver/flow/barrier.hpp). Piecewise constant
// in time; +infinity means no barrier (before it is built).
struct FlowBarrier {
  std::string name;                  // e.g. "cutoff wall"
  std::vector<std::int64_t> n, m;    // cell pairs, each a pair of horizontal grid neighbours
  Schedule characteristic;           // 1/d, K / thickness
};

struct CellProperties {
  std::vector<double> kh;   // m/d horizontal hydraulic conductivity (isotropic in plan)
  std::vector<double> kv;   // m/d vertical hydraulic conductivity
  std::vector<double> ss;   // 1/m specific storage
  std::vector<double> sy;   // - specific yield
};

// The preconditioner of the flow's linear solves: algebraic multigrid (hypre's BoomerAMG), the
// incomplete factorisation, or (automatic) multigrid from kMultigridUnknowns unknowns up, where
// it is faster (bench/RESULTS.md), and the factorisation below.
enum class FlowLinearSolver { automatic, multigrid, incomplete_factor };
inline constexpr long long kMultigridUnknowns = 100000;

struct FlowSettings {
  FlowMode mode = FlowMode::steady;
  double head_tolerance = 1e-6;       // m, largest head change of the last outer iteration
  double residual_tolerance = 1e-6;   // m3/d per cell, also scaled: see flow solver
  int max_outer_iterations = 200;
  int max_linear_iterations = 2000;
  double linear_tolerance = 1e-10;    // relative residual of the linear solve
  FlowLinearSolver linear_solver = FlowLinearSolver::automatic;
  double budget_tolerance_percent = 1e-3;
  double initial_step = 1.0;          // d, first transient step after a forcing change
  double step_multiplier = 1.2;       // growth of transient steps
  double max_step = std::numeric_limits<double>::infinity();  // d
  // - fraction of a convertible cell's thickness above its bottom over which an extracting
  // well's rate is reduced smoothly to zero as the head falls (MODFLOW 6 AUTO_FLOW_REDUCE).
  double well_reduction_fraction = 0.1;
};

struct FlowProblem {
  const Grid* grid = nullptr;             // not owned
  std::vector<LayerType> layer_type;      // per grid layer (nz)
  CellProperties properties;
  std::vector<FlowTerm> terms;
  std::vector<ConnectionGroup> extra_connections;
  std::vector<FlowBarrier> barriers;      // on grid faces; empty: none
  std::vector<double> initial_head;       // m, per cell
  FlowSettings settings;
  // Times (d) at which any schedule changes, for the time loop.
  std::vector<double> forcing_changes(double t0, double t1) const;
};

}  // namespace gwp::solver
