// The plan velocity of a plume's centre: a straight track with a known speed and bearing, and the
// centre of dissolved mass of the analytical 1-D pulse with retardation, which moves at v / R.
#include "postprocess/metrics/centre_velocity.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <stdexcept>

#include "core/grid.hpp"
#include "postprocess/metrics/plume_metrics.hpp"

namespace gwp::metrics {
namespace {

TEST(CentreVelocity, StraightTrackWithKnownSpeedAndBearing) {
  // 0.05 m/d along a bearing of 120 degrees (east-south-east): vx = 0.05 sin 120, vy = 0.05 cos 120.
  const double speed = 0.05, bearing = 120.0 * std::numbers::pi / 180.0;
  std::vector<double> t, x, y;
  for (double d : {365.0, 730.0, 1095.0, 1460.0, 3000.0}) {
    t.push_back(d);
    x.push_back(500000.0 + speed * std::sin(bearing) * d);
    y.push_back(2500000.0 + speed * std::cos(bearing) * d);
  }
  const PlanVelocity v = centre_velocity(t, x, y);
  // Projected coordinates of 2.5e6 m: the fit keeps about 1e-9 m/yr.
  EXPECT_NEAR(v.speed, speed * 365.25, 1e-9);
  EXPECT_NEAR(v.direction, 120.0, 1e-8);
  EXPECT_EQ(v.points, 5u);
}

TEST(CentreVelocity, BearingsOfTheFourQuarters) {
  const auto bearing = [](double dx, double dy) {
    return centre_velocity({0.0, 1.0}, {0.0, dx}, {0.0, dy}).direction;
  };
  EXPECT_NEAR(bearing(0.0, 1.0), 0.0, 1e-12);
  EXPECT_NEAR(bearing(1.0, 0.0), 90.0, 1e-12);
  EXPECT_NEAR(bearing(0.0, -1.0), 180.0, 1e-12);
  EXPECT_NEAR(bearing(-1.0, 0.0), 270.0, 1e-12);
  EXPECT_NEAR(bearing(-1.0, 1.0), 315.0, 1e-12);
}

TEST(CentreVelocity, LeastSquaresThroughScatter) {
  // x = 2 t plus a scatter of +1, -1, -1, +1 (orthogonal to t - mean): the slope stays 2.
  EXPECT_NEAR(least_squares_slope({0, 1, 2, 3}, {1.0, 1.0, 3.0, 7.0}), 2.0, 1e-12);
  EXPECT_TRUE(std::isnan(least_squares_slope({5.0}, {1.0})));
  EXPECT_TRUE(std::isnan(least_squares_slope({5.0, 5.0}, {1.0, 2.0})));
}

TEST(CentreVelocity, StillCentreAndMissingCentres) {
  const PlanVelocity still = centre_velocity({1, 2, 3}, {10, 10, 10}, {5, 5, 5});
  EXPECT_EQ(still.speed, 0.0);
  EXPECT_TRUE(std::isnan(still.direction));
  // A time without mass (NaN centre) is left out; one sample left gives no velocity.
  const PlanVelocity one = centre_velocity({1, 2}, {10, std::nan("")}, {5, std::nan("")});
  EXPECT_TRUE(std::isnan(one.speed));
  EXPECT_EQ(one.points, 1u);
  EXPECT_THROW(centre_velocity({1, 2}, {1}, {1, 2}), std::invalid_argument);
}

// A pulse of mass M released at x0 into a column with seepage velocity v, dispersion D and
// retardation R: C = M / (n A sqrt(4 pi D t / R)) exp(-(x - x0 - v t / R)^2 / (4 D t / R)) / R.
// Its centre of dissolved mass moves at v / R exactly (the Gaussian is symmetric about it). On a
// 1-D grid of 0.5 m cells reaching more than 25 standard deviations beyond it on either side, the cell-centred centre
// carries the midpoint rule's error, far below 1e-6 m: the speed is v / R to 1e-6 relative.
TEST(CentreVelocity, CentreOfAPulseWithRetardationMovesAtVOverR) {
  const double v = 0.2, D = 0.5, R = 2.5, x0 = 200.0;  // m/d, m2/d, -, m
  Grid grid;
  grid.nx = 2000;
  grid.ny = 1;
  grid.nz = 1;
  grid.dx.assign(2000, 0.5);
  grid.dy = {1.0};
  grid.top.assign(2000, 1.0);
  grid.bottom.assign(2000, 0.0);
  grid.active.assign(2000, 1);
  grid.origin_x = 1000.0;
  grid.origin_y = 3000.0;
  const std::vector<double> water = water_volumes(grid, std::vector<double>(2000, 0.3));
  std::vector<double> t, x, y;
  for (double day : {100.0, 400.0, 900.0, 1500.0}) {
    std::vector<double> c(2000);
    const double spread = 4.0 * D * day / R, centre = x0 + v * day / R;
    for (int j = 0; j < 2000; ++j) {
      const double dxc = grid.x_centre(j) - centre;
      c[std::size_t(j)] = std::exp(-dxc * dxc / spread) / std::sqrt(std::numbers::pi * spread);
    }
    const DissolvedMass m = dissolved_mass(grid, c, water);
    t.push_back(day);
    x.push_back(m.centre[0]);
    y.push_back(m.centre[1]);
  }
  const PlanVelocity vel = centre_velocity(t, x, y);
  EXPECT_NEAR(vel.speed, v / R * 365.25, 1e-6 * v / R * 365.25);
  EXPECT_NEAR(vel.direction, 90.0, 1e-6);  // the column runs east
}

}  // namespace
}  // namespace gwp::metrics
