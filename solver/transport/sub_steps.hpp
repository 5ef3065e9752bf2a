// How the transport solver divides a flow interval into steps.
//
// Step length limits (d), over the cells that hold water:
//   Courant    max_courant x min over cells of theta V R / Q_out, the time the water leaving a
//              cell (through links and terms, plus any positive flow imbalance) takes to
//              replace its retarded water volume. Applies to explicit and Crank-Nicolson
//              weighting always (max_courant 1 unless given), and to implicit steps only when
//              max_courant is given: the bounded implicit scheme needs no Courant limit.
//   stability  for weighting w < 1, min over cells of theta V R / ((1 - w) X) with X the
//              outflow plus the dispersion conductances of the cell's links plus its decay:
//              the explicit part of a step keeps every coefficient of the old concentrations
//              non-negative (positivity, hence boundedness, of the low-order step).
//   max_step   the user's longest step.
//   step_limit the longest step for accuracy at the interval's start (a schedule).
// R is the retardation factor of linear sorption; nonlinear isotherms count as R = 1 (their
// retardation is at least that where it matters, so the limit is safe). V is the smaller of the
// cell's saturated volumes at the start and end of the interval.
// Steps also end where any transport schedule changes (source concentrations, fixed
// concentrations); between those, the steps are of equal length.
#pragma once
#include <cstdint>
#include <limits>
#include <vector>

#include "solver/grid/connections.hpp"
#include "solver/transport/dispersion.hpp"
#include "solver/transport/flow_interface.hpp"
#include "solver/transport/transport_problem.hpp"

namespace gwp::solver {

// Time weight w of the rate terms for a weighting.
double time_weight(TimeWeighting weighting);

// The Courant number a step may reach: max_courant when given, else 1 for explicit and
// Crank-Nicolson weighting and 0 (no limit) for implicit weighting.
double courant_target(const TransportSettings& settings);

// The longest step and what sets it.
struct StepLimit {
  enum class Kind { none, max_step, step_limit, courant, stability };
  double length = std::numeric_limits<double>::infinity();  // d
  Kind kind = Kind::none;
  std::int64_t cell = -1;     // the cell whose water sets a Courant or stability limit
  std::size_t species = 0;    // and the species (retardation, decay)
};

// The longest step over [t0, t1] with the flows of `flow`: the smallest of max_step, the
// step_limit schedule (its smallest value in the interval) and the flow-dependent limits.
StepLimit step_limit(const TransportProblem& problem, const Connections& links, const TransportFlow& flow,
                     const Dispersion& dispersion, double t0, double t1);
// The same without the step_limit schedule (which step_ends applies segment by segment).
StepLimit flow_step_limit(const TransportProblem& problem, const Connections& links, const TransportFlow& flow,
                          const Dispersion& dispersion, double t0, double t1);
// flow_step_limit's length (d; infinity when nothing bounds it).
double longest_step(const TransportProblem& problem, const Connections& links, const TransportFlow& flow,
                    const Dispersion& dispersion, double t0, double t1);
// Whether the longest step depends on the flow (a Courant or stability limit applies).
bool steps_depend_on_flow(const TransportSettings& settings);

// Times strictly inside (t0, t1] at which a transport schedule of any species, or the
// step_limit, changes.
std::vector<double> transport_schedule_changes(const TransportProblem& problem, double t0, double t1);

// Ends of the steps covering (t0, t1]: each segment between consecutive breaks split into equal
// steps no longer than longest. The last is t1. Throws ModelFailure when longest is not positive
// or would need more than max_steps steps.
std::vector<double> step_ends(double t0, double t1, double longest, const std::vector<double>& breaks,
                              long max_steps = 10000000);
// As above, each segment's steps also no longer than `cap` at the segment's start.
std::vector<double> step_ends(double t0, double t1, double longest, const std::vector<double>& breaks,
                              const Schedule& cap, long max_steps = 10000000);

}  // namespace gwp::solver
