#include "solver/flow/convergence.hpp"

#include <cmath>
#include <cstdio>

namespace gwp::solver {

bool acceptable(const LinearResult& result, double tolerance) {
  return result.converged || result.relative_residual <= std::sqrt(tolerance);
}

namespace {

std::string worst_cell_text(const Grid& grid, const AssemblyReport& report) {
  if (report.worst_cell < 0) return "no cell out of balance";
  char text[192];
  std::snprintf(text, sizeof text, "largest imbalance %.4g m3/d (scaled %.3g) at cell ",
                report.worst_residual, report.worst_scaled_residual);
  return text + cell_place(grid, report.worst_cell);
}

}  // namespace

std::string linear_failure_message(const Grid& grid, double time, int outer,
                                   const LinearResult& result, const AssemblyReport& report) {
  char text[256];
  std::snprintf(text, sizeof text,
                "flow: the linear solver (%s) failed at t = %g d, outer iteration %d, after %d "
                "iterations with relative residual %.3g; ",
                result.method.c_str(), time, outer, result.iterations, result.relative_residual);
  return text + worst_cell_text(grid, report);
}

std::string no_convergence_message(const Grid& grid, double time, int outer,
                                   const FlowSettings& settings, const AssemblyReport& report,
                                   const HeadChange& change, const std::vector<double>& head) {
  char text[256];
  std::snprintf(text, sizeof text,
                "flow did not converge at t = %g d after %d outer iterations (head tolerance %g m, "
                "residual tolerance %g): ",
                time, outer, settings.head_tolerance, settings.residual_tolerance);
  std::string message = text + worst_cell_text(grid, report);
  if (change.cell >= 0) {
    std::snprintf(text, sizeof text, "; last head change %.4g m at cell ", change.largest);
    message += text + cell_place(grid, change.cell);
  }
  if (!head.empty()) {
    const std::int64_t dry = dry_cell_count(grid, head);
    std::snprintf(text, sizeof text, "; %lld of the active cells dry (head below the cell's bottom)",
                  static_cast<long long>(dry));
    message += text;
  }
  return message;
}

std::int64_t dry_cell_count(const Grid& grid, const std::vector<double>& head) {
  std::int64_t dry = 0;
  for (std::int64_t n = 0; n < grid.cell_count(); ++n)
    if (grid.active[std::size_t(n)] != 0 && !(head[std::size_t(n)] > grid.cell_bottom(n))) ++dry;
  return dry;
}

}  // namespace gwp::solver
