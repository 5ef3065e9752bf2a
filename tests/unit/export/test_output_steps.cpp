// Which head goes with which concentration time. Truth: the rule itself, "latest stored head at
// or before", checked on times chosen so each branch is hit.
#include "postprocess/export/output_steps.hpp"

#include <gtest/gtest.h>

namespace gwp::exporting {
namespace {

TEST(OutputSteps, EachTransportTimeTakesTheLatestHeadAtOrBeforeIt) {
  const auto steps = output_steps({0.0, 365.25, 730.5}, {10.0, 365.25, 400.0, 1000.0});
  ASSERT_EQ(steps.size(), 4u);
  EXPECT_EQ(steps[0].flow_slice, 0);
  EXPECT_EQ(steps[1].flow_slice, 1);  // equal times match
  EXPECT_EQ(steps[2].flow_slice, 1);
  EXPECT_EQ(steps[3].flow_slice, 2);
  for (int s = 0; s < 4; ++s) EXPECT_EQ(steps[std::size_t(s)].transport_slice, s);
  EXPECT_EQ(steps[2].time, 400.0);
}

TEST(OutputSteps, TimeSummedInAnotherOrderStillMatches) {
  // 0.1 + 0.2 is 3e-17 above 0.3: the same output time reached by two sums.
  EXPECT_EQ(latest_at_or_before({0.1 + 0.2}, 0.3), 0);
  EXPECT_EQ(latest_at_or_before({50.0}, 49.0), -1);  // every head is later
}

TEST(OutputSteps, WithoutSpeciesTheFlowTimesAreExported) {
  const auto steps = output_steps({0.0, 5.0}, {});
  ASSERT_EQ(steps.size(), 2u);
  EXPECT_EQ(steps[1].time, 5.0);
  EXPECT_EQ(steps[1].flow_slice, 1);
  EXPECT_EQ(steps[1].transport_slice, -1);
}

}  // namespace
}  // namespace gwp::exporting
