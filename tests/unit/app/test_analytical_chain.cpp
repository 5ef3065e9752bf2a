// The analytical solutions of reaction chains: Bateman's batch chain and the 1-D column of a
// chain with different retardation factors. Each must solve its equations and meet its initial
// and boundary conditions; the column must reduce to van Genuchten and Alves for the parent and,
// with equal retardation, to the closed form of the SPC transformation (a Bateman combination
// of single-species solutions).
#include <gtest/gtest.h>

#include <cmath>

#include "analytical/bateman.hpp"
#include "analytical/chain_column.hpp"
#include "analytical/ogata_banks.hpp"

namespace gwp::analytical {
namespace {

const BatemanChain kBatch{{0.2, 0.05, 0.12, 0.0}, {0.0, 0.8, 0.6, 1.0}, {10.0, 1.0, 0.0, 0.5}};

// Residual of dN_i/dt = -k_i N_i + y_i k_{i-1} N_{i-1} by central differences (h = 1e-4 d:
// truncation about k^3 h^2 N / 6 = 1e-11 N), against 1e-8 of the amounts.
TEST(AnalyticalBateman, SolvesTheChainAndStartsFromTheInitialAmounts) {
  const std::vector<double> start = bateman(kBatch, 0.0);
  for (std::size_t i = 0; i < 4; ++i) EXPECT_NEAR(start[i], kBatch.initial[i], 1e-12 * 10.0) << i;
  for (double t : {0.5, 3.0, 10.0, 40.0}) {
    const double h = 1e-4;
    const std::vector<double> n = bateman(kBatch, t), up = bateman(kBatch, t + h), down = bateman(kBatch, t - h);
    for (std::size_t i = 0; i < 4; ++i) {
      const double dndt = (up[i] - down[i]) / (2 * h);
      const double rhs = -kBatch.rate[i] * n[i] + (i > 0 ? kBatch.yield[i] * kBatch.rate[i - 1] * n[i - 1] : 0.0);
      EXPECT_NEAR(dndt, rhs, 1e-8 * 10.0) << "member " << i << " at " << t;
    }
  }
}

// With every yield 1 and a stable last member, the chain only moves an amount along it.
TEST(AnalyticalBateman, UnitYieldsConserveTheTotal) {
  const BatemanChain nitrogen{{0.3, 1.1, 0.0}, {0.0, 1.0, 1.0}, {7.0, 2.0, 1.0}};
  for (double t : {0.0, 1.0, 5.0, 50.0}) {
    const std::vector<double> n = bateman(nitrogen, t);
    EXPECT_NEAR(n[0] + n[1] + n[2], 10.0, 1e-12 * 10.0) << t;
  }
  EXPECT_NEAR(bateman(nitrogen, 500.0)[2], 10.0, 1e-9);
  EXPECT_THROW(bateman(BatemanChain{{0.1, 0.1}, {0.0, 1.0}, {1.0, 0.0}}, 1.0), std::invalid_argument);
}

// PCE -> TCE -> DCE -> VC with molar-mass yields and different retardation.
ChainColumn pce_column() {
  ChainColumn p;
  p.velocity = 0.1;
  p.dispersion = 0.1;
  p.retardation = {7.13, 2.87, 2.8, 1.43};
  p.decay = {0.005, 0.003, 0.002, 0.001};
  p.yield = {0.0, 0.792, 0.738, 0.645};
  p.inlet = {1.0, 0.0, 0.0, 0.0};
  return p;
}

// The parent is a single species with decay: van Genuchten and Alves.
TEST(AnalyticalChainColumn, TheParentIsVanGenuchtenAlves) {
  const ChainColumn p = pce_column();
  for (double x : {0.5, 2.0, 5.0, 12.0})
    for (double t : {50.0, 200.0, 800.0}) {
      const ColumnParameters single{p.velocity, p.dispersion, p.retardation[0], p.decay[0], 1.0};
      EXPECT_NEAR(chain_column(p, x, t)[0], ogata_banks(single, x, t), 1e-9) << x << " m, " << t << " d";
    }
}

// Equal retardation: c_i = sum_j beta_ij u_j with u_j van Genuchten-Alves at decay k_j and
// beta_ij = c0 prod_{m<i} y_{m+1} k_m / prod_{m<=i, m != j} (k_m - k_j) (the SPC transform's
// closed form, which needs no Laplace inversion).
TEST(AnalyticalChainColumn, EqualRetardationIsTheClosedFormOfTheTransformation) {
  ChainColumn p = pce_column();
  p.retardation = {2.0, 2.0, 2.0, 2.0};
  p.decay = {0.02, 0.011, 0.005, 0.0};
  for (double x : {1.0, 4.0, 10.0})
    for (double t : {60.0, 300.0}) {
      const std::vector<double> c = chain_column(p, x, t);
      for (std::size_t i = 0; i < 4; ++i) {
        double closed = 0.0, product = 1.0;
        for (std::size_t m = 1; m <= i; ++m) product *= p.yield[m] * p.decay[m - 1];
        for (std::size_t j = 0; j <= i; ++j) {
          double denominator = 1.0;
          for (std::size_t m = 0; m <= i; ++m)
            if (m != j) denominator *= p.decay[m] - p.decay[j];
          closed += product / denominator *
                    ogata_banks(ColumnParameters{p.velocity, p.dispersion, 2.0, p.decay[j], 1.0}, x, t);
        }
        EXPECT_NEAR(c[i], closed, 1e-9) << "species " << i << " at " << x << " m, " << t << " d";
      }
    }
}

// Different retardation: the residual of each species' equation by central differences with
// Richardson's extrapolation over steps h and 2h (hx = 0.05 m, ht = 0.5 d: a truncation of
// order (h / L)^4 with profiles L >= 1 m and 50 d long, under 1e-5 of the terms; the inversion's
// rounding, about 1e-12, grows to 1e-12 / hx^2 = 4e-10 in the second derivative), against
// 1e-4 of the largest term, and the inlet condition. A wrong coefficient leaves a residual of
// the order of the terms themselves.
TEST(AnalyticalChainColumn, DifferentRetardationSolvesEveryEquation) {
  const ChainColumn p = pce_column();
  for (double t : {100.0, 400.0, 1000.0}) {
    const std::vector<double> inlet = chain_column(p, 0.0, t);
    EXPECT_NEAR(inlet[0], 1.0, 1e-9);
    for (std::size_t i = 1; i < 4; ++i) EXPECT_NEAR(inlet[i], 0.0, 1e-9) << i;
    for (double x : {1.0, 5.0, 15.0}) {
      const auto c = chain_column(p, x, t);
      // First and second differences at step multiple m of (hx, ht).
      auto differences = [&](double m, std::size_t i, double& ct, double& cx, double& cxx) {
        const double hx = 0.05 * m, ht = 0.5 * m;
        const double xp = chain_column(p, x + hx, t)[i], xm = chain_column(p, x - hx, t)[i];
        ct = (chain_column(p, x, t + ht)[i] - chain_column(p, x, t - ht)[i]) / (2 * ht);
        cx = (xp - xm) / (2 * hx);
        cxx = (xp - 2 * c[i] + xm) / (hx * hx);
      };
      for (std::size_t i = 0; i < 4; ++i) {
        double ct1, cx1, cxx1, ct2, cx2, cxx2;
        differences(1.0, i, ct1, cx1, cxx1);
        differences(2.0, i, ct2, cx2, cxx2);
        const double ct = (4 * ct1 - ct2) / 3, cx = (4 * cx1 - cx2) / 3, cxx = (4 * cxx1 - cxx2) / 3;
        const double production = i > 0 ? p.yield[i] * p.decay[i - 1] * p.retardation[i - 1] * c[i - 1] : 0.0;
        const double terms[] = {p.retardation[i] * ct, p.dispersion * cxx, p.velocity * cx,
                                p.decay[i] * p.retardation[i] * c[i], production};
        double largest = 0.0;
        for (double term : terms) largest = std::max(largest, std::abs(term));
        const double residual = terms[0] - terms[1] + terms[2] + terms[3] - terms[4];
        EXPECT_LT(std::abs(residual), 1e-4 * largest + 1e-12) << "species " << i << " at " << x << " m, " << t << " d";
        EXPECT_GE(c[i], -1e-10);
      }
    }
  }
}

}  // namespace
}  // namespace gwp::analytical
