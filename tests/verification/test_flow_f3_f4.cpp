// F3 and F4 of VERIFICATION.md: a pumping well in a confined aquifer, steady (Thiem) and
// transient (Theis).
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "run_case.hpp"

namespace gwp::testing {
namespace {

constexpr double kPi = std::numbers::pi;

// Theis well function W(u) = E1(u) = -Ei(-u).
double theis_w(double u) { return -std::expint(-u); }

// F3: Thiem between radii 50 and 200 m along the x axis and along the diagonal. The
// five-point stencil reproduces the logarithm to well under 1 % beyond five cells from the
// well; tolerance 1 % of the drawdown difference.
TEST(VerificationFlow, F3Thiem) {
  const CaseRun r = run_case("f3_thiem.toml");
  ASSERT_EQ(r.results.flows.size(), 1u);
  const auto& h = r.results.flows[0].head;
  const Grid& g = r.model.grid->grid;
  const double Q = 1000.0, T = 100.0;  // m3/d, m2/d
  const int c = 100;                   // well row and column
  auto head_at = [&](int di, int dj) { return h[std::size_t(g.index(0, c + di, c + dj))]; };
  // Along x: 5 and 20 cells from the well.
  const double expected_x = Q / (2 * kPi * T) * std::log(200.0 / 50.0);
  EXPECT_NEAR(head_at(0, 20) - head_at(0, 5), expected_x, 0.01 * expected_x);
  RecordProperty("relative_error_x", figure(std::abs(head_at(0, 20) - head_at(0, 5) - expected_x) / expected_x));
  // Along the diagonal: radii 5 sqrt2 and 15 sqrt2 cells.
  const double expected_d = Q / (2 * kPi * T) * std::log(15.0 / 5.0);
  EXPECT_NEAR(head_at(15, 15) - head_at(5, 5), expected_d, 0.01 * expected_d);
  RecordProperty("relative_error_diagonal", figure(std::abs(head_at(15, 15) - head_at(5, 5) - expected_d) / expected_d));
  // Radial symmetry: the four directions agree to 1e-6 m.
  EXPECT_NEAR(head_at(0, 10), head_at(10, 0), 1e-6);
  EXPECT_NEAR(head_at(0, -10), head_at(-10, 0), 1e-6);
  // Peaceman: the well cell sits at the head of radius 0.198 dx.
  const double peaceman = Q / (2 * kPi * T) * std::log(100.0 / (0.28 * std::sqrt(2.0) * 10.0 / 2.0));
  EXPECT_NEAR(head_at(0, 10) - head_at(0, 0), peaceman, 0.01 * peaceman);
  RecordProperty("relative_error_peaceman", figure(std::abs(head_at(0, 10) - head_at(0, 0) - peaceman) / peaceman));
  EXPECT_LT(std::abs(r.results.flows[0].budget.discrepancy_percent), 1e-3);
}

// F4: Theis at radii of about 30 to 250 m and times 0.5, 1 and 2 d. Backward Euler in time and
// cells that grow by 15 % leave errors of one to two percent; tolerance 3 % of the drawdown.
TEST(VerificationFlow, F4Theis) {
  const CaseRun r = run_case("f4_theis.toml");
  ASSERT_EQ(r.results.flows.size(), 3u);
  const Grid& g = r.model.grid->grid;
  const double Q = 1000.0, T = 100.0, S = 1e-3, h0 = 20.0;
  const int c = 30;
  const double xw = g.x_centre(c);
  double worst = 0.0;
  for (const auto& stored : r.results.flows) {
    for (int dj : {3, 6, 10, 14}) {
      const double radius = g.x_centre(c + dj) - xw;
      const double u = radius * radius * S / (4 * T * stored.time);
      const double exact = Q / (4 * kPi * T) * theis_w(u);
      const double computed = h0 - stored.head[std::size_t(g.index(0, c, c + dj))];
      EXPECT_NEAR(computed, exact, 0.03 * exact) << "r = " << radius << " m, t = " << stored.time << " d";
      worst = std::max(worst, std::abs(computed - exact) / exact);
    }
    EXPECT_LT(std::abs(stored.budget.discrepancy_percent), 1e-3);
  }
  RecordProperty("max_relative_drawdown_error", figure(worst));
}

}  // namespace
}  // namespace gwp::testing
