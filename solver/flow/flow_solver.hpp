// Solves the flow equations of a FlowProblem, one steady state or one implicit (backward
// Euler) step at a time, and returns heads, flows and the budget.
//
// Every solve is a Newton iteration on the cell balances (flow_system.hpp). With only
// confined unknowns the Jacobian is the symmetric conductance matrix (conjugate gradients with
// incomplete Cholesky) and the first step is exact; with convertible cells it is non-symmetric
// (BiCGSTAB with ILUT). Large models (settings.linear_solver) precondition either with algebraic
// multigrid instead (hypre_amg.hpp), built at the first outer iteration of a solve and kept
// through the others, the factorisation taking over a solve multigrid stops short in.
//
// Convergence: after an outer iteration, the largest head change is below
// settings.head_tolerance (m) - or the step was exact: the equations are linear and no
// piecewise law (river, drain) changed branch - AND the largest scaled cell imbalance is below
// settings.residual_tolerance. The scaled imbalance of a cell is |net inflow| (m3/d) divided
// by max(1 m3/d, the flow passing through the cell). Failing that after
// settings.max_outer_iterations, or when a linear solve fails, solve() throws ModelFailure
// naming the time, the outer iteration, the worst cell and its imbalance.
#pragma once
#include <string>
#include <vector>

#include "solver/flow/flow_solution.hpp"
#include "solver/flow/flow_system.hpp"
#include "solver/linear/hypre_amg.hpp"

namespace gwp::solver {

// Head reported for inactive cells (m), MODFLOW's no-flow marker. Dry convertible cells keep
// their computed head (below the cell bottom) and are flagged in FlowSolution::dry.
inline constexpr double kInactiveHead = 1e30;

class FlowSolver {
 public:
  // Copies what it needs from the problem; the grid it points to must outlive the solver.
  explicit FlowSolver(const FlowProblem& problem);

  const Connections& connections() const { return system_.connections(); }

  // dt <= 0, or a steady problem: the steady state with the forcing at t. Otherwise one step
  // of length dt (d) ending at t (d), from the current heads, with the forcing that holds
  // during the step (schedules read at its middle). The result becomes the current heads.
  FlowSolution solve(double t, double dt);

  // Current heads (m) per cell, starting from the problem's initial heads.
  const std::vector<double>& head() const { return head_; }

 private:
  struct Iterations {
    int outer = 0;
    int linear = 0;
    std::string method;  // of the last linear solve
  };
  Iterations newton(std::vector<double>& head, double t);
  // One linear solve of the Newton step: with the incomplete factorisation, or with multigrid
  // (`reuse`: its hierarchy from the previous outer iteration) and the factorisation after it
  // when it stops short.
  LinearResult linear_solve(const Eigen::VectorXd& rhs, Eigen::VectorXd& dh, LinearMethod method, double tolerance,
                            bool multigrid, bool reuse);
  FlowSolution collect(double t, const std::vector<double>& head, Iterations it) const;

  FlowSettings settings_;
  std::vector<FlowTerm> terms_;
  std::vector<ConnectionGroup> groups_;
  FlowSystem system_;
  std::vector<double> head_;
  long solves_ = 0;  // solves so far, numbering the solutions
  // Algebraic multigrid (settings_.linear_solver), its hierarchy kept through the outer
  // iterations of a solve.
  MultigridSolver multigrid_;
};

}  // namespace gwp::solver
