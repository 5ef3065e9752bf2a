// Ogata-Banks with retardation and decay (van Genuchten and Alves 1982): the function must solve
// its equation, meet its initial and boundary conditions, and reach its known limits.
#include <gtest/gtest.h>

#include <cmath>

#include "analytical/ogata_banks.hpp"

namespace gwp::analytical {
namespace {

// MT3DMS problem 1 with sorption and decay: v = 0.24 m/d, alpha_L = 10 m, R = 5, lambda = 0.002 1/d.
ColumnParameters problem1_decay() {
  ColumnParameters p;
  p.velocity = 0.24;
  p.dispersion = 2.4;
  p.retardation = 5.0;
  p.decay = 0.002;
  return p;
}

// Residual of R C_t - D C_xx + v C_x + lambda R C, by central differences with steps of 1e-4 of
// x and t. Far ahead of the front the profile falls by e every 10 m, which leaves a truncation
// error of about 1e-5 of the terms; 1e-4 of the largest term is still a clear fail for a wrong
// coefficient (that leaves a residual of the order of the terms themselves). Where the terms are
// tiny (the column flushed, or far ahead of the front) the rounding of the differences,
// eps C (D / hx^2 + R / ht + v / hx), bounds what can be seen; 100 times it is allowed on top,
// and 1e-12 mg/L/d where the profile is below 1e-80 mg/L and its tail too steep to difference.
TEST(AnalyticalOgataBanks, SolvesTheEquation) {
  for (ColumnParameters p : {problem1_decay(), ColumnParameters{0.24, 2.4, 1.0, 0.0, 1.0},
                             ColumnParameters{1.0, 0.5, 2.0, 0.01, 3.0}}) {
    for (double x : {20.0, 100.0, 300.0})
      for (double t : {200.0, 1000.0, 2000.0}) {
        const double hx = 1e-4 * x, ht = 1e-4 * t;
        const double c = ogata_banks(p, x, t);
        const double ct = (ogata_banks(p, x, t + ht) - ogata_banks(p, x, t - ht)) / (2 * ht);
        const double cx = (ogata_banks(p, x + hx, t) - ogata_banks(p, x - hx, t)) / (2 * hx);
        const double cxx = (ogata_banks(p, x + hx, t) - 2 * c + ogata_banks(p, x - hx, t)) / (hx * hx);
        const double terms[] = {p.retardation * ct, p.dispersion * cxx, p.velocity * cx, p.decay * p.retardation * c};
        double largest = 0.0;
        for (double term : terms) largest = std::max(largest, std::abs(term));
        const double rounding = 2.2e-16 * c * (p.dispersion / (hx * hx) + p.retardation / ht + p.velocity / hx);
        const double residual = terms[0] - terms[1] + terms[2] + terms[3];
        EXPECT_LT(std::abs(residual), 1e-4 * largest + 100.0 * rounding + 1e-12) << "x " << x << " t " << t;
      }
  }
}

TEST(AnalyticalOgataBanks, InitialAndBoundaryConditions) {
  const ColumnParameters p = problem1_decay();
  EXPECT_EQ(ogata_banks(p, 0.0, 100.0), 1.0);
  EXPECT_EQ(ogata_banks(p, 50.0, 0.0), 0.0);
  EXPECT_LT(ogata_banks(p, 900.0, 2000.0), 1e-30);  // far beyond the front (v t / R = 96 m)
  EXPECT_THROW(ogata_banks(p, -1.0, 1.0), std::invalid_argument);
  ColumnParameters bad = p;
  bad.retardation = 0.5;
  EXPECT_THROW(ogata_banks(bad, 1.0, 1.0), std::invalid_argument);
}

// Long after the start the profile is the steady c0 exp((v - u) x / (2D)); without decay it is c0.
TEST(AnalyticalOgataBanks, SteadyLimit) {
  const ColumnParameters p = problem1_decay();
  for (double x : {10.0, 100.0, 400.0})
    EXPECT_NEAR(ogata_banks(p, x, 1e6), ogata_banks_steady(p, x), 1e-12 * ogata_banks_steady(p, x) + 1e-300);
  ColumnParameters conservative = p;
  conservative.decay = 0.0;
  EXPECT_NEAR(ogata_banks(conservative, 400.0, 1e6), 1.0, 1e-12);
}

// Without decay, retardation only slows time: C(x, t; R) = C(x, t / R; 1).
TEST(AnalyticalOgataBanks, RetardationRescalesTime) {
  ColumnParameters slow{0.24, 2.4, 5.0, 0.0, 1.0}, fast{0.24, 2.4, 1.0, 0.0, 1.0};
  for (double x : {10.0, 50.0, 100.0, 150.0})
    EXPECT_NEAR(ogata_banks(slow, x, 2000.0), ogata_banks(fast, x, 400.0), 1e-14);
}

// Ogata and Banks' own case (no decay, R = 1) at the mean travel distance x = v t:
// C = c0/2 [1 + exp(v x / D) erfc(x / sqrt(D t))]; MT3DMS problem 1 at 2000 d (x = 480 m,
// v x / D = 48) gives 0.5 + 0.5 exp(48) erfc(6.9282) = 0.54031 (the second term by its asymptotic
// series, 1 / (sqrt(pi) 6.9282) (1 - 1/96 + 3/(4 48^2)), whose next term is below 1e-6).
TEST(AnalyticalOgataBanks, MeanTravelDistance) {
  const ColumnParameters p{0.24, 2.4, 1.0, 0.0, 1.0};
  const double b = 480.0 / std::sqrt(2.4 * 2000.0);
  const double second = 1.0 / (std::sqrt(M_PI) * b) * (1.0 - 1.0 / (2 * b * b) + 3.0 / (4 * b * b * b * b));
  EXPECT_NEAR(ogata_banks(p, 480.0, 2000.0), 0.5 + 0.5 * second, 2e-6);
  EXPECT_NEAR(ogata_banks(p, 480.0, 2000.0), 0.54031, 1e-5);
}

// As D -> 0 the front sharpens to the step c0 exp(-lambda R x / v) H(v t / R - x).
TEST(AnalyticalOgataBanks, PureAdvectionLimit) {
  ColumnParameters p = problem1_decay();
  p.dispersion = 0.0;
  EXPECT_NEAR(ogata_banks(p, 50.0, 2000.0), std::exp(-0.002 * 5.0 * 50.0 / 0.24), 1e-14);
  EXPECT_EQ(ogata_banks(p, 97.0, 2000.0), 0.0);
  p.dispersion = 1e-6;
  EXPECT_NEAR(ogata_banks(p, 50.0, 2000.0), std::exp(-0.002 * 5.0 * 50.0 / 0.24), 1e-6);
  EXPECT_LT(ogata_banks(p, 97.0, 2000.0), 1e-12);
}

}  // namespace
}  // namespace gwp::analytical
