// The default accuracy limit of transport steps (models/step_control.hpp), counted by hand.
#include <gtest/gtest.h>

#include "models/step_control.hpp"

namespace gwp::model {
namespace {

TEST(StepControl, TenStepsAnIntervalAndTwoHundredARun) {
  // Outputs at 100 d, 1000 d and 10 yr (3652.5 d): end / 200 = 18.2625 d; the first interval
  // allows 100 / 10 = 10 d, the second 900 / 10 = 90 d (capped at 18.2625), the third 265 d
  // (capped): one value from 100 d on.
  const solver::Schedule s = accuracy_step_limit({100.0, 1000.0, 3652.5}, 3652.5);
  EXPECT_EQ(s.times, (std::vector<double>{0.0, 100.0}));
  EXPECT_EQ(s.values, (std::vector<double>{10.0, 18.2625}));
}

TEST(StepControl, OnlyTheEndGivesTwoHundredSteps) {
  const solver::Schedule s = accuracy_step_limit({}, 1000.0);
  EXPECT_EQ(s.times, (std::vector<double>{0.0}));
  EXPECT_EQ(s.values, (std::vector<double>{5.0}));
  EXPECT_EQ(accuracy_step_limit({1000.0}, 1000.0).values, s.values);  // the end as a mark changes nothing
}

TEST(StepControl, MarksAfterAChangeGetShortSteps) {
  // Marks (outputs or changes of the forcing, in any order) at 50.5, 50 and 100 yr of a 100-yr
  // run: steps of half a year (end / 200), then 18.26 d for the half year after 50 yr.
  const double yr = 365.25;
  const solver::Schedule s = accuracy_step_limit({50.5 * yr, 50 * yr, 100 * yr}, 100 * yr);
  EXPECT_EQ(s.times, (std::vector<double>{0.0, 50 * yr, 50.5 * yr}));
  EXPECT_DOUBLE_EQ(s.values[0], 0.5 * yr);
  EXPECT_DOUBLE_EQ(s.values[1], 0.05 * yr);
  EXPECT_DOUBLE_EQ(s.values[2], 0.5 * yr);
}

}  // namespace
}  // namespace gwp::model
