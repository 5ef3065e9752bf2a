// Plume metrics on the hand-worked plume of plume_fixture.hpp. Areas, volumes and masses are sums
// of products of short decimals, so they are checked to 1e-12 relative (a few roundings of
// double arithmetic); positions that pass through the grid's rotation to 1e-9 m (the rotation
// angle is atan(3/4) in degrees, exact only to the last bits of cos and sin).
#include "postprocess/metrics/plume_metrics.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "core/errors.hpp"
#include "plume_fixture.hpp"

namespace gwp::metrics {
namespace {

constexpr double kRelative = 1e-12;
constexpr double kPosition = 1e-9;  // m

std::vector<double> fixture_water(const Grid& grid) {
  return water_volumes(grid, test::plume_porosity(grid));
}

TEST(PlumeMetrics, WaterVolumeIsPorosityTimesCellVolume) {
  const Grid grid = test::plume_grid();
  const std::vector<double> water = fixture_water(grid);
  // Column (row 0, column 1) is 20 x 8 = 160 m2: 0.3 x 160 x 4 and 0.2 x 160 x 6.
  EXPECT_NEAR(water[std::size_t(grid.index(0, 0, 1))], 192.0, 192.0 * kRelative);
  EXPECT_NEAR(water[std::size_t(grid.index(1, 0, 1))], 192.0, 192.0 * kRelative);
  // Column (row 2, column 3) is 5 x 12 = 60 m2: 0.2 x 60 x 6.
  EXPECT_NEAR(water[std::size_t(grid.index(1, 2, 3))], 72.0, 72.0 * kRelative);
}

TEST(PlumeMetrics, SaturatedWaterVolumeClampsToTheCell) {
  const Grid grid = test::plume_grid();
  std::vector<double> wet(std::size_t(grid.cell_count()), 6.0);
  wet[std::size_t(grid.index(0, 0, 1))] = 2.0;   // water table halfway down the 4 m cell
  wet[std::size_t(grid.index(0, 0, 0))] = -1.0;  // below the cell: dry
  const std::vector<double> water = water_volumes(grid, test::plume_porosity(grid), wet);
  EXPECT_NEAR(water[std::size_t(grid.index(0, 0, 1))], 0.3 * 160.0 * 2.0, 96.0 * kRelative);
  EXPECT_EQ(water[std::size_t(grid.index(0, 0, 0))], 0.0);
  // 6 m given for a 4 m cell: the cell is full, 0.3 x (10 x 8) x 4.
  EXPECT_NEAR(water[std::size_t(grid.index(0, 1, 0))], 96.0, 96.0 * kRelative);
}

TEST(PlumeMetrics, PeakIgnoresInactiveCells) {
  const Grid grid = test::plume_grid();
  const Peak peak = peak_concentration(grid, test::plume_field(grid));
  // The inactive cell's 50 mg/L is larger but does not count; 3.0 at (1, 0, 1) is the peak.
  EXPECT_EQ(peak.value, 3.0);
  ASSERT_TRUE(peak.cell.has_value());
  EXPECT_EQ(peak.cell->k, 1);
  EXPECT_EQ(peak.cell->i, 0);
  EXPECT_EQ(peak.cell->j, 1);
}

TEST(PlumeMetrics, PeakOfGridWithoutActiveCellsIsNone) {
  Grid grid = test::plume_grid();
  grid.active.assign(grid.active.size(), 0);
  const Peak peak = peak_concentration(grid, test::plume_field(grid));
  EXPECT_TRUE(std::isnan(peak.value));
  EXPECT_FALSE(peak.cell.has_value());
}

TEST(PlumeMetrics, ExtentCountsAColumnOnceAndOnlyCellsStrictlyAbove) {
  const Grid grid = test::plume_grid();
  const PlumeExtent e = plume_extent(grid, test::plume_field(grid), fixture_water(grid), 1.0);
  // Above 1.0 mg/L: (0,0,1) and (1,0,1), one column of 20 x 8 m, and (1,2,0), 10 x 12 m;
  // (0,1,3) holds exactly 1.0 and is not above; the inactive cell does not count.
  EXPECT_EQ(e.cells, 3);
  EXPECT_NEAR(e.area, 160.0 + 120.0, 280.0 * kRelative);
  // 160 x 4 + 160 x 6 + 120 x 6 m3 of aquifer.
  EXPECT_NEAR(e.volume, 640.0 + 960.0 + 720.0, 2320.0 * kRelative);
  // 0.3 x 640 + 0.2 x 960 + 0.2 x 720 m3 of water.
  EXPECT_NEAR(e.water_volume, 192.0 + 192.0 + 144.0, 528.0 * kRelative);
}

TEST(PlumeMetrics, ExtentAtLowerThresholdAddsTheCellAtTheLimit) {
  const Grid grid = test::plume_grid();
  const PlumeExtent e = plume_extent(grid, test::plume_field(grid), fixture_water(grid), 0.5);
  // (0,1,3), 5 x 8 m and 4 m thick, now counts: +40 m2, +160 m3, +0.3 x 160 m3 of water.
  EXPECT_EQ(e.cells, 4);
  EXPECT_NEAR(e.area, 320.0, 320.0 * kRelative);
  EXPECT_NEAR(e.volume, 2480.0, 2480.0 * kRelative);
  EXPECT_NEAR(e.water_volume, 576.0, 576.0 * kRelative);
}

TEST(PlumeMetrics, ExtentAboveEverythingIsZeroAndWithoutLimitIsNaN) {
  const Grid grid = test::plume_grid();
  const PlumeExtent none = plume_extent(grid, test::plume_field(grid), fixture_water(grid), 10.0);
  EXPECT_EQ(none.cells, 0);
  EXPECT_EQ(none.area, 0.0);
  EXPECT_EQ(none.volume, 0.0);
  const PlumeExtent no_limit =
      plume_extent(grid, test::plume_field(grid), fixture_water(grid), std::nan(""));
  EXPECT_TRUE(std::isnan(no_limit.area));
  EXPECT_TRUE(std::isnan(no_limit.volume));
  EXPECT_TRUE(std::isnan(no_limit.water_volume));
}

// The landfill covers exactly column (row 0, column 0): local x 0..10 m, y 20..28 m. Its corners
// in world coordinates, worked out by hand from (1000 + 0.8 x - 0.6 y, 2000 + 0.6 x + 0.8 y).
Polygon landfill() { return {{988.0, 2016.0}, {996.0, 2022.0}, {991.2, 2028.4}, {983.2, 2022.4}}; }

TEST(PlumeMetrics, FarthestDistanceFromRotatedLandfill) {
  const Grid grid = test::plume_grid();
  const std::vector<double> c = test::plume_field(grid);
  // Above 1.0: column (0,1), centre (20, 24), lies 10 m east of the landfill; column (2,0),
  // centre (5, 6), lies 20 - 6 = 14 m south of it. The farthest is 14 m.
  EXPECT_NEAR(farthest_distance(grid, c, 1.0, landfill()), 14.0, kPosition);
  // Above 0.5 column (1,3), centre (42.5, 16), joins: 32.5 m east and 4 m south of the corner
  // (10, 20).
  EXPECT_NEAR(farthest_distance(grid, c, 0.5, landfill()), std::sqrt(32.5 * 32.5 + 4.0 * 4.0),
              kPosition);
}

TEST(PlumeMetrics, FarthestDistanceIsZeroInsideTheSource) {
  const Grid grid = test::plume_grid();
  std::vector<double> c(std::size_t(grid.cell_count()), 0.0);
  c[std::size_t(grid.index(1, 0, 0))] = 4.0;  // below the landfill's footprint
  EXPECT_EQ(farthest_distance(grid, c, 1.0, landfill()), 0.0);
}

TEST(PlumeMetrics, FarthestDistanceFromAWell) {
  const Grid grid = test::plume_grid();
  // The well stands at the centre of column (2,3), local (42.5, 6): world
  // (1000 + 34 - 3.6, 2000 + 25.5 + 4.8).
  const Point well{1030.4, 2030.3};
  // Above 1.0: column (0,1) at (20, 24) is hypot(22.5, 18) m away, column (2,0) at (5, 6)
  // is 37.5 m west of it.
  EXPECT_NEAR(farthest_distance(grid, test::plume_field(grid), 1.0, well), 37.5, kPosition);
}

TEST(PlumeMetrics, FarthestDistanceWithNothingAboveIsNaN) {
  const Grid grid = test::plume_grid();
  const std::vector<double> c = test::plume_field(grid);
  // Only the inactive cell holds more than 10 mg/L.
  EXPECT_TRUE(std::isnan(farthest_distance(grid, c, 10.0, landfill())));
  EXPECT_TRUE(std::isnan(farthest_distance(grid, c, std::nan(""), landfill())));
}

// [metrics] layers: the figures of the plume count only the cells of the layers named. Layer 0
// holds 2.0 at (0,0,1) and 1.0 at (0,1,3); layer 1 holds 3.0 at (1,0,1) and 1.5 at (1,2,0).
TEST(PlumeMetrics, LayerMaskHoldsTheActiveCellsOfItsLayers) {
  const Grid grid = test::plume_grid();
  const CellMask lower = cells_of_layers(grid, {1});
  int counted = 0;
  for (std::int64_t n = 0; n < grid.cell_count(); ++n) {
    counted += lower[std::size_t(n)];
    if (lower[std::size_t(n)]) EXPECT_EQ(grid.cell(n).k, 1);
  }
  EXPECT_EQ(counted, 11);  // 12 cells, one inactive
  EXPECT_THROW(cells_of_layers(grid, {2}), std::invalid_argument);
}

TEST(PlumeMetrics, PeakAndExtentCountOnlyTheMaskedLayers) {
  const Grid grid = test::plume_grid();
  const std::vector<double> c = test::plume_field(grid);
  const CellMask upper = cells_of_layers(grid, {0}), lower = cells_of_layers(grid, {1});
  const Peak top = peak_concentration(grid, c, upper);
  EXPECT_EQ(top.value, 2.0);
  ASSERT_TRUE(top.cell.has_value());
  EXPECT_EQ(top.cell->k, 0);
  EXPECT_EQ(top.cell->j, 1);
  EXPECT_EQ(peak_concentration(grid, c, lower).value, 3.0);
  // Layer 0 above 1.0: (0,0,1) only, 20 x 8 m and 4 m thick.
  const PlumeExtent e0 = plume_extent(grid, c, fixture_water(grid), 1.0, upper);
  EXPECT_EQ(e0.cells, 1);
  EXPECT_NEAR(e0.area, 160.0, 160.0 * kRelative);
  EXPECT_NEAR(e0.volume, 640.0, 640.0 * kRelative);
  // Above 0.5 (0,1,3) joins: 5 x 8 m, 4 m thick.
  const PlumeExtent e0_low = plume_extent(grid, c, fixture_water(grid), 0.5, upper);
  EXPECT_NEAR(e0_low.area, 200.0, 200.0 * kRelative);
  EXPECT_NEAR(e0_low.volume, 800.0, 800.0 * kRelative);
  // Layer 1 above 1.0: (1,0,1) and (1,2,0), 160 + 120 m2, 6 m thick.
  const PlumeExtent e1 = plume_extent(grid, c, fixture_water(grid), 1.0, lower);
  EXPECT_NEAR(e1.area, 280.0, 280.0 * kRelative);
  EXPECT_NEAR(e1.volume, 1680.0, 1680.0 * kRelative);
}

TEST(PlumeMetrics, DistanceCountsOnlyTheMaskedLayers) {
  const Grid grid = test::plume_grid();
  const std::vector<double> c = test::plume_field(grid);
  // Above 1.0 layer 0 has column (0,1) only, 10 m east of the landfill; layer 1 also column
  // (2,0), 14 m south of it.
  EXPECT_NEAR(farthest_distance(grid, cells_above(grid, c, 1.0, cells_of_layers(grid, {0})), landfill()), 10.0,
              kPosition);
  EXPECT_NEAR(farthest_distance(grid, cells_above(grid, c, 1.0, cells_of_layers(grid, {1})), landfill()), 14.0,
              kPosition);
  EXPECT_TRUE(std::isnan(farthest_distance(grid, cells_above(grid, c, 5.0), landfill())));
}

TEST(PlumeMetrics, DissolvedMassAndItsCentre) {
  const Grid grid = test::plume_grid();
  const DissolvedMass m = dissolved_mass(grid, test::plume_field(grid), fixture_water(grid));
  // Water (m3) x concentration (g/m3): 192 x 2 + 192 x 3 + 144 x 1.5 + 48 x 1 g.
  const double total = 384.0 + 576.0 + 216.0 + 48.0;
  EXPECT_NEAR(m.mass, total, total * kRelative);
  // Mass-weighted local centre: x at 20, 20, 5, 42.5; y at 24, 24, 6, 16; z at 8, 3, 3, 8 m.
  const double x = (384.0 * 20 + 576.0 * 20 + 216.0 * 5 + 48.0 * 42.5) / total;
  const double y = (384.0 * 24 + 576.0 * 24 + 216.0 * 6 + 48.0 * 16) / total;
  const double z = (384.0 * 8 + 576.0 * 3 + 216.0 * 3 + 48.0 * 8) / total;
  const std::array<double, 2> world = test::plume_world(x, y);
  EXPECT_NEAR(m.centre[0], world[0], kPosition);
  EXPECT_NEAR(m.centre[1], world[1], kPosition);
  EXPECT_NEAR(m.centre[2], z, kPosition);
}

TEST(PlumeMetrics, UniformFieldMassIsConcentrationTimesActiveWater) {
  const Grid grid = test::plume_grid();
  // As read back from a result file: inactive cells hold -1e30.
  std::vector<double> c(std::size_t(grid.cell_count()), 0.7);
  c[std::size_t(grid.index(test::kPlumeInactiveK, test::kPlumeInactiveI, test::kPlumeInactiveJ))] =
      -1e30;
  // Active water: 0.3 x 4 x 1260 + 0.2 x 6 x 1260 - 0.2 x 6 x 60 (the inactive cell) = 2952 m3.
  const DissolvedMass m = dissolved_mass(grid, c, fixture_water(grid));
  EXPECT_NEAR(m.mass, 0.7 * 2952.0, 0.7 * 2952.0 * kRelative);
}

TEST(PlumeMetrics, ZeroMassHasNoCentre) {
  const Grid grid = test::plume_grid();
  const DissolvedMass m =
      dissolved_mass(grid, std::vector<double>(std::size_t(grid.cell_count()), 0.0), fixture_water(grid));
  EXPECT_EQ(m.mass, 0.0);
  EXPECT_TRUE(std::isnan(m.centre[0]));
}

TEST(PlumeMetrics, NaNInAnActiveCellFailsNamingIt) {
  const Grid grid = test::plume_grid();
  std::vector<double> c = test::plume_field(grid);
  c[std::size_t(grid.index(1, 2, 0))] = std::nan("");
  try {
    peak_concentration(grid, c);
    FAIL() << "a NaN concentration was accepted";
  } catch (const ModelFailure& failure) {
    EXPECT_NE(std::string(failure.what()).find("(layer 2, row 3, column 1)"), std::string::npos)
        << failure.what();
  }
}

TEST(PlumeMetrics, WrongLengthIsRejectedWithBothSizes) {
  const Grid grid = test::plume_grid();
  try {
    dissolved_mass(grid, std::vector<double>(5, 0.0), fixture_water(grid));
    FAIL() << "a field of 5 values was accepted for 24 cells";
  } catch (const std::invalid_argument& bad) {
    const std::string message = bad.what();
    EXPECT_NE(message.find("5"), std::string::npos) << message;
    EXPECT_NE(message.find("24"), std::string::npos) << message;
  }
}

}  // namespace
}  // namespace gwp::metrics
