// A small hand-built result for the postprocess tests: a 2-layer, 3-row, 4-column grid with one
// inactive cell and varying tops, heads and fluxes given by closed-form functions of the cell so
// every stored value can be checked against its formula, and a budget with a known discrepancy.
#pragma once
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "postprocess/result_writer.hpp"
#include "solver/flow/flow_solution.hpp"
#include "solver/grid/grid.hpp"
#include "solver/observer.hpp"

namespace gwp::post::test {

// A directory of its own under the system temporary directory, removed with everything in it.
class TempDir {
 public:
  explicit TempDir(const std::string& stem)
      : path_(std::filesystem::temp_directory_path() / (stem + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline constexpr int kInactiveK = 1, kInactiveI = 2, kInactiveJ = 3;

inline Grid small_grid() {
  Grid grid;
  grid.nx = 4;
  grid.ny = 3;
  grid.nz = 2;
  grid.dx = {10.0, 20.0, 10.0, 5.0};
  grid.dy = {8.0, 8.0, 12.0};
  grid.origin_x = 500.0;
  grid.origin_y = 1200.0;
  grid.rotation_deg = 15.0;
  for (int i = 0; i < grid.ny; ++i)
    for (int j = 0; j < grid.nx; ++j) grid.top.push_back(50.0 - 0.5 * i + 0.25 * j);
  for (int k = 0; k < grid.nz; ++k)
    for (int i = 0; i < grid.ny; ++i)
      for (int j = 0; j < grid.nx; ++j) grid.bottom.push_back(k == 0 ? 40.0 - 0.1 * j : 20.0);
  grid.active.assign(std::size_t(grid.cell_count()), 1);
  grid.active[std::size_t(grid.index(kInactiveK, kInactiveI, kInactiveJ))] = 0;
  return grid;
}

// Head of cell (k, i, j) at time t (d), m: a gentle eastward gradient that rises with time.
inline double head_at(int k, int i, int j, double t) {
  return 45.0 - 0.1 * j + 0.01 * k - 0.02 * i + 0.001 * t;
}
// Specific discharge component `axis` of cell n at time t, m/d.
inline double flux_at(std::int64_t n, int axis, double t) {
  return (axis == 0 ? 1e-3 : axis == 1 ? -2e-3 : 5e-4) * double(n + 1) * (1.0 + t / 100.0);
}
// Conductivity of cell (k, i, j), m/d: layers of 10 and 0.1 m/d, varying along rows.
inline double kh_at(int k, int i, int j) { return (k == 0 ? 10.0 : 0.1) * (1.0 + 0.1 * i) + j; }

inline FlowSolution flow_solution(const Grid& grid, double t) {
  FlowSolution solution;
  solution.time = t;
  for (int k = 0; k < grid.nz; ++k)
    for (int i = 0; i < grid.ny; ++i)
      for (int j = 0; j < grid.nx; ++j) solution.head.push_back(head_at(k, i, j, t));
  solution.dry.assign(solution.head.size(), 0);
  // Inflows and outflows chosen so in and out differ by a known amount.
  // Storage and a connection group carry no meaningful kind, as the solver leaves them.
  solution.budget.lines = {{"storage", TermKind::flux, 3.0, 0.5},
                           {"head:west", TermKind::fixed_head, 12.5 + t, 0.0},
                           {"river:Yujiang", TermKind::river, 1.0, 10.0 + t},
                           {"recharge", TermKind::recharge, 2.0, 0.0},
                           {"well:PW-1", TermKind::well, 0.0, 5.0},
                           {"abandoned_well:AW-1", TermKind::flux, 4.0, 4.0}};
  double in = 0.0, out = 0.0;
  for (const BudgetLine& line : solution.budget.lines) {
    in += line.inflow;
    out += line.outflow;
  }
  solution.budget.discrepancy_percent = 100.0 * (in - out) / ((in + out) / 2.0);
  return solution;
}

inline std::vector<double> darcy_flux(const Grid& grid, double t) {
  std::vector<double> q;
  for (std::int64_t n = 0; n < grid.cell_count(); ++n)
    for (int axis = 0; axis < 3; ++axis) q.push_back(flux_at(n, axis, t));
  return q;
}

inline ResultHeader small_header(const Grid& grid) {
  ResultHeader header;
  header.case_name = "fixture-case";
  header.case_title = "Fixture case, baseline";
  header.case_toml = "[case]\nname = \"fixture-case\"\n";
  header.program_version = "0.1.0-test";
  header.crs = "EPSG:4546";
  header.grid = &grid;
  header.layer_names = {"upper aquifer", "lower aquifer"};
  ResultHeader::Field kh{"kh", "m/d", {}};
  ResultHeader::Field porosity{"porosity", "1", {}};
  for (int k = 0; k < grid.nz; ++k)
    for (int i = 0; i < grid.ny; ++i)
      for (int j = 0; j < grid.nx; ++j) {
        kh.values.push_back(kh_at(k, i, j));
        porosity.values.push_back(k == 0 ? 0.3 : 0.25);
      }
  header.properties = {kh, porosity};
  return header;
}

// The stored flow times of the fixture, d.
inline std::vector<double> flow_times() { return {0.0, 365.25}; }

// Writes everything the fixture knows into `writer`: two flow outputs and a few series samples.
inline void feed(ResultWriter& writer, const Grid& grid) {
  for (double t : flow_times()) {
    const FlowSolution solution = flow_solution(grid, t);
    FlowOutput output;
    output.time = t;
    output.solution = &solution;
    output.darcy_flux = darcy_flux(grid, t);
    writer.on_flow_output(output);
    writer.on_series("monitoring/MW-2/head", "m", t, {head_at(0, 1, 2, t)});
    writer.on_series("wells/AW-1/flow", "m3/d", t, {0.5 * t, -0.25 * t});
  }
}

}  // namespace gwp::post::test
