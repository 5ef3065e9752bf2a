// Wilson-Miller (2-D) and Hunt (3-D) continuous point sources: each closed form against the time
// integral of the instantaneous point source (an independent evaluation of the same solution),
// and both against their steady limits.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "analytical/point_source.hpp"

namespace gwp::analytical {
namespace {

constexpr double kPi = std::numbers::pi;

// MT3DMS problem 3: v = 1/3 m/d, alpha_L = 10 m, alpha_T = 3 m, theta = 0.3, 1 m3/d at 1000 mg/L
// into a 10 m thick layer.
PlumeParameters problem3() {
  PlumeParameters p;
  p.velocity = 1.0 / 3.0;
  p.d_long = 10.0 / 3.0;
  p.d_trans = 1.0;
  p.porosity = 0.3;
  p.mass_rate = 100.0;
  return p;
}

// MT3DMS problem 7 as its script builds it: v = 1/6 m/d, alpha_L = 10 m, alpha_T = alpha_V = 3 m,
// theta = 0.2, 0.5 m3/d at 100 mg/L.
PlumeParameters problem7() {
  PlumeParameters p;
  p.velocity = 1.0 / 6.0;
  p.d_long = 10.0 / 6.0;
  p.d_trans = 0.5;
  p.d_vert = 0.5;
  p.porosity = 0.2;
  p.mass_rate = 50.0;
  return p;
}

// Both forms are evaluated to 1e-11 relative; they must agree to 1e-8 relative, for a
// conservative, a retarded and a decaying plume, upstream, downstream and to the side.
TEST(AnalyticalPointSource, WilsonMillerEqualsTimeIntegral) {
  PlumeParameters retarded = problem3(), decaying = problem3();
  retarded.retardation = 2.5;
  decaying.decay = 0.01;
  decaying.retardation = 1.5;
  for (const PlumeParameters& p : {problem3(), retarded, decaying})
    for (auto [x, y] : {std::pair{10.0, 0.0}, {50.0, 20.0}, {-20.0, 5.0}, {100.0, -40.0}, {0.0, 15.0}})
      for (double t : {30.0, 365.0}) {
        const double closed = wilson_miller(p, x, y, t), integral = point_source_2d_integral(p, x, y, t);
        EXPECT_NEAR(closed, integral, 1e-8 * std::abs(closed) + 1e-250) << x << " " << y << " " << t;
      }
}

TEST(AnalyticalPointSource, HuntEqualsTimeIntegral) {
  PlumeParameters decaying = problem7();
  decaying.decay = 0.005;
  decaying.retardation = 2.0;
  for (const PlumeParameters& p : {problem7(), decaying})
    for (auto [x, y, z] : {std::tuple{10.0, 0.0, 0.0}, {30.0, 10.0, -5.0}, {-10.0, 0.0, 3.0}, {60.0, -20.0, 10.0}})
      for (double t : {20.0, 100.0}) {
        const double closed = hunt(p, x, y, z, t), integral = point_source_3d_integral(p, x, y, z, t);
        EXPECT_NEAR(closed, integral, 1e-8 * std::abs(closed) + 1e-250) << x << " " << y << " " << z;
      }
}

// Steady 2-D plume (Bear 1979): C = m / (2 pi theta sqrt(Dl Dth)) exp(x / B) K0(r / B); the
// Hantush function tends to 2 K0 as u -> 0, so at t = 1e8 d only quadrature error remains.
TEST(AnalyticalPointSource, WilsonMillerSteadyLimit) {
  const PlumeParameters p = problem3();
  const double B = 2.0 * p.d_long / p.velocity;
  for (auto [x, y] : {std::pair{10.0, 0.0}, {40.0, 10.0}, {-15.0, 3.0}}) {
    const double r = std::sqrt(x * x + y * y * p.d_long / p.d_trans);
    const double steady = p.mass_rate / (2 * kPi * p.porosity * std::sqrt(p.d_long * p.d_trans)) *
                          std::exp(x / B) * std::cyl_bessel_k(0.0, r / B);
    EXPECT_NEAR(wilson_miller(p, x, y, 1e8), steady, 1e-9 * steady);
  }
}

// Hunt at long times reaches its steady form; with almost no flow that form is the classical
// point source in a still, isotropic medium, m / (4 pi theta D rho).
TEST(AnalyticalPointSource, HuntSteadyLimits) {
  const PlumeParameters p = problem7();
  for (auto [x, y, z] : {std::tuple{10.0, 0.0, 0.0}, {30.0, 10.0, -5.0}, {-10.0, 2.0, 3.0}})
    EXPECT_NEAR(hunt(p, x, y, z, 1e7), hunt_steady(p, x, y, z), 1e-10 * hunt_steady(p, x, y, z));
  PlumeParameters still;
  still.velocity = 1e-12;
  still.d_long = still.d_trans = still.d_vert = 0.7;
  still.porosity = 0.25;
  still.mass_rate = 3.0;
  const double rho = std::sqrt(4.0 + 9.0 + 1.0);
  EXPECT_NEAR(hunt_steady(still, 2.0, 3.0, 1.0), 3.0 / (4 * kPi * 0.25 * 0.7 * rho), 1e-10);
}

// Mass balance of the 2-D solution: with no decay, theta R times the integral of C over the
// plane equals the mass injected, m t. The plane integral is taken in polar coordinates about the
// source (r dr removes its logarithmic singularity) by the midpoint rule on a fine grid: 0.5 %.
TEST(AnalyticalPointSource, WilsonMillerConservesMass) {
  PlumeParameters p = problem3();
  p.retardation = 2.0;
  const double t = 100.0;
  double mass = 0.0;
  const int nr = 400, na = 72;
  const double rmax = 120.0, dr = rmax / nr, da = 2 * kPi / na;
  for (int i = 0; i < nr; ++i) {
    const double r = (i + 0.5) * dr;
    for (int k = 0; k < na; ++k) {
      const double a = (k + 0.5) * da;
      mass += wilson_miller(p, r * std::cos(a), r * std::sin(a), t) * r * dr * da;
    }
  }
  EXPECT_NEAR(p.porosity * p.retardation * mass / (p.mass_rate * t), 1.0, 5e-3);
}

TEST(AnalyticalPointSource, FlowFrameRotation) {
  const auto a = flow_frame(3.0, 4.0, 1.0, 1.0, 0.0);
  EXPECT_NEAR(a[0], 2.0, 1e-14);
  EXPECT_NEAR(a[1], 3.0, 1e-14);
  const auto b = flow_frame(1.0, 3.0, 1.0, 1.0, 90.0);  // flow to the north: 2 m along, 0 across
  EXPECT_NEAR(b[0], 2.0, 1e-14);
  EXPECT_NEAR(b[1], 0.0, 1e-14);
  const auto c = flow_frame(2.0, 2.0, 1.0, 1.0, 45.0);
  EXPECT_NEAR(c[0], std::sqrt(2.0), 1e-14);
  EXPECT_NEAR(c[1], 0.0, 1e-14);
}

TEST(AnalyticalPointSource, SingularAtTheSource) {
  EXPECT_THROW(wilson_miller(problem3(), 0.0, 0.0, 10.0), std::invalid_argument);
  EXPECT_THROW(hunt(problem7(), 0.0, 0.0, 0.0, 10.0), std::invalid_argument);
}

}  // namespace
}  // namespace gwp::analytical
