// The incomplete factorisation and the Krylov solves, against direct solutions.
#include <gtest/gtest.h>

#include <Eigen/SparseCholesky>
#include <Eigen/SparseLU>

#include "solver/linear/incomplete_factor.hpp"
#include "solver/linear/linear_solver.hpp"

namespace gwp::solver {
namespace {

// Five-point Laplacian on an n x n grid plus `shift` on the diagonal, with an optional
// first-order upwind convection term along x of strength `v` (non-symmetric when v != 0).
SparseMatrix grid_matrix(int n, double shift, double v) {
  std::vector<Eigen::Triplet<double>> t;
  auto id = [n](int i, int j) { return i * n + j; };
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j) {
      double diag = shift;
      const int neighbours[4][2] = {{i - 1, j}, {i + 1, j}, {i, j - 1}, {i, j + 1}};
      for (const auto& nb : neighbours) {
        if (nb[0] < 0 || nb[0] >= n || nb[1] < 0 || nb[1] >= n) { diag += 1.0; continue; }  // Dirichlet
        const double c = 1.0 + (nb[1] == j - 1 ? v : 0.0);
        t.emplace_back(id(i, j), id(nb[0], nb[1]), -c);
        diag += c;
      }
      t.emplace_back(id(i, j), id(i, j), diag);
    }
  SparseMatrix a(n * n, n * n);
  a.setFromTriplets(t.begin(), t.end());
  a.makeCompressed();
  return a;
}

TEST(LinearSolver, IncompleteFactorIsExactForATridiagonalMatrix) {
  // No fill is dropped for a tridiagonal matrix, so (D + L) D^-1 (D + U) = A and one
  // application of the preconditioner solves the system (rounding only).
  const int n = 50;
  std::vector<Eigen::Triplet<double>> t;
  for (int i = 0; i < n; ++i) {
    t.emplace_back(i, i, 2.5 + 0.01 * i);
    if (i > 0) t.emplace_back(i, i - 1, -1.0);
    if (i + 1 < n) t.emplace_back(i, i + 1, -1.2);
  }
  SparseMatrix a(n, n);
  a.setFromTriplets(t.begin(), t.end());
  a.makeCompressed();
  const Eigen::VectorXd b = Eigen::VectorXd::LinSpaced(n, 1.0, 3.0);
  const IncompleteFactor f(a);
  EXPECT_LT((a * f.solve(b) - b).norm(), 1e-12 * b.norm());
}

TEST(LinearSolver, ConjugateGradientMatchesCholesky) {
  const SparseMatrix a = grid_matrix(40, 0.0, 0.0);
  const Eigen::VectorXd b = Eigen::VectorXd::LinSpaced(a.rows(), -1.0, 2.0);
  Eigen::SparseMatrix<double> col = a;
  const Eigen::VectorXd direct = Eigen::SimplicialLDLT<Eigen::SparseMatrix<double>>(col).solve(b);
  Eigen::VectorXd x = Eigen::VectorXd::Zero(a.rows());
  const LinearResult r = solve_linear(a, b, x, LinearMethod::conjugate_gradient, 1000, 1e-12);
  EXPECT_TRUE(r.converged);
  EXPECT_EQ(r.method, "CG+MIC");
  // Relative residual 1e-12 and condition number ~ 700: solution error below 1e-8 relative.
  EXPECT_LT((x - direct).norm(), 1e-8 * direct.norm());
}

TEST(LinearSolver, BicgstabMatchesSparseLu) {
  const SparseMatrix a = grid_matrix(30, 0.1, 2.0);
  const Eigen::VectorXd b = Eigen::VectorXd::LinSpaced(a.rows(), 1.0, 2.0);
  Eigen::SparseMatrix<double> col = a;
  Eigen::SparseLU<Eigen::SparseMatrix<double>> lu(col);
  const Eigen::VectorXd direct = lu.solve(b);
  Eigen::VectorXd x = Eigen::VectorXd::Zero(a.rows());
  const LinearResult r = solve_linear(a, b, x, LinearMethod::bicgstab, 1000, 1e-12);
  EXPECT_TRUE(r.converged);
  EXPECT_LT((x - direct).norm(), 1e-8 * direct.norm());
}

}  // namespace
}  // namespace gwp::solver
