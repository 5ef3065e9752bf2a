// The small functions declared with the flow problem: labels, connection states, forcing
// change times.
#include <gtest/gtest.h>

#include "solver/flow/flow_problem.hpp"

namespace gwp::solver {
namespace {

TEST(FlowProblem, TermKindsHaveTheCaseFileNames) {
  EXPECT_STREQ(to_string(TermKind::fixed_head), "head");
  EXPECT_STREQ(to_string(TermKind::general_head), "general_head");
  EXPECT_STREQ(to_string(TermKind::river), "river");
  EXPECT_STREQ(to_string(TermKind::landfill), "landfill");
  EXPECT_STREQ(to_string(TermKind::well), "well");
}

TEST(FlowProblem, ConnectionStateHoldsFromItsStart) {
  ConnectionGroup g;
  g.state_times = {0.0, 1825.0};
  g.conductance = {{177.0}, {1.4e-7}};
  EXPECT_EQ(g.conductance_at(-5.0)[0], 177.0);  // before the first start the first state holds
  EXPECT_EQ(g.conductance_at(1824.9)[0], 177.0);
  EXPECT_EQ(g.conductance_at(1825.0)[0], 1.4e-7);
  EXPECT_EQ(g.conductance_at(1e6)[0], 1.4e-7);
}

TEST(FlowProblem, ForcingChangesCollectsEverySchedule) {
  FlowProblem p;
  FlowTerm river;
  river.kind = TermKind::river;
  river.level = Schedule{{0.0, 100.0, 200.0}, {44.0, 45.0, 45.0}};  // 200: no change
  FlowTerm rain;
  rain.kind = TermKind::recharge;
  rain.rate = Schedule{{0.0, 100.0, 365.0}, {1e-3, 2e-3, 1e-3}};
  ConnectionGroup bore;
  bore.state_times = {0.0, 50.0};
  bore.conductance = {{1.0}, {0.0}};
  p.terms = {river, rain};
  p.extra_connections = {bore};
  EXPECT_EQ(p.forcing_changes(0.0, 1000.0), (std::vector<double>{50.0, 100.0, 365.0}));
  EXPECT_EQ(p.forcing_changes(50.0, 300.0), (std::vector<double>{100.0}));  // (t0, t1]
}

}  // namespace
}  // namespace gwp::solver
