// F1 and F2 of VERIFICATION.md: one-dimensional flow between fixed heads.
#include <gtest/gtest.h>

#include <cmath>

#include "run_case.hpp"

namespace gwp::testing {
namespace {

// F1: exact series solution. The zone boundaries (x = 300 m, 700 m) are cell faces, where the
// harmonic-mean conductance is exact, so the discrete solution equals the exact one up to the
// linear solver's tolerance: 1e-6 m.
TEST(VerificationFlow, F1ConfinedSeries) {
  const CaseRun r = run_case("f1_confined_series.toml");
  ASSERT_EQ(r.results.flows.size(), 1u);
  const auto& head = r.results.flows[0].head;
  const Grid& g = r.model.grid->grid;
  const double hw = 20.0, he = 10.0, x0 = 5.0, x1 = 995.0;
  // Zones: K = 10 on [0, 300], 1 on [300, 700], 5 on [700, 1000] (m/d).
  auto resistance = [](double a, double b) {  // integral of dx / K from a to b (d)
    auto part = [](double lo, double hi, double k, double a, double b) {
      return std::max(0.0, std::min(b, hi) - std::max(a, lo)) / k;
    };
    return part(0, 300, 10.0, a, b) + part(300, 700, 1.0, a, b) + part(700, 1000, 5.0, a, b);
  };
  const double q = (hw - he) / resistance(x0, x1);  // m/d
  double worst = 0.0;
  for (int j = 0; j < g.nx; ++j) {
    const double x = g.x_centre(j);
    const double exact = hw - q * resistance(x0, x);
    worst = std::max(worst, std::abs(head[std::size_t(g.index(0, 0, j))] - exact));
  }
  EXPECT_LT(worst, 1e-6) << "largest head error (m)";
  RecordProperty("max_head_error_m", figure(worst));
  EXPECT_LT(std::abs(r.results.flows[0].budget.discrepancy_percent), 1e-3);
  // The inflow through the west boundary is q times the cross-section (10 m x 10 m).
  double west_in = 0.0;
  for (const auto& line : r.results.flows[0].budget.lines)
    if (line.term == "head:west") west_in = line.inflow;
  EXPECT_NEAR(west_in, q * 100.0, 1e-6 * q * 100.0);
}

// F2: Dupuit. Upstream weighting of the saturated thickness (as MODFLOW 6's Newton formulation
// does) is first-order accurate in dx; with 10 m cells and heads of 15-21 m the thickness of
// neighbouring cells differs by at most about 0.2 m (1 %), which moves heads by centimetres.
// Tolerance: 0.05 m, against a head drop of 5 m and a recharge mound of about 1.2 m.
TEST(VerificationFlow, F2DupuitRecharge) {
  const CaseRun r = run_case("f2_dupuit_recharge.toml");
  ASSERT_EQ(r.results.flows.size(), 1u);
  const auto& head = r.results.flows[0].head;
  const Grid& g = r.model.grid->grid;
  const double h1 = 20.0, h2 = 15.0, K = 10.0;
  const double W = 0.365 / 365.25;  // m/d: 365 mm/yr with the year of 365.25 d
  const double L = 990.0;
  double worst = 0.0;
  for (int j = 0; j < g.nx; ++j) {
    const double x = g.x_centre(j) - 5.0;
    const double exact = std::sqrt(h1 * h1 + (h2 * h2 - h1 * h1) * x / L + W / K * x * (L - x));
    worst = std::max(worst, std::abs(head[std::size_t(g.index(0, 0, j))] - exact));
  }
  EXPECT_LT(worst, 0.05) << "largest head error (m)";
  RecordProperty("max_head_error_m", figure(worst));
  EXPECT_LT(std::abs(r.results.flows[0].budget.discrepancy_percent), 1e-3);
}

}  // namespace
}  // namespace gwp::testing
