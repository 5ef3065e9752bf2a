// How the transport solver divides a flow interval into steps.
//
// Step length limits (d), over the cells that hold water:
//   Courant    max_courant x min over cells of theta V R / Q_out, the time the water leaving a
//              cell (through links and terms, plus any positive flow imbalance) takes to
//              replace its retarded water volume. Applies to explicit and Crank-Nicolson
//              weighting always, and to implicit steps when max_courant > 0.
//   stability  for weighting w < 1, min over cells of theta V R / ((1 - w) X) with X the
//              outflow plus the dispersion conductances of the cell's links plus its decay:
//              the explicit part of a step keeps every coefficient of the old concentrations
//              non-negative (positivity, hence boundedness, of the low-order step).
//   max_step   the user's longest step.
// R is the retardation factor of linear sorption; nonlinear isotherms count as R = 1 (their
// retardation is at least that where it matters, so the limit is safe). V is the smaller of the
// cell's saturated volumes at the start and end of the interval.
// Steps also end where any transport schedule changes (source concentrations, fixed
// concentrations); between those, the steps are of equal length.
#pragma once
#include <vector>

#include "solver/grid/connections.hpp"
#include "solver/transport/dispersion.hpp"
#include "solver/transport/flow_interface.hpp"
#include "solver/transport/transport_problem.hpp"

namespace gwp {

// Time weight w of the rate terms for a weighting.
double time_weight(TimeWeighting weighting);

// The longest step (d) allowed over [t0, t1] with the flows of `flow` (infinity if none bounds it).
double longest_step(const TransportProblem& problem, const Connections& links, const TransportFlow& flow,
                    const Dispersion& dispersion, double t0, double t1);

// Times strictly inside (t0, t1] at which a transport schedule of any species changes.
std::vector<double> transport_schedule_changes(const TransportProblem& problem, double t0, double t1);

// Ends of the steps covering (t0, t1]: each segment between consecutive breaks split into equal
// steps no longer than longest. The last is t1. Throws ModelFailure when longest is not positive
// or would need more than max_steps steps.
std::vector<double> step_ends(double t0, double t1, double longest, const std::vector<double>& breaks,
                              long max_steps = 10000000);

}  // namespace gwp
