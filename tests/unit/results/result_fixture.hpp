// A small hand-built result for the postprocess tests: a 2-layer, 3-row, 4-column grid with one
// inactive cell and varying tops, heads and fluxes given by closed-form functions of the cell so
// every stored value can be checked against its formula, and a budget with a known discrepancy.
#pragma once
#include <unistd.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "core/grid.hpp"
#include "results/observer.hpp"
#include "results/result_writer.hpp"

namespace gwp::test {

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

// The flow at one stored time: heads and a budget whose in and out differ by a known amount.
struct FlowRecord {
  double time = 0.0;
  std::vector<double> head;
  std::vector<results::FlowBudgetRow> budget;
  double discrepancy_percent = 0.0;
  // What the writer is given; points into this record.
  results::FlowOutput output(std::vector<double> darcy_flux) const {
    results::FlowOutput out;
    out.time = time;
    out.head = &head;
    out.darcy_flux = std::move(darcy_flux);
    out.budget = budget;
    out.discrepancy_percent = discrepancy_percent;
    return out;
  }
};

inline FlowRecord flow_record(const Grid& grid, double t) {
  FlowRecord record;
  record.time = t;
  for (int k = 0; k < grid.nz; ++k)
    for (int i = 0; i < grid.ny; ++i)
      for (int j = 0; j < grid.nx; ++j) record.head.push_back(head_at(k, i, j, t));
  // Inflows and outflows chosen so in and out differ by a known amount; kinds as the solver
  // names them (solver/flow/budget.hpp).
  record.budget = {{"storage", "storage", 3.0, 0.5},
                   {"head:west", "head", 12.5 + t, 0.0},
                   {"river:Yujiang", "river", 1.0, 10.0 + t},
                   {"recharge", "recharge", 2.0, 0.0},
                   {"well:PW-1", "well", 0.0, 5.0},
                   {"abandoned_well:AW-1", "connection", 4.0, 4.0}};
  double in = 0.0, out = 0.0;
  for (const results::FlowBudgetRow& line : record.budget) {
    in += line.inflow;
    out += line.outflow;
  }
  record.discrepancy_percent = 100.0 * (in - out) / ((in + out) / 2.0);
  return record;
}

inline std::vector<double> darcy_flux(const Grid& grid, double t) {
  std::vector<double> q;
  for (std::int64_t n = 0; n < grid.cell_count(); ++n)
    for (int axis = 0; axis < 3; ++axis) q.push_back(flux_at(n, axis, t));
  return q;
}

inline results::ResultHeader small_header(const Grid& grid) {
  results::ResultHeader header;
  header.case_name = "fixture-case";
  header.case_title = "Fixture case, baseline";
  header.case_toml = "[case]\nname = \"fixture-case\"\n";
  header.program_version = "0.1.0-test";
  header.crs = "EPSG:4546";
  header.grid = &grid;
  header.layer_names = {"upper aquifer", "lower aquifer"};
  results::ResultHeader::Field kh{"kh", "m/d", {}};
  results::ResultHeader::Field porosity{"porosity", "1", {}};
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
inline void feed(results::ResultWriter& writer, const Grid& grid) {
  for (double t : flow_times()) {
    const FlowRecord flow = flow_record(grid, t);
    writer.on_flow_output(flow.output(darcy_flux(grid, t)));
    writer.on_series("monitoring/MW-2/head", "m", t, {head_at(0, 1, 2, t)});
    writer.on_series("wells/AW-1/flow", "m3/d", t, {0.5 * t, -0.25 * t});
  }
}

}  // namespace gwp::test
