#include "solver/flow/flow_solver.hpp"

#include <algorithm>

#include <cmath>

#include "core/errors.hpp"
#include "solver/common/parallel.hpp"
#include "solver/common/subnormals.hpp"
#include "solver/flow/budget.hpp"
#include "solver/flow/convergence.hpp"
#include "solver/linear/linear_solver.hpp"
#include "solver/linear/thread_limit.hpp"

namespace gwp::solver {

namespace {
// Largest number of halvings of a Newton step that does not reduce the imbalance; after that
// the shortest step is taken anyway (the imbalance may have to grow before it can fall).
constexpr int kMaxStepCuts = 6;
// Outer iterations during which recharge may still move to another cell of its column; after
// them it stays, so that a water table sitting on a cell bottom cannot keep the iterations
// switching for ever.
constexpr int kPlacementIterations = 30;
}  // namespace

FlowSolver::FlowSolver(const FlowProblem& problem)
    : settings_(problem.settings), terms_(problem.terms),
      groups_(problem.extra_connections), system_(problem), head_(problem.initial_head) {}

FlowSolution FlowSolver::solve(double t, double dt) {
  const bool steady = settings_.mode == FlowMode::steady || dt <= 0.0;
  system_.set_forcing(steady ? t : t - 0.5 * dt, steady ? 0.0 : dt, head_);
  const ThreadLimit threads(threads_for(system_.unknowns()));
  const SubnormalsAsZero subnormals;
  std::vector<double> head = head_;
  system_.impose_fixed_heads(head);
  system_.place_on_water_table(head);
  const Iterations it = newton(head, t);
  head_ = head;
  FlowSolution solution = collect(t, head, it);
  solution.solve_number = ++solves_;
  if (steady) system_.release_matrix();
  return solution;
}

LinearResult FlowSolver::linear_solve(const Eigen::VectorXd& rhs, Eigen::VectorXd& dh, LinearMethod method,
                                      double tolerance, bool multigrid, bool reuse) {
  if (!multigrid)
    return solve_linear(system_.matrix(), rhs, dh, method, settings_.max_linear_iterations, tolerance);
  const Eigen::VectorXd guess = dh;
  const bool symmetric = method == LinearMethod::conjugate_gradient;
  const LinearResult amg =
      multigrid_.solve(system_.matrix(), rhs, dh, symmetric, settings_.max_linear_iterations, tolerance, reuse);
  if (amg.converged) return amg;
  // Short of the tolerance: the factorisation from the same guess, and the better is kept.
  Eigen::VectorXd dh_amg = dh;
  dh = guess;
  const LinearResult other = solve_linear(system_.matrix(), rhs, dh, method, settings_.max_linear_iterations, tolerance);
  if (other.converged || other.relative_residual < amg.relative_residual) return other;
  dh = std::move(dh_amg);
  return amg;
}

FlowSolver::Iterations FlowSolver::newton(std::vector<double>& head, double t) {
  Iterations it;
  const std::int64_t rows = system_.unknowns();
  if (rows == 0) return it;
  const std::vector<std::int32_t>& cell_of_row = system_.cell_of_row();
  const LinearMethod method =
      system_.all_confined() ? LinearMethod::conjugate_gradient : LinearMethod::bicgstab;
  const bool multigrid = settings_.linear_solver == FlowLinearSolver::multigrid ||
                         (settings_.linear_solver == FlowLinearSolver::automatic && rows >= kMultigridUnknowns);
  Eigen::VectorXd rhs, dh(rows);
  AssemblyReport report;
  system_.assemble(head, rhs, report);
  // Inexact Newton: while the equations are nonlinear, each linear solve need only be accurate
  // enough to make progress (a relative residual of 1e-4); the outer iterations and their
  // residual test set the accuracy of the answer. A linear (all-confined) problem is solved
  // in one exact step, so its linear solve uses the full tolerance.
  const double linear_tolerance =
      system_.all_confined() ? settings_.linear_tolerance : std::max(settings_.linear_tolerance, 1e-4);
  for (it.outer = 1; it.outer <= settings_.max_outer_iterations; ++it.outer) {
    dh.setZero();
    const LinearResult linear = linear_solve(rhs, dh, method, linear_tolerance, multigrid, it.outer > 1);
    it.linear += linear.iterations;
    it.method = linear.method;
    if (!acceptable(linear, linear_tolerance) || !dh.allFinite())
      throw ModelFailure(linear_failure_message(system_.grid(), t, it.outer, linear, report));

    // Damped Newton: halve the step while it neither reduces the imbalance (2-norm of the cell
    // balances, m3/d) nor meets the residual tolerance. The exact step of a linear problem
    // passes at once.
    const double norm_before = rhs.norm();
    const std::vector<double> start = head;
    const std::vector<std::uint8_t> previous_branch = report.branch;
    double fraction = 1.0;
    for (int cut = 0;; ++cut) {
      for (std::int64_t r = 0; r < rows; ++r) {
        const std::size_t cell = std::size_t(cell_of_row[std::size_t(r)]);
        head[cell] = start[cell] + fraction * dh[r];
      }
      system_.assemble(head, rhs, report);
      if (cut == kMaxStepCuts || rhs.norm() <= norm_before ||
          report.worst_scaled_residual <= settings_.residual_tolerance)
        break;
      fraction *= 0.5;
    }
    HeadChange change;
    for (std::int64_t r = 0; r < rows; ++r)
      if (std::abs(fraction * dh[r]) > std::abs(change.largest))
        change = {fraction * dh[r], cell_of_row[std::size_t(r)]};
    // Recharge follows the water table: a move changes the equations, so iterate on.
    if (it.outer <= kPlacementIterations && it.outer < settings_.max_outer_iterations &&
        system_.place_on_water_table(head)) {
      system_.assemble(head, rhs, report);
      continue;
    }
    const bool exact_step =
        system_.all_confined() && linear.converged && report.branch == previous_branch;
    if ((std::abs(change.largest) <= settings_.head_tolerance || exact_step) &&
        report.worst_scaled_residual <= settings_.residual_tolerance)
      return it;
    if (it.outer == settings_.max_outer_iterations)
      throw ModelFailure(no_convergence_message(system_.grid(), t, it.outer, settings_, report, change, head));
  }
  // max_outer_iterations < 1: nothing was tried.
  throw ModelFailure(no_convergence_message(system_.grid(), t, 0, settings_, report, HeadChange{}));
}

FlowSolution FlowSolver::collect(double t, const std::vector<double>& head, Iterations it) const {
  const Grid& g = system_.grid();
  const Connections& c = system_.connections();
  FlowSolution s;
  s.time = t;
  s.outer_iterations = it.outer;
  s.linear_iterations = it.linear;
  s.linear_method = it.method;
  const std::int64_t cells = g.cell_count();
  s.head.resize(std::size_t(cells));
  s.dry.assign(std::size_t(cells), 0);
  s.storage_flow.assign(std::size_t(cells), 0.0);
  for (std::int64_t n = 0; n < cells; ++n) {
    if (!g.active[std::size_t(n)]) {
      s.head[std::size_t(n)] = kInactiveHead;
      continue;
    }
    s.head[std::size_t(n)] = head[std::size_t(n)];
    s.dry[std::size_t(n)] = system_.convertible(n) && head[std::size_t(n)] < g.cell_bottom(n);
    s.storage_flow[std::size_t(n)] = system_.storage_flow(n, head);
  }
  s.connection_flow.resize(std::size_t(c.grid_count));
  parallel_for(0, c.grid_count, [&](std::int64_t l) {
    s.connection_flow[std::size_t(l)] = system_.link_flow(l, head).q;
  });
  s.extra_flow.resize(groups_.size());
  for (std::size_t k = 0; k < groups_.size(); ++k) s.extra_flow[k].assign(groups_[k].n.size(), 0.0);
  for (std::int64_t l = c.grid_count; l < c.size(); ++l) {
    const std::size_t e = std::size_t(l - c.grid_count);
    s.extra_flow[std::size_t(c.extra_set[e])][std::size_t(c.extra_index[e])] = system_.link_flow(l, head).q;
  }
  s.term_cells = system_.term_cells();
  s.term_flow.resize(terms_.size());
  for (std::size_t k = 0; k < terms_.size(); ++k) {
    s.term_flow[k].resize(terms_[k].cells.size());
    for (std::size_t i = 0; i < terms_[k].cells.size(); ++i)
      s.term_flow[k][i] = system_.term_flow(int(k), std::int64_t(i), head);
  }
  s.budget = flow_budget(terms_, groups_, s);
  return s;
}

}  // namespace gwp::solver
