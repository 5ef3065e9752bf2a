// How failure messages place a cell: label, world coordinates of its centre, top and bottom.
#include <gtest/gtest.h>

#include "core/grid.hpp"

namespace gwp {
namespace {

// Two layers of 3 x 2 columns, 10 m by 20 m, origin (1000, 5000), unrotated; tops 50, layer
// bottoms 40 and 30.
Grid small_grid() {
  Grid g;
  g.nx = 3;
  g.ny = 2;
  g.nz = 2;
  g.dx = {10.0, 10.0, 10.0};
  g.dy = {20.0, 20.0};
  g.top.assign(6, 50.0);
  g.bottom = {40, 40, 40, 40, 40, 40, 30, 30, 30, 30, 30, 30};
  g.active.assign(12, 1);
  g.origin_x = 1000.0;
  g.origin_y = 5000.0;
  return g;
}

TEST(CellPlace, NamesTheCellWithItsCentreAndElevations) {
  const Grid g = small_grid();
  // Layer 2, row 1 (the northern one), column 3: centre x = 1000 + 25, y = 5000 + 40 - 10.
  EXPECT_EQ(cell_place(g, g.index(1, 0, 2)), "(layer 2, row 1, column 3) at x = 1025.0 m, y = 5030.0 m, z = 40.00 to 30.00 m");
  // Layer 1, row 2, column 1: x = 1005, y = 5010, from the top at 50 to 40.
  EXPECT_EQ(cell_place(g, g.index(0, 1, 0)), "(layer 1, row 2, column 1) at x = 1005.0 m, y = 5010.0 m, z = 50.00 to 40.00 m");
}

}  // namespace
}  // namespace gwp
