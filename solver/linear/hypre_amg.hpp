// Algebraic multigrid for the flow's linear solves: hypre's BoomerAMG as the preconditioner of
// hypre's conjugate gradients (symmetric problems: all layers confined) or BiCGSTAB (the Newton
// matrix of convertible layers). Its iteration count hardly grows with the grid, where the
// incomplete factorisation's grows with the grid's width; it pays off from about a hundred
// thousand cells (bench/RESULTS.md).
//
// Debian's hypre is built on MPI (without OpenMP): the first solve starts MPI as a process of
// its own (a singleton, about 0.4 s) unless the program already runs under it, and every solve
// works on MPI_COMM_SELF, on one core.
#pragma once
#include <Eigen/Core>
#include <memory>

#include "solver/linear/linear_solver.hpp"

namespace gwp::solver {

class MultigridSolver {
 public:
  MultigridSolver();
  ~MultigridSolver();
  MultigridSolver(MultigridSolver&&) noexcept;
  MultigridSolver& operator=(MultigridSolver&&) noexcept;

  // Solves A x = b to a relative residual |b - A x| / |b| <= tolerance; x holds the initial
  // guess on entry and the solution on return. `symmetric`: A is symmetric positive definite.
  // reuse: precondition with the hierarchy built for an earlier matrix of the same pattern (the
  // previous Newton iteration's: building one costs about as much as several iterations); when
  // that stops short, the hierarchy is built anew for `a` and the solve tried again.
  LinearResult solve(const SparseMatrix& a, const Eigen::VectorXd& b, Eigen::VectorXd& x, bool symmetric,
                     int max_iterations, double tolerance, bool reuse = false);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// One solve with a hierarchy of its own.
LinearResult solve_amg(const SparseMatrix& a, const Eigen::VectorXd& b, Eigen::VectorXd& x, bool symmetric,
                       int max_iterations, double tolerance);

}  // namespace gwp::solver
