// The default length of transport steps, chosen for accuracy rather than by a Courant limit.
//
// The bounded implicit scheme (implicit weighting with the TVD flux limiter) is stable and free
// of new extrema at any step length, so its steps need only be short enough for the answer the
// user looks at: the concentrations at the output times and the series between them. Without a
// `max_step` in the case, a run takes at least kStepsPerRun steps and every interval between
// consecutive marks at least kStepsPerInterval; the marks are t = 0, the output times and every
// time at which what drives the flow or the sources changes (a landfill capped, a well plugged,
// a leachate schedule's next value), after which the plume changes fastest. An early output
// after a short interval gets short steps, a long quiet stretch long ones. docs/verification.md
// shows what these defaults cost in accuracy.
#pragma once
#include <vector>

#include "solver/common/schedule.hpp"

namespace gwp::model {

inline constexpr int kStepsPerRun = 200;
inline constexpr int kStepsPerInterval = 10;

// Longest step (d) from each time on: in each interval between consecutive marks (d, in any
// order; t = 0 and the end added), the shorter of end / kStepsPerRun and the interval /
// kStepsPerInterval.
solver::Schedule accuracy_step_limit(std::vector<double> marks, double end);

}  // namespace gwp::model
