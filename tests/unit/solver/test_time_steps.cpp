// Step times for steady and transient runs.
#include <gtest/gtest.h>

#include "problem_builders.hpp"
#include "solver/flow/time_steps.hpp"

namespace gwp::solver {
namespace {

FlowProblem problem_with_change_at(double t_change) {
  FlowProblem p;
  FlowTerm w;
  w.name = "PW";
  w.kind = TermKind::well;
  w.rate = Schedule{{0.0, t_change}, {-100.0, -300.0}};
  p.terms = {w};
  return p;
}

TEST(TimeSteps, SteadySolvesAtChangesAndOutputs) {
  const FlowProblem p = problem_with_change_at(50.0);
  EXPECT_EQ(flow_step_times(p, 365.0, {10.0, 100.0, 500.0}),
            (std::vector<double>{0.0, 10.0, 50.0, 100.0, 365.0}));
}

TEST(TimeSteps, TransientStepsGrowLandAndRestart) {
  // initial 1 d, x2, at most 10 d; output at 5 d, forcing change at 20 d, end 40 d:
  // 1, 3, 5 (cut), 13, 20 (cut; restart), 21, 23, 27, 35, 40 (cut).
  FlowProblem p = problem_with_change_at(20.0);
  p.settings.mode = FlowMode::transient;
  p.settings.initial_step = 1.0;
  p.settings.step_multiplier = 2.0;
  p.settings.max_step = 10.0;
  EXPECT_EQ(flow_step_times(p, 40.0, {5.0}),
            (std::vector<double>{0.0, 1.0, 3.0, 5.0, 13.0, 20.0, 21.0, 23.0, 27.0, 35.0, 40.0}));
}

TEST(TimeSteps, RejectsStepsThatCannotAdvance) {
  FlowProblem p = problem_with_change_at(20.0);
  p.settings.mode = FlowMode::transient;
  p.settings.initial_step = 0.0;
  EXPECT_THROW(flow_step_times(p, 40.0, {}), std::invalid_argument);
}

}  // namespace
}  // namespace gwp::solver
