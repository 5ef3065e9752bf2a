// A stop request (Ctrl-C) is honoured between transport steps too, not only at the next flow
// step: one steady flow solve may be followed by a transport stretch of many minutes.
#include <gtest/gtest.h>

#include <cmath>
#include <csignal>

#include "app/simulation.hpp"
#include "models/case_reader.hpp"

namespace gwp::app {
namespace {

TEST(Simulation, StopRequestEndsATransportStretch) {
  // One steady solve, then 10 transport steps to the first output at 100 d (108 in all).
  const model::Model m = model::build_model(model::read_case(
      std::string(GWPLUME_TEST_DATA) + "/cases/minimal.toml",
      {"time.end=10 yr", "time.outputs=[\"100 d\", \"1000 d\", \"10 yr\"]"}));
  volatile std::sig_atomic_t stop = 0;
  long steps_seen = 0;
  int flow_steps = 0;
  RunOptions options;
  options.interrupt = &stop;
  options.progress = [&](double, double) { ++flow_steps; };
  options.transport_progress = [&](double, long steps) {
    steps_seen = steps;
    if (steps == 5) stop = SIGTERM;
  };
  results::Observer nothing;
  try {
    run_simulation(m, nothing, options);
    ADD_FAILURE() << "not interrupted";
  } catch (const Interrupted& e) {
    EXPECT_TRUE(std::isnan(e.last_output_time));  // before the first output time
  }
  EXPECT_EQ(steps_seen, 5);
  EXPECT_EQ(flow_steps, 1);  // the solve at t = 0 only: the stop came inside the stretch to 100 d
}

}  // namespace
}  // namespace gwp::app
