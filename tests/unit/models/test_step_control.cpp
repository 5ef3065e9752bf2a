// The default accuracy limit of transport steps (models/step_control.hpp), counted by hand.
#include <gtest/gtest.h>

#include "models/step_control.hpp"

namespace gwp::model {
namespace {

TEST(StepControl, TenStepsAnIntervalAndAHundredARun) {
  // Outputs at 100 d, 1000 d and 10 yr (3652.5 d): end / 100 = 36.525 d; the first interval
  // allows 100 / 10 = 10 d, the second 900 / 10 = 90 d (capped at 36.525), the third 265 d
  // (capped): one value from 100 d on.
  const Schedule s = accuracy_step_limit({100.0, 1000.0, 3652.5}, 3652.5);
  EXPECT_EQ(s.times, (std::vector<double>{0.0, 100.0}));
  EXPECT_EQ(s.values, (std::vector<double>{10.0, 36.525}));
}

TEST(StepControl, OnlyTheEndGivesAHundredSteps) {
  const Schedule s = accuracy_step_limit({}, 1000.0);
  EXPECT_EQ(s.times, (std::vector<double>{0.0}));
  EXPECT_EQ(s.values, (std::vector<double>{10.0}));
  EXPECT_EQ(accuracy_step_limit({1000.0}, 1000.0).values, s.values);  // the end as an output changes nothing
}

TEST(StepControl, ALateShortIntervalGetsShortSteps) {
  // Outputs at 50, 50.5 and 100 yr of a 100-yr run: steps of 365.25 d, then 18.26 d for half a year.
  const double yr = 365.25;
  const Schedule s = accuracy_step_limit({50 * yr, 50.5 * yr, 100 * yr}, 100 * yr);
  EXPECT_EQ(s.times, (std::vector<double>{0.0, 50 * yr, 50.5 * yr}));
  EXPECT_DOUBLE_EQ(s.values[0], yr);
  EXPECT_DOUBLE_EQ(s.values[1], 0.05 * yr);
  EXPECT_DOUBLE_EQ(s.values[2], yr);
}

}  // namespace
}  // namespace gwp::model
