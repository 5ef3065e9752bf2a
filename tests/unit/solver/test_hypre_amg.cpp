// Algebraic multigrid (hypre's BoomerAMG) for the flow: against direct solutions, with an
// iteration count that does not grow with the grid, and in the flow solver against the
// incomplete factorisation on the same unconfined problems.
#include <gtest/gtest.h>

#include <Eigen/SparseCholesky>
#include <Eigen/SparseLU>
#include <cmath>

#include "problem_builders.hpp"
#include "solver/flow/flow_solver.hpp"
#include "solver/linear/hypre_amg.hpp"

namespace gwp::solver {
namespace {

// Seven-point conductances on an n x n x nz grid, layer 3 a hundred times less permeable (the
// aquitard that makes layered models hard for simple preconditioners), fixed heads on the west
// face; with `v` > 0 a first-order upwind term along x makes it non-symmetric.
SparseMatrix layered_matrix(int n, int nz, double v) {
  std::vector<Eigen::Triplet<double>> t;
  auto id = [n](int k, int i, int j) { return (k * n + i) * n + j; };
  auto k_of = [](int k) { return k == 2 ? 0.01 : 1.0; };
  for (int k = 0; k < nz; ++k)
    for (int i = 0; i < n; ++i)
      for (int j = 0; j < n; ++j) {
        double diag = j == 0 ? 2.0 : 0.0;  // fixed head beyond the west face
        auto link = [&](int k2, int i2, int j2, double c) {
          if (k2 < 0 || k2 >= nz || i2 < 0 || i2 >= n || j2 < 0 || j2 >= n) return;
          t.emplace_back(id(k, i, j), id(k2, i2, j2), -c);
          diag += c;
        };
        link(k, i - 1, j, k_of(k));
        link(k, i + 1, j, k_of(k));
        link(k, i, j - 1, k_of(k) + v);
        link(k, i, j + 1, k_of(k));
        for (int k2 : {k - 1, k + 1})
          if (k2 >= 0 && k2 < nz) link(k2, i, j, 10.0 * 2.0 * k_of(k) * k_of(k2) / (k_of(k) + k_of(k2)));
        t.emplace_back(id(k, i, j), id(k, i, j), diag);
      }
  SparseMatrix a(n * n * nz, n * n * nz);
  a.setFromTriplets(t.begin(), t.end());
  a.makeCompressed();
  return a;
}

Eigen::VectorXd sources(Eigen::Index rows) {
  Eigen::VectorXd b(rows);
  for (Eigen::Index r = 0; r < rows; ++r) b[r] = std::sin(0.37 * double(r)) + 0.5;
  return b;
}

TEST(HypreAmg, ConjugateGradientsMatchCholesky) {
  const SparseMatrix a = layered_matrix(20, 6, 0.0);
  const Eigen::VectorXd b = sources(a.rows());
  Eigen::SparseMatrix<double> col = a;
  const Eigen::VectorXd direct = Eigen::SimplicialLDLT<Eigen::SparseMatrix<double>>(col).solve(b);
  Eigen::VectorXd x = Eigen::VectorXd::Zero(a.rows());
  const LinearResult r = solve_amg(a, b, x, true, 200, 1e-12);
  EXPECT_TRUE(r.converged) << r.relative_residual;
  EXPECT_EQ(r.method, "CG+AMG");
  EXPECT_LT(r.relative_residual, 1e-11);
  EXPECT_LT((x - direct).norm(), 1e-9 * direct.norm());
}

TEST(HypreAmg, BiCgStabMatchesLuOnANonSymmetricMatrix) {
  const SparseMatrix a = layered_matrix(20, 6, 0.8);
  const Eigen::VectorXd b = sources(a.rows());
  Eigen::SparseMatrix<double> col = a;
  Eigen::SparseLU<Eigen::SparseMatrix<double>> lu(col);
  const Eigen::VectorXd direct = lu.solve(b);
  Eigen::VectorXd x = Eigen::VectorXd::Zero(a.rows());
  const LinearResult r = solve_amg(a, b, x, false, 200, 1e-12);
  EXPECT_TRUE(r.converged) << r.relative_residual;
  EXPECT_EQ(r.method, "BiCGSTAB+AMG");
  EXPECT_LT((x - direct).norm(), 1e-9 * direct.norm());
}

TEST(HypreAmg, IterationsDoNotGrowWithTheGrid) {
  // Eight times the cells (twice the width each way, the same layers): multigrid needs about as
  // many iterations, where the incomplete factorisation needs about twice as many.
  int iterations[2] = {0, 0};
  int n = 16;
  for (int& count : iterations) {
    const SparseMatrix a = layered_matrix(n, 6, 0.0);
    const Eigen::VectorXd b = sources(a.rows());
    Eigen::VectorXd x = Eigen::VectorXd::Zero(a.rows());
    const LinearResult r = solve_amg(a, b, x, true, 200, 1e-10);
    ASSERT_TRUE(r.converged);
    count = r.iterations;
    n *= 4;
  }
  EXPECT_LE(iterations[1], iterations[0] + 3) << iterations[0] << " iterations on 16 x 16, " << iterations[1]
                                              << " on 64 x 64";
}

TEST(HypreAmg, ZeroRightHandSideGivesZero) {
  const SparseMatrix a = layered_matrix(4, 2, 0.0);
  Eigen::VectorXd x = Eigen::VectorXd::Ones(a.rows());
  const LinearResult r = solve_amg(a, Eigen::VectorXd::Zero(a.rows()), x, true, 10, 1e-10);
  EXPECT_TRUE(r.converged);
  EXPECT_EQ(x.norm(), 0.0);
}

// A convertible two-layer model pumped until cells go dry (Newton, non-symmetric matrices):
// multigrid and the incomplete factorisation give the same heads and both close the budget.
TEST(HypreAmg, FlowSolverGivesTheSameHeadsAsTheFactorisation) {
  const Grid grid = test::make_grid(30, 30, 2, 10.0, 10.0, 10.0, 5.0);
  FlowProblem problem = test::make_problem(grid, LayerType::convertible, 5.0, 0.5, 1e-5, 0.2, 8.0);
  std::vector<std::int64_t> west, everywhere;
  for (int i = 0; i < 30; ++i) west.push_back(grid.index(1, i, 0));
  for (std::int64_t c = 0; c < 900; ++c) everywhere.push_back(c);
  problem.terms = {test::fixed_head("west", west, 8.0), test::well("pump", {grid.index(1, 15, 20)}, -150.0),
                   test::recharge(grid, everywhere, 5e-4)};
  FlowSolution solutions[2];
  const FlowLinearSolver choices[2] = {FlowLinearSolver::multigrid, FlowLinearSolver::incomplete_factor};
  for (int s = 0; s < 2; ++s) {
    problem.settings.linear_solver = choices[s];
    FlowSolver solver(problem);
    solutions[s] = solver.solve(0.0, 0.0);
    EXPECT_LT(std::abs(solutions[s].budget.discrepancy_percent), 1e-3);
  }
  double worst = 0.0;
  for (std::size_t c = 0; c < solutions[0].head.size(); ++c)
    worst = std::max(worst, std::abs(solutions[0].head[c] - solutions[1].head[c]));
  EXPECT_LT(worst, 1e-5) << "m, largest head difference";
  EXPECT_GT(solutions[0].outer_iterations, 2) << "Newton iterations: the problem is not linear";
}

}  // namespace
}  // namespace gwp::solver
