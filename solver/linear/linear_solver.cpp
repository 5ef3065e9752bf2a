#include "solver/linear/linear_solver.hpp"

#include <Eigen/IterativeLinearSolvers>
#include <utility>

#include "solver/linear/incomplete_factor.hpp"

namespace gwp::solver {

namespace {

template <class Solver>
LinearResult run(Solver& solver, const SparseMatrix& a, const Eigen::VectorXd& b,
                 Eigen::VectorXd& x, int max_iterations, double tolerance, std::string name) {
  solver.setMaxIterations(max_iterations);
  solver.setTolerance(tolerance);
  solver.compute(a);
  LinearResult r;
  r.method = std::move(name);
  r.relative_residual = 1.0;  // x untouched
  if (solver.info() != Eigen::Success) return r;  // preconditioner could not be built
  x = solver.solveWithGuess(b, x);
  r.iterations = int(solver.iterations());
  r.relative_residual = solver.error();
  r.converged = solver.info() == Eigen::Success;
  return r;
}

// First the preconditioned solver; when it stops short, the diagonal-preconditioned one from
// the same guess, and the better of the two is kept.
template <class Preferred, class Fallback>
LinearResult solve_with_fallback(const SparseMatrix& a, const Eigen::VectorXd& b,
                                 Eigen::VectorXd& x, int max_iterations, double tolerance,
                                 const char* preferred_name, const char* fallback_name) {
  const Eigen::VectorXd guess = x;
  Preferred preferred;
  const LinearResult first = run(preferred, a, b, x, max_iterations, tolerance, preferred_name);
  if (first.converged) return first;
  Eigen::VectorXd x_first = x;
  x = guess;
  Fallback fallback;
  const LinearResult second = run(fallback, a, b, x, max_iterations, tolerance, fallback_name);
  if (second.converged || second.relative_residual < first.relative_residual) return second;
  x = std::move(x_first);
  return first;
}

}  // namespace

LinearResult solve_linear(const SparseMatrix& a, const Eigen::VectorXd& b, Eigen::VectorXd& x,
                          LinearMethod method, int max_iterations, double tolerance) {
  if (b.squaredNorm() == 0.0) {
    x.setZero();
    return {true, 0, 0.0, "none (zero right-hand side)"};
  }
  constexpr int Lu = Eigen::Lower | Eigen::Upper;  // both triangles: the threaded product
  if (method == LinearMethod::conjugate_gradient)
    return solve_with_fallback<Eigen::ConjugateGradient<SparseMatrix, Lu, IncompleteFactor>,
                               Eigen::ConjugateGradient<SparseMatrix, Lu>>(
        a, b, x, max_iterations, tolerance, "CG+MIC", "CG+Jacobi");
  return solve_with_fallback<Eigen::BiCGSTAB<SparseMatrix, IncompleteFactor>,
                             Eigen::BiCGSTAB<SparseMatrix, Eigen::IncompleteLUT<double>>>(
      a, b, x, max_iterations, tolerance, "BiCGSTAB+MILU", "BiCGSTAB+ILUT");
}

}  // namespace gwp::solver
