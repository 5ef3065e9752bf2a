// The plume joined to an abandoned well's bore, on a strip of 6 columns of 10 m (1 row, 2 layers,
// no rotation, origin 0): column j's centre lies at x = 10 j + 5 m, y = 5 m. The bore stands in
// column 0 (x = 5 m) and is open in both layers. Concentrations (limit 1 mg/L):
//   layer 0 (upper):  0 0 5 5 5 5    a landfill plume that passes by, not touching the bore
//   layer 1 (lower):  5 5 5 0 0 5    what came down the bore (columns 0-2) and a separate patch
// Distances are differences of column centres along x, exact in binary up to rounding.
#include "postprocess/metrics/connected_plume.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace gwp::metrics {
namespace {

constexpr double kPosition = 1e-12;  // m

Grid strip() {
  Grid g;
  g.nx = 6;
  g.ny = 1;
  g.nz = 2;
  g.dx.assign(6, 10.0);
  g.dy = {10.0};
  g.top.assign(6, 10.0);
  g.bottom.assign(6, 5.0);
  g.bottom.insert(g.bottom.end(), 6, 0.0);
  g.active.assign(12, 1);
  return g;
}

std::vector<double> field(const Grid& g, const std::vector<double>& upper, const std::vector<double>& lower) {
  std::vector<double> c(std::size_t(g.cell_count()));
  for (int j = 0; j < 6; ++j) {
    c[std::size_t(g.index(0, 0, j))] = upper[std::size_t(j)];
    c[std::size_t(g.index(1, 0, j))] = lower[std::size_t(j)];
  }
  return c;
}

struct Strip {
  Grid grid = strip();
  std::vector<std::int64_t> bore{grid.index(0, 0, 0), grid.index(1, 0, 0)};
  Point well{5.0, 5.0};
};

TEST(ConnectedPlume, RegionIsWhatTouchesTheSeedsThroughCellsAbove) {
  const Strip s;
  const Grid& g = s.grid;
  const std::vector<double> c = field(g, {0, 0, 5, 5, 5, 5}, {5, 5, 5, 0, 0, 5});
  // In the lower layer: columns 0-2; the patch at column 5 does not touch them.
  const CellMask lower = connected_above(g, c, 1.0, cells_of_layers(g, {1}), s.bore);
  for (int k = 0; k < 2; ++k)
    for (int j = 0; j < 6; ++j)
      EXPECT_EQ(lower[std::size_t(g.index(k, 0, j))], k == 1 && j <= 2 ? 1 : 0) << k << "," << j;
  // In both layers column 2 joins the upper plume, and through its column 5 the lower patch:
  // every cell above the limit.
  const CellMask both = connected_above(g, c, 1.0, g.active, s.bore);
  EXPECT_EQ(both, cells_above(g, c, 1.0));
}

TEST(ConnectedPlume, BoreDistanceIgnoresAPlumePassingBy) {
  const Strip s;
  const Grid& g = s.grid;
  const std::vector<double> c = field(g, {0, 0, 5, 5, 5, 5}, {5, 5, 5, 0, 0, 5});
  // The bore delivered into the lower layer: its plume reaches column 2, 25 - 5 = 20 m away.
  EXPECT_NEAR(bore_plume_distance(g, c, 1.0, cells_of_layers(g, {1}), s.bore, s.well), 20.0, kPosition);
  // Any plume above the limit reaches column 5, 55 - 5 = 50 m: what the well used to be given.
  EXPECT_NEAR(farthest_distance(g, c, 1.0, s.well), 50.0, kPosition);
  // Had it delivered into the upper layer only, nothing above the limit touches it there.
  EXPECT_TRUE(std::isnan(bore_plume_distance(g, c, 1.0, cells_of_layers(g, {0}), s.bore, s.well)));
  // Delivered nowhere: no plume of its own.
  EXPECT_TRUE(std::isnan(bore_plume_distance(g, c, 1.0, CellMask(12, 0), s.bore, s.well)));
  // No limit: nothing exceeds it.
  EXPECT_TRUE(std::isnan(bore_plume_distance(g, c, std::nan(""), cells_of_layers(g, {1}), s.bore, s.well)));
}

TEST(ConnectedPlume, ConnectionRunsThroughTheDeliveredLayersOnly) {
  const Strip s;
  const Grid& g = s.grid;
  // Now the upper plume reaches the bore too, and joins the lower patch at column 5 from above.
  const std::vector<double> c = field(g, {5, 5, 5, 5, 5, 5}, {5, 5, 5, 0, 0, 5});
  // Delivered into both layers: one body, to column 5 (50 m).
  EXPECT_NEAR(bore_plume_distance(g, c, 1.0, cells_of_layers(g, {0, 1}), s.bore, s.well), 50.0, kPosition);
  // Delivered into the lower layer only: the way round through the upper layer does not count.
  EXPECT_NEAR(bore_plume_distance(g, c, 1.0, cells_of_layers(g, {1}), s.bore, s.well), 20.0, kPosition);
}

TEST(ConnectedPlume, InactiveCellsAndTheLimitItselfBreakTheConnection) {
  Strip s;
  const std::vector<double> at_limit = field(s.grid, {0, 0, 0, 0, 0, 0}, {5, 1, 5, 5, 5, 5});
  // 1 mg/L is not above a limit of 1 mg/L: the region stops at column 0 (0 m from the well).
  EXPECT_NEAR(bore_plume_distance(s.grid, at_limit, 1.0, cells_of_layers(s.grid, {1}), s.bore, s.well), 0.0,
              kPosition);
  const std::vector<double> c = field(s.grid, {0, 0, 0, 0, 0, 0}, {5, 5, 5, 5, 5, 5});
  s.grid.active[std::size_t(s.grid.index(1, 0, 3))] = 0;
  EXPECT_NEAR(bore_plume_distance(s.grid, c, 1.0, cells_of_layers(s.grid, {1}), s.bore, s.well), 20.0, kPosition);
}

TEST(ConnectedPlume, SeedOutsideTheGridIsRejected) {
  const Strip s;
  const std::vector<double> c(12, 0.0);
  EXPECT_THROW(connected_above(s.grid, c, 1.0, s.grid.active, {12}), std::invalid_argument);
  EXPECT_THROW(connected_above(s.grid, std::vector<double>(5, 0.0), 1.0, s.grid.active, {0}), std::invalid_argument);
}

}  // namespace
}  // namespace gwp::metrics
