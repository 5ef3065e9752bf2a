// The composition root: what run_simulation promises beyond the numbers (those are verified in
// tests/verification): a stop request is honoured between steps, and stored outputs arrive at
// exactly the case's output times.
#include <gtest/gtest.h>

#include <atomic>

#include "app/simulation.hpp"
#include "models/case_reader.hpp"

namespace gwp::app {
namespace {

model::Model theis_model() {
  return model::build_model(model::read_case(std::string(GWPLUME_SOURCE_DIR) + "/cases/verification/f4_theis.toml"));
}

struct TimesObserver : results::Observer {
  void on_flow_output(const results::FlowOutput& out) override { times.push_back(out.time); }
  std::vector<double> times;
};

TEST(Simulation, StopRequestInterruptsBetweenSteps) {
  const model::Model m = theis_model();
  std::atomic<bool> stop{true};
  TimesObserver observer;
  RunOptions options;
  options.interrupt = &stop;
  EXPECT_THROW(run_simulation(m, observer, options), Interrupted);
  EXPECT_TRUE(observer.times.empty());
}

TEST(Simulation, StoresFlowAtEveryOutputTimeOnly) {
  const model::Model m = theis_model();
  TimesObserver observer;
  int progress_calls = 0;
  RunOptions options;
  options.progress = [&](double, double) { ++progress_calls; };
  const RunSummary s = run_simulation(m, observer, options);
  ASSERT_EQ(observer.times.size(), 3u);
  EXPECT_DOUBLE_EQ(observer.times[0], 0.5);
  EXPECT_DOUBLE_EQ(observer.times[1], 1.0);
  EXPECT_DOUBLE_EQ(observer.times[2], 2.0);
  EXPECT_EQ(progress_calls, s.flow_solves);
  EXPECT_LT(s.max_flow_discrepancy_percent, 1e-3);
}

}  // namespace
}  // namespace gwp::app
