// Quantiles of the sweep's distributions against their formulas and tabulated values.
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "sweep/distribution.hpp"

namespace gwp::sweep {
namespace {

using Type = Distribution::Type;

Distribution make(Type type, double a, double b, double c = 0.0) {
  Distribution d;
  d.type = type;
  d.a = a;
  d.b = b;
  d.c = c;
  return d;
}

TEST(Distribution, UniformAndLoguniformAreLinearInTheirScales) {
  const Distribution u = make(Type::uniform, 5.0, 30.0);
  EXPECT_NEAR(quantile(u, 0.2), 10.0, 1e-12);
  EXPECT_NEAR(cdf(u, 10.0), 0.2, 1e-15);
  const Distribution lu = make(Type::loguniform, 1e-3, 1e1);  // four decades
  EXPECT_NEAR(quantile(lu, 0.25), 1e-2, 1e-14);
  EXPECT_NEAR(quantile(lu, 0.75), 1.0, 1e-12);
}

// Tabulated standard normal quantiles: z(0.975) = 1.959963985, z(0.841344746) = 1.
TEST(Distribution, NormalAndLognormalQuantilesAreTheTabulatedOnes) {
  const Distribution n = make(Type::normal, 20.0, 2.0);
  EXPECT_NEAR(quantile(n, 0.975), 20.0 + 2.0 * 1.959963985, 1e-8);
  EXPECT_NEAR(quantile(n, 0.5), 20.0, 1e-12);
  // Lognormal by median and sigma of log10: one sigma up multiplies the median by 10^0.3.
  const Distribution ln = make(Type::lognormal, 30.0, 0.3);
  EXPECT_NEAR(quantile(ln, 0.5), 30.0, 1e-10);
  EXPECT_NEAR(quantile(ln, 0.841344746), 30.0 * std::pow(10.0, 0.3), 1e-6);
  EXPECT_NEAR(quantile(ln, 1.0 - 0.841344746), 30.0 / std::pow(10.0, 0.3), 1e-7);
}

// Triangular (min 0.5, mode 1, max 2): F(mode) = (mode - min) / (max - min) = 1/3; below it
// x = min + sqrt(u (max - min)(mode - min)), above x = max - sqrt((1 - u)(max - min)(max - mode)).
TEST(Distribution, TriangularFollowsItsClosedForm) {
  const Distribution t = make(Type::triangular, 0.5, 2.0, 1.0);
  EXPECT_NEAR(quantile(t, 1.0 / 3.0), 1.0, 1e-12);
  EXPECT_NEAR(quantile(t, 0.1), 0.5 + std::sqrt(0.1 * 1.5 * 0.5), 1e-12);
  EXPECT_NEAR(quantile(t, 0.9), 2.0 - std::sqrt(0.1 * 1.5 * 1.0), 1e-12);
}

// Truncated to [mean - sd, mean + 2 sd]: the ends map to the bounds, and the probability inside
// is rescaled: u = (Phi(z) - Phi(-1)) / (Phi(2) - Phi(-1)) gives z.
TEST(Distribution, TruncationRescalesTheProbabilityInside) {
  Distribution n = make(Type::normal, 0.0, 1.0);
  n.lower = -1.0;
  n.upper = 2.0;
  const double phi_m1 = 0.158655254, phi_2 = 0.977249868, phi_half = 0.691462461;
  EXPECT_NEAR(quantile(n, (phi_half - phi_m1) / (phi_2 - phi_m1)), 0.5, 1e-7);
  EXPECT_GE(quantile(n, 1e-12), -1.0);
  EXPECT_LE(quantile(n, 1.0 - 1e-12), 2.0);
  EXPECT_NEAR(quantile(n, 1e-12), -1.0, 1e-6);
}

TEST(Distribution, ChoiceGivesEachValueAnEqualShare) {
  Distribution c;
  c.type = Type::choice;
  c.choices = {30.0, 25.0, 20.0};
  EXPECT_EQ(quantile(c, 0.1), 30.0);
  EXPECT_EQ(quantile(c, 0.5), 25.0);
  EXPECT_EQ(quantile(c, 0.9), 20.0);
}

TEST(Distribution, BadParametersAreNamedAndRefused) {
  EXPECT_FALSE(distribution_problems(make(Type::uniform, 3.0, 1.0)).empty());
  EXPECT_FALSE(distribution_problems(make(Type::loguniform, 0.0, 1.0)).empty());
  EXPECT_FALSE(distribution_problems(make(Type::normal, 1.0, 0.0)).empty());
  EXPECT_FALSE(distribution_problems(make(Type::triangular, 0.0, 1.0, 2.0)).empty());
  Distribution far = make(Type::uniform, 0.0, 1.0);
  far.lower = 5.0;  // no probability above 5
  EXPECT_FALSE(distribution_problems(far).empty());
  EXPECT_THROW(quantile(make(Type::normal, 1.0, -1.0), 0.5), std::invalid_argument);
  EXPECT_THROW(quantile(make(Type::uniform, 0.0, 1.0), 1.0), std::invalid_argument);
  EXPECT_EQ(parse_distribution_type("lognormal"), Type::lognormal);
  EXPECT_FALSE(parse_distribution_type("log-normal"));
}

}  // namespace
}  // namespace gwp::sweep
