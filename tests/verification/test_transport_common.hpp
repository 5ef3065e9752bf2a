// What the transport verification tests share: cell positions, error measures, budget checks,
// and the figures they report. Each figure goes to the test report (RecordProperty) and, when
// GWPLUME_VERIFICATION_DUMP names a folder, to figures.csv there, beside CSV files of computed and
// analytical profiles, for scripts/verification-report to draw and tabulate.
#pragma once
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iomanip>
#include <optional>
#include <string>
#include <vector>

#include "run_case.hpp"

namespace gwp::testing {

// The folder named by GWPLUME_VERIFICATION_DUMP, created if needed; none when it is not set.
inline std::optional<std::filesystem::path> dump_dir() {
  const char* dir = std::getenv("GWPLUME_VERIFICATION_DUMP");
  if (!dir || !*dir) return std::nullopt;
  std::filesystem::create_directories(dir);
  return std::filesystem::path(dir);
}

// Writes DIR/<name>.csv (only when dumping): a header line, then one line per row.
inline void write_csv(const std::string& name, const std::vector<std::string>& header,
                      const std::vector<std::vector<double>>& rows) {
  const auto dir = dump_dir();
  if (!dir) return;
  std::ofstream out(*dir / (name + ".csv"));
  for (std::size_t i = 0; i < header.size(); ++i) out << (i ? "," : "") << header[i];
  out << "\n" << std::setprecision(10);
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) out << (i ? "," : "") << row[i];
    out << "\n";
  }
}

// A measured figure: into the test report as `key`, and a line of DIR/figures.csv:
// problem, quantity, value, tolerance (NaN for a figure that is only reported), unit.
inline void report(const std::string& problem, const std::string& key, double value, double tolerance,
                   const std::string& unit) {
  ::testing::Test::RecordProperty(key, figure(value));
  const auto dir = dump_dir();
  if (!dir) return;
  const auto path = *dir / "figures.csv";
  const bool fresh = !std::filesystem::exists(path);
  std::ofstream out(path, std::ios::app);
  if (fresh) out << "problem,quantity,value,tolerance,unit\n";
  out << problem << "," << key << "," << std::setprecision(6) << value << "," << tolerance << "," << unit << "\n";
}

// Centre of cell n: world x, y and elevation z (m).
inline std::array<double, 3> cell_centre(const Grid& g, std::int64_t n) {
  const CellIndex c = g.cell(n);
  const auto w = g.to_world(g.x_centre(c.j), g.y_centre(c.i));
  return {w[0], w[1], 0.5 * (g.cell_top(n) + g.cell_bottom(n))};
}

// Average over the plan area of cell n of f(x, y) (world coordinates, m): Gauss-Legendre with
// 4 x 4 points on each of sub x sub squares of the cell. Near a point source, whose solution
// changes by a factor of two across one cell, the cell average is what a finite-volume value
// approximates, not the value at the centre.
inline double cell_average(const Grid& g, std::int64_t n, const std::function<double(double, double)>& f, int sub) {
  static constexpr double kNodes[4] = {-0.861136311594053, -0.339981043584856, 0.339981043584856, 0.861136311594053};
  static constexpr double kWeights[4] = {0.347854845137454, 0.652145154862546, 0.652145154862546, 0.347854845137454};
  const CellIndex c = g.cell(n);
  const double w = g.dx[std::size_t(c.j)], h = g.dy[std::size_t(c.i)];
  const double x0 = g.x_centre(c.j) - 0.5 * w, y0 = g.y_centre(c.i) - 0.5 * h;
  double sum = 0.0;
  for (int a = 0; a < sub; ++a)
    for (int b = 0; b < sub; ++b)
      for (int p = 0; p < 4; ++p)
        for (int q = 0; q < 4; ++q) {
          const double xl = x0 + (a + 0.5 * (1.0 + kNodes[p])) * w / sub;
          const double yl = y0 + (b + 0.5 * (1.0 + kNodes[q])) * h / sub;
          const auto xy = g.to_world(xl, yl);
          sum += 0.25 * kWeights[p] * kWeights[q] * f(xy[0], xy[1]);
        }
  return sum / (sub * sub);
}

// Largest |computed - truth| over the cells `include` accepts, and the cell where it occurs.
struct Deviation {
  double max_abs = 0.0;
  std::int64_t cell = -1;
  double computed = 0.0, truth = 0.0;  // at that cell
  double truth_peak = 0.0;             // largest |truth| over the cells compared
  int cells = 0;                       // cells compared
};

inline Deviation deviation(const Grid& g, const std::vector<double>& computed,
                           const std::function<double(std::int64_t)>& truth,
                           const std::function<bool(std::int64_t)>& include) {
  Deviation d;
  for (std::int64_t n = 0; n < g.cell_count(); ++n) {
    if (!g.active[std::size_t(n)] || !include(n)) continue;
    const double t = truth(n), c = computed[std::size_t(n)];
    ++d.cells;
    d.truth_peak = std::max(d.truth_peak, std::abs(t));
    if (std::abs(c - t) > d.max_abs) {
      d.max_abs = std::abs(c - t);
      d.cell = n;
      d.computed = c;
      d.truth = t;
    }
  }
  return d;
}

// The largest |mass balance discrepancy| (%) over every stored time and species of a run, and
// the largest |flow budget discrepancy| (%) over its stored flows.
inline double largest_mass_discrepancy(const CaseRun& r) {
  double worst = 0.0;
  for (const auto& stored : r.results.transport)
    for (const auto& [name, d] : stored.discrepancy_percent) worst = std::max(worst, std::abs(d));
  return worst;
}

inline double largest_flow_discrepancy(const CaseRun& r) {
  double worst = 0.0;
  for (const auto& f : r.results.flows) worst = std::max(worst, std::abs(f.budget.discrepancy_percent));
  return worst;
}

// Every run must close its flow and mass budgets to 0.001 % (VERIFICATION.md); both figures are
// reported under `problem`.
inline void check_budgets(const std::string& problem, const CaseRun& r) {
  ASSERT_FALSE(r.results.transport.empty()) << problem << ": no transport output";
  const double mass = largest_mass_discrepancy(r), flow = largest_flow_discrepancy(r);
  report(problem, "mass_balance_discrepancy_percent", mass, 1e-3, "%");
  report(problem, "flow_balance_discrepancy_percent", flow, 1e-3, "%");
  EXPECT_LT(mass, 1e-3) << problem;
  EXPECT_LT(flow, 1e-3) << problem;
}

// The stored concentrations of `species` at time t (d).
inline const std::vector<double>& concentration_at(const CaseRun& r, const std::string& species, double t) {
  for (const auto& stored : r.results.transport)
    if (std::abs(stored.time - t) <= 1e-9 * std::max(1.0, t)) return stored.concentration.at(species);
  throw std::runtime_error("no transport output at t = " + std::to_string(t) + " d");
}

// Observed order of convergence between two errors at cell sizes h_coarse > h_fine.
inline double observed_order(double e_coarse, double e_fine, double h_coarse, double h_fine) {
  return std::log(e_coarse / e_fine) / std::log(h_coarse / h_fine);
}

}  // namespace gwp::testing
