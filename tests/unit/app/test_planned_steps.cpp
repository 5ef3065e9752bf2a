// The number of steps a run takes, known before it starts (app/planned_steps.hpp): counted by
// hand from the step rules, then checked against the steps a run really takes.
#include <gtest/gtest.h>

#include "app/planned_steps.hpp"
#include "app/simulation.hpp"
#include "models/case_reader.hpp"

namespace gwp::app {
namespace {

// A 2 x 2 cell aquifer with one species (tests/data/cases/minimal.toml), changed by --set.
model::Model minimal(std::vector<std::string> overrides) {
  return model::build_model(
      model::read_case(std::string(GWPLUME_TEST_DATA) + "/cases/minimal.toml", overrides));
}

const std::vector<std::string> kTenYears{"time.end=10 yr", "time.outputs=[\"100 d\", \"1000 d\", \"10 yr\"]"};

struct Counted {
  long transport_steps = 0;       // transport_progress calls
  long last_reported = 0;         // the step count the last call gave
  long flow_steps = 0;            // progress calls
};

Counted run(const model::Model& m) {
  results::Observer nothing;
  Counted c;
  RunOptions options;
  options.progress = [&](double, double) { ++c.flow_steps; };
  options.transport_progress = [&](double, long steps) {
    ++c.transport_steps;
    c.last_reported = steps;
  };
  const RunSummary s = run_simulation(m, nothing, options);
  EXPECT_EQ(s.transport_steps, c.transport_steps);
  return c;
}

TEST(PlannedSteps, AccuracyStepsBetweenOutputs) {
  // No max_step: steps of at most end / 200 = 18.2625 d, and 10 per interval between outputs
  // (models/step_control.hpp). Steady flow with outputs at 100 d, 1000 d and 10 yr = 3652.5 d:
  //   0 - 100 d       min(18.2625, 10)  = 10 d        -> 10 steps
  //   100 - 1000 d    min(18.2625, 90)  = 18.2625 d   -> ceil(49.3) = 50
  //   1000 - 3652.5 d min(18.2625, 265) = 18.2625 d   -> ceil(145.2) = 146
  const model::Model m = minimal(kTenYears);
  ASSERT_EQ(planned_transport_steps(m), 206);
  EXPECT_EQ(planned_flow_steps(m), 4);  // steady: at 0 and the three outputs
  const Counted c = run(m);
  EXPECT_EQ(c.transport_steps, 206);
  EXPECT_EQ(c.last_reported, 206);
  EXPECT_EQ(c.flow_steps, 4);
}

TEST(PlannedSteps, MaxStepReplacesTheAccuracySteps) {
  // max_step 30 d: ceil(100 / 30) = 4, ceil(900 / 30) = 30, ceil(2652.5 / 30) = 89.
  std::vector<std::string> overrides = kTenYears;
  overrides.push_back("time.max_step=30 d");
  const model::Model m = minimal(overrides);
  ASSERT_EQ(planned_transport_steps(m), 123);
  EXPECT_EQ(run(m).transport_steps, 123);
}

TEST(PlannedSteps, SummedOverTransientFlowSteps) {
  // Transient flow over 50 d: steps of 0.7 d doubling, the last cut to land on 50 d:
  // ends 0.7, 2.1, 4.9, 10.5, 21.7, 44.1, 50. Transport steps at most 50 / 200 = 0.25 d within
  // each: 3 + 6 + 12 + 23 + 45 + 90 + 24 = 203 (not 50 / 0.25 = 200).
  const model::Model m = minimal({"flow.mode=transient", "flow.initial_head=5", "flow.initial_step=0.7 d", "flow.step_multiplier=2",
                                  "time.end=50 d"});
  ASSERT_EQ(planned_transport_steps(m), 203);
  EXPECT_EQ(planned_flow_steps(m), 7);  // transient: no solve at t = 0
  const Counted c = run(m);
  EXPECT_EQ(c.transport_steps, 203);
  EXPECT_EQ(c.flow_steps, 7);
}

TEST(PlannedSteps, UnknownWhenTheFlowSetsTheSteps) {
  std::vector<std::string> courant = kTenYears;
  courant.push_back("transport.max_courant=2");
  EXPECT_FALSE(planned_transport_steps(minimal(courant)).has_value());
  std::vector<std::string> explicit_steps = kTenYears;
  explicit_steps.push_back("transport.weighting=explicit");
  EXPECT_FALSE(planned_transport_steps(minimal(explicit_steps)).has_value());
}

TEST(PlannedSteps, NoneWithoutSpecies) {
  const model::Model m = model::build_model(
      model::read_case(std::string(GWPLUME_SOURCE_DIR) + "/cases/verification/f4_theis.toml"));
  ASSERT_TRUE(m.transport.species.empty());
  EXPECT_EQ(planned_transport_steps(m), 0);
  EXPECT_EQ(planned_flow_steps(m), run(m).flow_steps);
}

}  // namespace
}  // namespace gwp::app
