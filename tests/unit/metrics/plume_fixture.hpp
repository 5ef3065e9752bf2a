// A small rotated grid and a plume on it whose metrics are worked out by hand in the tests.
//
// 2 layers, 3 rows, 4 columns: dx = 10 20 10 5 m (45 m west to east), dy = 8 8 12 m (28 m north
// to south); top 10 m, layer 0 from 10 to 6 m (4 m thick), layer 1 from 6 to 0 m (6 m thick).
// Porosity 0.3 in layer 0 and 0.2 in layer 1. Cell (layer 1, row 2, column 3) is inactive.
// Local cell centres: x = 5, 20, 35, 42.5 m by column; y = 24, 16, 6 m by row (north of the
// south edge). The grid is rotated by atan(3/4) about its origin (1000, 2000), so cos = 0.8 and
// sin = 0.6 and a local point (x, y) lies at world (1000 + 0.8 x - 0.6 y, 2000 + 0.6 x + 0.8 y).
#pragma once
#include <array>
#include <cmath>
#include <vector>

#include "core/grid.hpp"

namespace gwp::test {

inline constexpr int kPlumeInactiveK = 1, kPlumeInactiveI = 2, kPlumeInactiveJ = 3;

inline Grid plume_grid() {
  Grid grid;
  grid.nx = 4;
  grid.ny = 3;
  grid.nz = 2;
  grid.dx = {10.0, 20.0, 10.0, 5.0};
  grid.dy = {8.0, 8.0, 12.0};
  grid.origin_x = 1000.0;
  grid.origin_y = 2000.0;
  grid.rotation_deg = std::atan2(3.0, 4.0) * 180.0 / 3.14159265358979323846;
  grid.top.assign(12, 10.0);
  for (int k = 0; k < grid.nz; ++k) {
    for (int c = 0; c < 12; ++c) grid.bottom.push_back(k == 0 ? 6.0 : 0.0);
  }
  grid.active.assign(std::size_t(grid.cell_count()), 1);
  grid.active[std::size_t(grid.index(kPlumeInactiveK, kPlumeInactiveI, kPlumeInactiveJ))] = 0;
  return grid;
}

inline std::vector<double> plume_porosity(const Grid& grid) {
  std::vector<double> porosity;
  for (int k = 0; k < grid.nz; ++k) {
    for (int c = 0; c < 12; ++c) porosity.push_back(k == 0 ? 0.3 : 0.2);
  }
  return porosity;
}

// Zero everywhere except: (0,0,1) 2.0, (1,0,1) 3.0 (the same column), (1,2,0) 1.5, (0,1,3) 1.0
// mg/L; the inactive cell holds 50 mg/L, larger than all, which every metric must ignore.
inline std::vector<double> plume_field(const Grid& grid) {
  std::vector<double> c(std::size_t(grid.cell_count()), 0.0);
  c[std::size_t(grid.index(0, 0, 1))] = 2.0;
  c[std::size_t(grid.index(1, 0, 1))] = 3.0;
  c[std::size_t(grid.index(1, 2, 0))] = 1.5;
  c[std::size_t(grid.index(0, 1, 3))] = 1.0;
  c[std::size_t(grid.index(kPlumeInactiveK, kPlumeInactiveI, kPlumeInactiveJ))] = 50.0;
  return c;
}

// World coordinates of the local point (x, y), worked out with cos = 0.8 and sin = 0.6.
inline std::array<double, 2> plume_world(double x, double y) {
  return {1000.0 + 0.8 * x - 0.6 * y, 2000.0 + 0.6 * x + 0.8 * y};
}

}  // namespace gwp::test
