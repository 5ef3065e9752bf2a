// The times at which the flow state is computed.
//
// Steady: 0, every forcing change and every output time up to t_end, and t_end: one steady
// solve at each (the flow field holds until the next).
// Transient: 0 (the initial state), then the ends of implicit steps. Steps start at
// settings.initial_step after t = 0 and after each forcing change, grow by
// settings.step_multiplier up to settings.max_step, and are cut to land exactly on every output
// time, every forcing change and t_end.
#pragma once
#include <vector>

#include "solver/flow/flow_problem.hpp"

namespace gwp::solver {

// Times in days, increasing, starting with 0 and ending with t_end. Output times outside
// (0, t_end] are ignored. Throws std::invalid_argument for t_end < 0 or, in transient mode, a
// non-positive initial step or a multiplier below 1.
std::vector<double> flow_step_times(const FlowProblem& problem, double t_end,
                                    const std::vector<double>& output_times);

}  // namespace gwp::solver
