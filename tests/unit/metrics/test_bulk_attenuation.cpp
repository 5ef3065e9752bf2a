// Rate constants of natural attenuation (Newell et al. 2002) on the steady 1-D column with
// first-order decay lambda, seepage velocity v and dispersion D = alpha v, whose profile is
// C = C0 exp(x (v - sqrt(v^2 + 4 lambda D)) / (2 D)): the bulk rate -v d(ln C)/dx equals
// (sqrt(v^2 + 4 lambda D) - v) / (2 alpha), which is lambda to first order in alpha lambda / v,
// and the Buscheck-Alcantar rate inverts it exactly. The profile is laid on a grid and read back
// along the plume axis (plume_axis.hpp), so the axis' sampling is tested too.
#include "postprocess/metrics/bulk_attenuation.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "core/grid.hpp"
#include "postprocess/metrics/plume_axis.hpp"

namespace gwp::metrics {
namespace {

// A column of `n` cells of `width` m running east from world (5000, 8000), rotated by `rotation`
// degrees, with the steady profile of the column above (x from the origin to each cell centre).
struct Column {
  Grid grid;
  std::vector<double> c;
};
Column steady_column(int n, double width, double rotation, double v, double lambda, double alpha) {
  Column col;
  Grid& g = col.grid;
  g.nx = n;
  g.ny = 1;
  g.nz = 1;
  g.dx.assign(std::size_t(n), width);
  g.dy = {width};
  g.top.assign(std::size_t(n), 10.0);
  g.bottom.assign(std::size_t(n), 0.0);
  g.active.assign(std::size_t(n), 1);
  g.origin_x = 5000.0;
  g.origin_y = 8000.0;
  g.rotation_deg = rotation;
  const double D = alpha * v, m = (v - std::sqrt(v * v + 4.0 * lambda * D)) / (2.0 * D);
  for (int j = 0; j < n; ++j) col.c.push_back(100.0 * std::exp(m * g.x_centre(j)));
  return col;
}

// The source sits at the column's west end, on its axis.
Point west_end(const Grid& g) {
  const auto xy = g.to_world(0.0, 0.5 * g.dy[0]);
  return {xy[0], xy[1]};
}

TEST(BulkAttenuation, SmallDispersionBulkRateIsTheDecayRate) {
  // v = 0.1 m/d, lambda = 1e-3 /d, alpha = 0.1 m: alpha lambda / v = 1e-3, so the bulk rate
  // (sqrt(v^2 + 4 lambda alpha v) - v) / (2 alpha) = 0.99900e-3 /d lies within 0.2 % of lambda.
  const double v = 0.1, lambda = 1e-3, alpha = 0.1;
  const Column col = steady_column(600, 1.0, 30.0, v, lambda, alpha);
  const AxisProfile axis = plume_axis_profile(col.grid, col.c, col.grid.active, west_end(col.grid));
  // From the peak (first cell) to 1 % of it: ln(100) / 0.00999 = 461 m, one sample per metre.
  ASSERT_GT(axis.distance.size(), 400u);
  EXPECT_LT(axis.distance.size(), 470u);
  const BulkRate k = bulk_attenuation_rate(axis.distance, axis.concentration, v);
  const double exact = (std::sqrt(v * v + 4.0 * lambda * alpha * v) - v) / (2.0 * alpha);
  EXPECT_NEAR(k.rate, exact, 1e-9 * exact);  // an exact exponential: the fit is exact
  EXPECT_NEAR(k.rate, lambda, 2e-3 * lambda);
  EXPECT_NEAR(k.r2, 1.0, 1e-12);
  EXPECT_NEAR(buscheck_alcantar_rate(k.rate, v, alpha), lambda, 1e-8 * lambda);
}

TEST(BulkAttenuation, BuscheckAlcantarTakesLargeDispersionOut) {
  // alpha = 10 m: alpha lambda / v = 0.1, so the bulk rate 0.9161e-3 /d is 8 % below lambda;
  // Buscheck and Alcantar's rate recovers lambda to the fit's rounding.
  const double v = 0.1, lambda = 1e-3, alpha = 10.0;
  const Column col = steady_column(300, 2.0, 0.0, v, lambda, alpha);
  const AxisProfile axis = plume_axis_profile(col.grid, col.c, col.grid.active, west_end(col.grid));
  const BulkRate k = bulk_attenuation_rate(axis.distance, axis.concentration, v);
  EXPECT_GT(std::abs(k.rate - lambda), 0.05 * lambda);
  const double ba = buscheck_alcantar_rate(k.rate, v, alpha);
  EXPECT_NEAR(ba, lambda, 1e-8 * lambda);
  EXPECT_LT(std::abs(ba - lambda), 1e-3 * std::abs(k.rate - lambda));
}

TEST(BulkAttenuation, ContaminantVelocityScalesTheRate) {
  // The same slope at a velocity R = 4 times smaller gives a rate 4 times smaller.
  const std::vector<double> x{0, 10, 20, 30}, c{8.0, 4.0, 2.0, 1.0};  // halves every 10 m
  const BulkRate fast = bulk_attenuation_rate(x, c, 0.4), slow = bulk_attenuation_rate(x, c, 0.1);
  EXPECT_NEAR(fast.slope, -std::log(2.0) / 10.0, 1e-15);
  EXPECT_NEAR(fast.rate, 0.4 * std::log(2.0) / 10.0, 1e-15);
  EXPECT_NEAR(slow.rate, fast.rate / 4.0, 1e-15);
}

TEST(BulkAttenuation, TooFewPointsOrBadInput) {
  EXPECT_TRUE(std::isnan(bulk_attenuation_rate({0, 1}, {2.0, 1.0}, 1.0).rate));
  EXPECT_TRUE(std::isnan(bulk_attenuation_rate({1, 1, 1}, {3.0, 2.0, 1.0}, 1.0).rate));
  EXPECT_THROW(bulk_attenuation_rate({0, 1, 2}, {2.0, 0.0, 1.0}, 1.0), std::invalid_argument);
  EXPECT_THROW(bulk_attenuation_rate({0, 1}, {2.0}, 1.0), std::invalid_argument);
  EXPECT_TRUE(std::isnan(buscheck_alcantar_rate(1e-3, 0.0, 1.0)));
  EXPECT_EQ(buscheck_alcantar_rate(1e-3, 0.1, 0.0), 1e-3);
}

TEST(PlumeAxis, FollowsAPlumeAcrossAPlanGrid) {
  // A 2-D plume running north-east from a source at the south-west corner cell: concentrations
  // fall as exp(-s / 50) along the diagonal s and as a Gaussian across it. The axis must run
  // north-east (45 degrees) and each band's largest concentration lies on the diagonal.
  Grid g;
  g.nx = g.ny = 60;
  g.nz = 1;
  g.dx.assign(60, 5.0);
  g.dy.assign(60, 5.0);
  g.top.assign(3600, 1.0);
  g.bottom.assign(3600, 0.0);
  g.active.assign(3600, 1);
  std::vector<double> c(3600);
  for (int i = 0; i < 60; ++i)
    for (int j = 0; j < 60; ++j) {
      const double x = g.x_centre(j), y = g.y_centre(i);
      const double along = (x + y) / std::sqrt(2.0), across = (x - y) / std::sqrt(2.0);
      c[std::size_t(g.index(0, i, j))] = std::exp(-along / 50.0) * std::exp(-across * across / 200.0);
    }
  const AxisProfile axis = plume_axis_profile(g, c, g.active, {2.5, 2.5});
  const auto u = axis.direction();
  EXPECT_NEAR(u[0], std::sqrt(0.5), 1e-12);
  EXPECT_NEAR(u[1], std::sqrt(0.5), 1e-12);
  ASSERT_GE(axis.distance.size(), 3u);
  const BulkRate k = bulk_attenuation_rate(axis.distance, axis.concentration, 1.0);
  // On the diagonal ln C falls by 1/50 per metre. Diagonal cells lie 7.07 m apart, bands are 5 m
  // wide: a band without a diagonal cell takes a neighbour 3.54 m off the axis, lower by
  // exp(-3.54^2 / 200) = 0.94, which bends the fit by less than 0.1 % (a band picking cells far
  // from the axis, or an axis off the diagonal, would bend it by percents).
  EXPECT_NEAR(k.slope, -1.0 / 50.0, 1e-3 / 50.0);
}

TEST(PlumeAxis, NoAxisWithoutAPlume) {
  Grid g;
  g.nx = 3;
  g.ny = g.nz = 1;
  g.dx.assign(3, 1.0);
  g.dy = {1.0};
  g.top.assign(3, 1.0);
  g.bottom.assign(3, 0.0);
  g.active.assign(3, 1);
  EXPECT_TRUE(plume_axis_profile(g, {0.0, 0.0, 0.0}, g.active, {0.5, 0.5}).distance.empty());
  // Everything at the source: no column above 1 % of the peak lies away from the origin.
  EXPECT_TRUE(plume_axis_profile(g, {5.0, 0.0, 0.0}, g.active, {0.5, 0.5}).distance.empty());
  EXPECT_THROW(plume_axis_profile(g, {0.0}, g.active, {0.5, 0.5}), std::invalid_argument);
}

}  // namespace
}  // namespace gwp::metrics
