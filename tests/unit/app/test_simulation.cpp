// The composition root: what run_simulation promises beyond the numbers (those are verified in
// tests/verification): a stop request is honoured between steps, and stored outputs arrive at
// exactly the case's output times.
#include <gtest/gtest.h>

#include <cmath>
#include <csignal>

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
  volatile std::sig_atomic_t stop = SIGTERM;
  TimesObserver observer;
  RunOptions options;
  options.interrupt = &stop;
  try {
    run_simulation(m, observer, options);
    ADD_FAILURE() << "not interrupted";
  } catch (const Interrupted& e) {
    EXPECT_TRUE(std::isnan(e.last_output_time));  // no output time written
  }
  EXPECT_TRUE(observer.times.empty());
}

TEST(Simulation, InterruptedRunNamesTheLastOutputTimeWrittenWhole) {
  // Outputs at 0.5, 1 and 2 d; the stop comes with the step that reaches 0.5 d, after its output.
  const model::Model m = theis_model();
  volatile std::sig_atomic_t stop = 0;
  TimesObserver observer;
  RunOptions options;
  options.interrupt = &stop;
  options.progress = [&](double t, double) {
    if (t >= 0.5) stop = SIGINT;
  };
  try {
    run_simulation(m, observer, options);
    ADD_FAILURE() << "not interrupted";
  } catch (const Interrupted& e) {
    EXPECT_DOUBLE_EQ(e.last_output_time, 0.5);
  }
  ASSERT_EQ(observer.times.size(), 1u);
  EXPECT_DOUBLE_EQ(observer.times[0], 0.5);
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
