// What passes a control plane, from its faces' water and mass rates (line_discharge): the sums by
// direction worked out by hand, faces counted in full or by half, and the flow-weighted
// concentration.
#include <gtest/gtest.h>

#include "app/control_plane_flux.hpp"

namespace {

gwp::model::ControlPlane plane(std::vector<double> direction) {
  gwp::model::ControlPlane p;
  p.name = "transect";
  for (std::size_t f = 0; f < direction.size(); ++f) {
    p.n.push_back(std::int64_t(2 * f));
    p.m.push_back(std::int64_t(2 * f + 1));
  }
  p.direction = std::move(direction);
  return p;
}

}  // namespace

// Three faces: one crossed forward from n to m, one the other way round, one by half. Water
// 10 + 4 (the second face's -4 m3/d from n to m goes forward through it) + 0.5 x 2 = 15 m3/d;
// mass 30 g/d forward, then -(-8) = 8 g/d forward, then 0.5 x (-6) = -3 g/d: back 3.
TEST(ControlPlaneFlux, SumsByDirectionAndShare) {
  const auto d = gwp::app::line_discharge(plane({1.0, -1.0, 0.5}), {10.0, -4.0, 2.0}, {30.0, -8.0, -6.0});
  EXPECT_DOUBLE_EQ(d.water, 15.0);
  EXPECT_DOUBLE_EQ(d.forward, 38.0);
  EXPECT_DOUBLE_EQ(d.back, 3.0);
  EXPECT_DOUBLE_EQ(d.net, 35.0);
  EXPECT_DOUBLE_EQ(d.concentration, 35.0 / 15.0);  // g/m3 = mg/L
}

// Water that goes forward through one face and back through another nets to nothing: the
// concentration is then 0, however much mass dispersion carried.
TEST(ControlPlaneFlux, NoNetWaterMeansNoConcentration) {
  const auto d = gwp::app::line_discharge(plane({1.0, 1.0}), {5.0, -5.0}, {2.0, 1.0});
  EXPECT_EQ(d.water, 0.0);
  EXPECT_DOUBLE_EQ(d.net, 3.0);
  EXPECT_EQ(d.concentration, 0.0);
  const auto none = gwp::app::line_discharge(plane({1.0}), {0.0}, {0.0});
  EXPECT_EQ(none.concentration, 0.0);
  EXPECT_EQ(none.forward, 0.0);
  EXPECT_EQ(none.back, 0.0);
}

// The same faces with every direction reversed: everything negated, forward and back exchanged.
TEST(ControlPlaneFlux, ReversedPlaneNegates) {
  const auto a = gwp::app::line_discharge(plane({1.0, -0.5}), {3.0, 1.0}, {7.0, 2.0});
  const auto b = gwp::app::line_discharge(plane({-1.0, 0.5}), {3.0, 1.0}, {7.0, 2.0});
  EXPECT_EQ(a.water, -b.water);
  EXPECT_EQ(a.net, -b.net);
  EXPECT_EQ(a.forward, b.back);
  EXPECT_EQ(a.back, b.forward);
  EXPECT_EQ(a.concentration, b.concentration);
}
