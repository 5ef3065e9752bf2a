// Saturated thickness, the smoothed saturated fraction, its derivative and integral, and the
// well-rate reduction: checked against their definitions (limits, finite differences,
// quadrature).
#include <gtest/gtest.h>

#include "solver/flow/saturation.hpp"

namespace gwp::solver {
namespace {

TEST(Saturation, ThicknessIsClippedToTheCell) {
  EXPECT_DOUBLE_EQ(saturated_thickness(12.0, 20.0, 10.0), 2.0);
  EXPECT_DOUBLE_EQ(saturated_thickness(25.0, 20.0, 10.0), 10.0);
  EXPECT_DOUBLE_EQ(saturated_thickness(5.0, 20.0, 10.0), 0.0);
}

TEST(Saturation, FractionIsLinearInsideAndClippedOutside) {
  // Away from the ends S = (h - bottom) / b up to the smoothing's O(eps) shift.
  EXPECT_NEAR(saturated_fraction(12.5, 20.0, 10.0), 0.25, 1e-6);
  EXPECT_DOUBLE_EQ(saturated_fraction(9.0, 20.0, 10.0), 0.0);
  EXPECT_DOUBLE_EQ(saturated_fraction(21.0, 20.0, 10.0), 1.0);
  // With wide smoothing the ends are quadratic: S(bottom + eps b / 2) = av eps / 8.
  const double eps = 0.1, av = 1.0 / (1.0 - eps);
  EXPECT_NEAR(saturated_fraction(10.5, 20.0, 10.0, eps), av * 0.5 * 0.05 * 0.05 / eps, 1e-14);
  // Symmetry S(x) + S(1 - x) = 1 holds for every piece.
  for (double h : {10.2, 10.7, 13.0, 19.4})
    EXPECT_NEAR(saturated_fraction(h, 20.0, 10.0, eps) + saturated_fraction(30.0 - h, 20.0, 10.0, eps),
                1.0, 1e-14);
}

TEST(Saturation, DerivativeMatchesFiniteDifferences) {
  // Central differences with step 1e-6 m are accurate to ~1e-9 on these smooth pieces.
  const double eps = 0.1, d = 1e-6;
  for (double h : {10.3, 10.99, 12.0, 15.0, 19.5, 19.95}) {
    const double fd = (saturated_fraction(h + d, 20.0, 10.0, eps) -
                       saturated_fraction(h - d, 20.0, 10.0, eps)) / (2 * d);
    EXPECT_NEAR(saturated_fraction_derivative(h, 20.0, 10.0, eps), fd, 1e-8) << "h = " << h;
  }
  EXPECT_EQ(saturated_fraction_derivative(9.0, 20.0, 10.0), 0.0);
  EXPECT_EQ(saturated_fraction_derivative(21.0, 20.0, 10.0), 0.0);
}

TEST(Saturation, IntegralMatchesQuadrature) {
  // Midpoint rule with 200000 panels over at most 12 m: error below 1e-8 m.
  const double eps = 0.1, top = 20.0, bottom = 10.0;
  for (double h : {10.05, 10.8, 14.0, 19.93, 20.0, 22.0}) {
    const int panels = 200000;
    const double w = (h - bottom) / panels;
    double sum = 0.0;
    for (int i = 0; i < panels; ++i) sum += saturated_fraction(bottom + (i + 0.5) * w, top, bottom, eps) * w;
    EXPECT_NEAR(saturated_fraction_integral(h, top, bottom, eps), sum, 1e-8) << "h = " << h;
  }
  // Full cell: the integral over the cell is b / 2 by the symmetry of S.
  EXPECT_NEAR(saturated_fraction_integral(top, top, bottom, eps), 5.0, 1e-12);
  EXPECT_EQ(saturated_fraction_integral(9.0, top, bottom, eps), 0.0);
}

TEST(Saturation, WellRateFactorFallsSmoothlyToZeroAtTheBottom) {
  // Reduction over the bottom 10 % of a 10 m cell: s = (h - 10) / 1.
  EXPECT_DOUBLE_EQ(well_rate_factor(15.0, 20.0, 10.0, 0.1), 1.0);
  EXPECT_DOUBLE_EQ(well_rate_factor(9.0, 20.0, 10.0, 0.1), 0.0);
  EXPECT_DOUBLE_EQ(well_rate_factor(10.5, 20.0, 10.0, 0.1), 0.5);  // -2/8 + 3/4
  const double d = 1e-7;
  for (double h : {10.1, 10.5, 10.9}) {
    const double fd = (well_rate_factor(h + d, 20.0, 10.0, 0.1) - well_rate_factor(h - d, 20.0, 10.0, 0.1)) / (2 * d);
    EXPECT_NEAR(well_rate_factor_derivative(h, 20.0, 10.0, 0.1), fd, 1e-7);
  }
}

}  // namespace
}  // namespace gwp::solver
