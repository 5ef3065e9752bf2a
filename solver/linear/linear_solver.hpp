// Sparse linear solves with Eigen's Krylov methods. Matrices are RowMajor: Eigen runs the
// products of RowMajor sparse matrices (and of ConjugateGradient with Lower|Upper) in OpenMP
// threads, which is where the solvers spend their time.
#pragma once
#include <Eigen/Sparse>
#include <string>

namespace gwp::solver {

using SparseMatrix = Eigen::SparseMatrix<double, Eigen::RowMajor>;

// Both use the zero-fill modified incomplete factorisation (incomplete_factor.hpp) first; when
// that stops short of the tolerance they try a second preconditioner from the same guess and
// keep the better result.
enum class LinearMethod {
  conjugate_gradient,  // symmetric positive definite; then CG with the diagonal (Jacobi)
  bicgstab,            // general; then BiCGSTAB with Eigen's ILUT (threshold incomplete LU)
};

struct LinearResult {
  bool converged = false;          // reached the tolerance
  int iterations = 0;
  double relative_residual = 0.0;  // |b - A x| / |b| reached
  std::string method;              // e.g. "BiCGSTAB+ILUT", for messages
};

// Solves A x = b; x holds the initial guess on entry and the solution on return.
LinearResult solve_linear(const SparseMatrix& a, const Eigen::VectorXd& b, Eigen::VectorXd& x,
                          LinearMethod method, int max_iterations, double tolerance);

}  // namespace gwp::solver
