// How the flow solver judges its iterations and words its failures: every failure names the
// time, the outer iteration and the cell (layer, row, column, 1-based) where the balance is
// worst, so that the engineer can look there.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "solver/flow/flow_problem.hpp"
#include "solver/flow/flow_system.hpp"
#include "solver/linear/linear_solver.hpp"

namespace gwp::solver {

// The largest head change of an outer iteration (m) and its cell.
struct HeadChange {
  double largest = 0.0;
  std::int64_t cell = -1;
};

// A linear solve is good enough when it reached its tolerance, or stopped short of it but
// below its square root: Newton's outer iterations absorb an inexact step (and converge only
// when the true residual is small), whereas a solve that got nowhere is a failure.
bool acceptable(const LinearResult& result, double tolerance);

std::string linear_failure_message(const Grid& grid, double time, int outer,
                                   const LinearResult& result, const AssemblyReport& report);

std::string no_convergence_message(const Grid& grid, double time, int outer,
                                   const FlowSettings& settings, const AssemblyReport& report,
                                   const HeadChange& change, const std::vector<double>& head = {});
// Active cells whose head (m, one per cell) is at or below the cell's bottom, or not a number.
std::int64_t dry_cell_count(const Grid& grid, const std::vector<double>& head);

}  // namespace gwp::solver
