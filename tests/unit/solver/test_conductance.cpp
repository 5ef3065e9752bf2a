// Conductance laws and head-dependent flux laws, each against a hand calculation or a
// published value.
#include <gtest/gtest.h>

#include <cmath>

#include "solver/flow/conductance.hpp"

namespace gwp::solver {
namespace {

constexpr double kPi = 3.14159265358979323846;

TEST(Conductance, HarmonicMeanOfEqualCellsIsKbWOverDistance) {
  // Two equal cells 10 m wide, K b = 5 m/d * 20 m: C = K b w / dx (exact; rounding only).
  EXPECT_NEAR(horizontal_conductance(100.0, 5.0, 100.0, 5.0, 8.0), 100.0 * 8.0 / 10.0, 1e-12);
}

TEST(Conductance, HarmonicMeanInSeries) {
  // Resistances add: d1/T1 + d2/T2 = 5/10 + 20/2 = 10.5 d/m; C = w / 10.5.
  EXPECT_NEAR(horizontal_conductance(10.0, 5.0, 2.0, 20.0, 3.0), 3.0 / 10.5, 1e-14);
  // A cell with no transmissivity blocks the link.
  EXPECT_EQ(horizontal_conductance(0.0, 5.0, 2.0, 20.0, 3.0), 0.0);
}

TEST(Conductance, VerticalHalfCellsInSeries) {
  // Aquifer 10 m at Kv 1 m/d over an aquitard 4 m at 0.001 m/d, plan area 100 m2:
  // resistance 5/1 + 2/0.001 = 2005 d, C = 100 / 2005 m2/d.
  EXPECT_NEAR(vertical_conductance(1.0, 10.0, 0.001, 4.0, 100.0), 100.0 / 2005.0, 1e-15);
  EXPECT_EQ(vertical_conductance(1.0, 10.0, 0.0, 4.0, 100.0), 0.0);
}

TEST(Conductance, PeacemanRadiusOfSquareCellIsAbout0198Dx) {
  // Peaceman (1978): r_e = 0.28 sqrt(2) dx / 2 = 0.19799 dx for square isotropic cells.
  EXPECT_NEAR(peaceman_radius(10.0, 10.0), 1.9798990, 1e-6);
  // The anisotropic form reduces to it for kx = ky and is symmetric in (dx, kx) <-> (dy, ky).
  EXPECT_NEAR(peaceman_radius(10.0, 25.0, 3.0, 3.0), peaceman_radius(10.0, 25.0), 1e-12);
  EXPECT_NEAR(peaceman_radius(10.0, 25.0, 1.0, 4.0), peaceman_radius(25.0, 10.0, 4.0, 1.0), 1e-12);
  // By hand for dx = 20, dy = 10, kx = 4, ky = 1: sqrt(ky/kx) = 0.5, (ky/kx)^1/4 = sqrt(0.5),
  // r_e = 0.28 sqrt(0.5 * 400 + 2 * 100) / (sqrt(0.5) + sqrt(2)) = 0.28 * 20 / 2.1213.
  EXPECT_NEAR(peaceman_radius(20.0, 10.0, 4.0, 1.0), 0.28 * 20.0 / (std::sqrt(0.5) + std::sqrt(2.0)), 1e-12);
}

TEST(Conductance, ThiemReproducesNevilleTonkinBenchmark) {
  // MODFLOW 6 example ex-gwf-maw-p02 (Neville and Tonkin 2004): 142 m cells, K = 1 m/d,
  // well radius 0.15 m, aquifers 92.9 m and 371.6 m thick; its SPECIFIED conductances are
  // 111.3763 and 445.9849 m2/d. Thiem with the Peaceman radius gives them within 0.15 %
  // (the example's own screen geometry differs slightly), so 0.2 % is the tolerance.
  const double re = peaceman_radius(142.0, 142.0);
  EXPECT_NEAR(thiem_conductance(1.0, 92.9, re, 0.15), 111.3763, 111.3763 * 2e-3);
  EXPECT_NEAR(thiem_conductance(1.0, 371.6, re, 0.15), 445.9849, 445.9849 * 2e-3);
  EXPECT_THROW(thiem_conductance(1.0, 10.0, 0.1, 0.15), std::invalid_argument);
}

TEST(Conductance, BoreAndRiverbed) {
  // Plugged bore r = 0.1 m, K = 1e-9 m/s = 8.64e-5 m/d, 20 m long: pi 0.01 8.64e-5 / 20.
  EXPECT_NEAR(bore_conductance(0.1, 8.64e-5, 20.0), kPi * 0.01 * 8.64e-5 / 20.0, 1e-20);
  // docs/guigang-site.md section 4.2, worked example: gravel fill K 1e-2 m/s over 20 m gives
  // C_bore = 1.36 m2/d.
  EXPECT_NEAR(bore_conductance(0.1, 864.0, 20.0), 1.357, 1e-3);
  // River bed 0.5 m/d over 2 m thickness, 100 m2: C = 25 m2/d.
  EXPECT_NEAR(riverbed_conductance(0.5, 2.0, 100.0), 25.0, 1e-14);
}

TEST(Conductance, GeneralHeadFlowAndDerivative) {
  const HeadDependentFlow f = general_head_flow(3.0, 10.0, 8.0);
  EXPECT_DOUBLE_EQ(f.q, 6.0);   // into the aquifer: the boundary stands higher
  EXPECT_DOUBLE_EQ(f.dq_dh, -3.0);
}

TEST(Conductance, RiverLeakageIsLimitedBelowItsBed) {
  // Above the bed bottom: q = C (stage - h).
  EXPECT_DOUBLE_EQ(river_flow(2.0, 10.0, 8.0, 9.0).q, 2.0);
  EXPECT_DOUBLE_EQ(river_flow(2.0, 10.0, 8.0, 11.0).q, -2.0);
  EXPECT_DOUBLE_EQ(river_flow(2.0, 10.0, 8.0, 11.0).dq_dh, -2.0);
  // Below it: C (stage - bottom) whatever the aquifer head, independent of h.
  EXPECT_DOUBLE_EQ(river_flow(2.0, 10.0, 8.0, 3.0).q, 4.0);
  EXPECT_DOUBLE_EQ(river_flow(2.0, 10.0, 8.0, 3.0).dq_dh, 0.0);
}

TEST(Conductance, DrainOnlyRemovesWaterAboveItsLevel) {
  EXPECT_DOUBLE_EQ(drain_flow(4.0, 5.0, 6.5).q, -6.0);
  EXPECT_DOUBLE_EQ(drain_flow(4.0, 5.0, 6.5).dq_dh, -4.0);
  EXPECT_DOUBLE_EQ(drain_flow(4.0, 5.0, 4.0).q, 0.0);
  EXPECT_DOUBLE_EQ(drain_flow(4.0, 5.0, 4.0).dq_dh, 0.0);
}

}  // namespace
}  // namespace gwp::solver
