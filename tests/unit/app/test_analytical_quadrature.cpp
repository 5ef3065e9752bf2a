// The adaptive Gauss-Kronrod integrator and the special functions of tests/verification/analytical,
// against integrals known in closed form and tabulated values.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <stdexcept>

#include "analytical/quadrature.hpp"
#include "analytical/special_functions.hpp"

namespace gwp::analytical {
namespace {

constexpr double kPi = std::numbers::pi;

// Polynomials up to degree 22 are integrated exactly by the 15-point Kronrod rule on one interval:
// only rounding remains (1e-14).
TEST(AnalyticalQuadrature, PolynomialsExactly) {
  for (int k = 0; k <= 22; ++k) {
    const QuadratureResult r = integrate([k](double x) { return std::pow(x, k); }, 0.0, 1.0);
    EXPECT_NEAR(r.value, 1.0 / (k + 1), 1e-14) << "x^" << k;
    EXPECT_TRUE(r.converged);
  }
}

// Smooth, peaked and endpoint-singular integrands, each with a closed form; asked for 1e-10
// relative, the result must be within 1e-9 relative (the estimate is conservative by design).
TEST(AnalyticalQuadrature, ClosedFormIntegrals) {
  EXPECT_NEAR(integrate([](double x) { return std::sin(x); }, 0.0, kPi).value, 2.0, 2e-9);
  EXPECT_NEAR(integrate([](double x) { return std::exp(-x * x); }, -10.0, 10.0).value, std::sqrt(kPi), 2e-9);
  const double peaked = integrate([](double x) { return 1.0 / (1e-4 + x * x); }, -1.0, 1.0).value;
  EXPECT_NEAR(peaked / (200.0 * std::atan(100.0)), 1.0, 1e-9);
  const double root = integrate([](double x) { return std::sqrt(x); }, 0.0, 1.0).value;
  EXPECT_NEAR(root, 2.0 / 3.0, 1e-9);
  const double log_singular = integrate([](double x) { return std::log(x); }, 0.0, 1.0).value;
  EXPECT_NEAR(log_singular, -1.0, 1e-9);
}

TEST(AnalyticalQuadrature, ReversedBoundsChangeSign) {
  auto f = [](double x) { return std::exp(x); };
  EXPECT_NEAR(integrate(f, 1.0, 0.0).value, -(std::exp(1.0) - 1.0), 1e-12);
  EXPECT_EQ(integrate(f, 2.0, 2.0).value, 0.0);
}

// A divergent integral cannot meet a tight tolerance: the result says so, and the throwing
// variant names what was being integrated.
TEST(AnalyticalQuadrature, DivergenceIsReported) {
  QuadratureTolerance tol;
  tol.max_intervals = 200;
  auto f = [](double x) { return 1.0 / x; };
  EXPECT_FALSE(integrate(f, 1e-300, 1.0, tol).converged);
  try {
    integrate_or_throw([](double x) { return 1.0 / (x * x); }, 1e-200, 1.0, "test integrand", tol);
    FAIL() << "expected a throw";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("test integrand"), std::string::npos);
  }
}

// exp(a) erfc(b) where each factor alone over- or underflows: against the direct product where
// that is representable, and against the asymptotic expansion exp(a - b^2) / (b sqrt(pi)) far out.
TEST(AnalyticalSpecialFunctions, ExpErfcStaysFinite) {
  for (double a : {-50.0, 0.0, 3.0, 40.0, 200.0})
    for (double b : {-3.0, 0.0, 1.0, 4.0, 9.0})
      EXPECT_NEAR(exp_erfc(a, b) / (std::exp(a) * std::erfc(b)), 1.0, 1e-12) << a << " " << b;
  // a = 1000, b = 40: exp(1000) overflows and erfc(40) underflows; ratio to the 4-term asymptote.
  const double a = 1000.0, b = 40.0;
  const double z = 1.0 / (b * b);
  const double asymptote = std::exp(a - b * b) / (b * std::sqrt(kPi)) * (1.0 - 0.5 * z + 0.75 * z * z);
  EXPECT_NEAR(exp_erfc(a, b) / asymptote, 1.0, 1e-9);
  EXPECT_EQ(exp_erfc(-800.0, 0.0), 0.0);
}

// Abramowitz and Stegun (1964), Table 5.1: E1(0.1) = 1.8229239584, E1(1) = 0.2193839344,
// E1(2) = 0.0489005107 (the Theis well function W(u) = E1(u)).
TEST(AnalyticalSpecialFunctions, ExponentialIntegralTable) {
  EXPECT_NEAR(exponential_integral_e1(0.1), 1.8229239584, 1e-10);
  EXPECT_NEAR(exponential_integral_e1(1.0), 0.2193839344, 1e-10);
  EXPECT_NEAR(exponential_integral_e1(2.0), 0.0489005107, 1e-10);
  EXPECT_THROW(exponential_integral_e1(0.0), std::invalid_argument);
}

// Hantush's leaky well function against Hantush (1956), Table 1 (four decimals, so 6e-5), the
// limits W(u, 0) = E1(u) and W(0, beta) = 2 K0(beta) (K0(0.1) = 2.4270690, K0(1) = 0.4210244,
// K0(2) = 0.1138939, Abramowitz and Stegun Table 9.8), and the identity
// W(u, beta) + W(beta^2 / (4u), beta) = 2 K0(beta).
TEST(AnalyticalSpecialFunctions, HantushWellFunction) {
  EXPECT_NEAR(hantush_well_function(0.01, 0.01), 4.0356, 6e-5);
  EXPECT_NEAR(hantush_well_function(0.01, 0.1), 3.8150, 6e-5);
  EXPECT_NEAR(hantush_well_function(0.1, 0.1), 1.8050, 6e-5);
  EXPECT_NEAR(hantush_well_function(1.0, 1.0), 0.1855, 6e-5);
  for (double u : {1e-4, 0.05, 1.0, 5.0})
    EXPECT_NEAR(hantush_well_function(u, 0.0) / exponential_integral_e1(u), 1.0, 1e-11) << u;
  EXPECT_NEAR(hantush_well_function(1e-9, 0.1), 2.0 * 2.4270690247, 1e-8);
  EXPECT_NEAR(hantush_well_function(1e-9, 1.0), 2.0 * 0.4210244382, 1e-9);
  EXPECT_NEAR(hantush_well_function(1e-9, 2.0), 2.0 * 0.1138938727, 1e-9);
  for (double beta : {0.3, 1.0, 2.5})
    for (double u : {0.02, 0.2, 1.0}) {
      const double sum = hantush_well_function(u, beta) + hantush_well_function(beta * beta / (4.0 * u), beta);
      EXPECT_NEAR(sum / (2.0 * std::cyl_bessel_k(0.0, beta)), 1.0, 1e-10) << u << " " << beta;
    }
}

// The window of release times: at its ends the kernel exp(-a/tau - b tau) is e^-750 of its peak
// exp(-2 sqrt(a b)) at tau = sqrt(a / b).
TEST(AnalyticalSpecialFunctions, KernelWindow) {
  for (auto [a, b] : {std::pair{1.0, 1.0}, {1e4, 1e-3}, {3.0, 0.0}}) {
    const auto w = kernel_window(a, b);
    const double peak = -2.0 * std::sqrt(a * b);
    EXPECT_NEAR(-a / w[0] - b * w[0] - peak, -750.0, 1e-9);
    if (b > 0.0) {
      EXPECT_NEAR(-a / w[1] - b * w[1] - peak, -750.0, 1e-9);
      EXPECT_LT(w[0], std::sqrt(a / b));
    } else {
      EXPECT_TRUE(std::isinf(w[1]));
    }
  }
}

}  // namespace
}  // namespace gwp::analytical
