#include "solver/flow/flow_problem.hpp"

#include <algorithm>
#include <stdexcept>

namespace gwp::solver {

const char* to_string(TermKind kind) {
  switch (kind) {
    case TermKind::fixed_head: return "head";
    case TermKind::flux: return "flux";
    case TermKind::general_head: return "general_head";
    case TermKind::river: return "river";
    case TermKind::drain: return "drain";
    case TermKind::recharge: return "recharge";
    case TermKind::landfill: return "landfill";
    case TermKind::well: return "well";
  }
  return "unknown";
}

const std::vector<double>& ConnectionGroup::conductance_at(double t) const {
  if (conductance.empty())
    throw std::invalid_argument("connection group " + name + " has no conductance state");
  // Last state that has started by t; before the first start the first state holds.
  std::size_t s = 0;
  for (std::size_t i = 1; i < state_times.size() && i < conductance.size(); ++i)
    if (state_times[i] <= t) s = i;
  return conductance[s];
}

std::vector<double> FlowProblem::forcing_changes(double t0, double t1) const {
  std::vector<double> out;
  auto add = [&](const std::vector<double>& times) { out.insert(out.end(), times.begin(), times.end()); };
  for (const FlowTerm& term : terms) {
    add(term.level.changes_in(t0, t1));
    add(term.rate.changes_in(t0, t1));
  }
  for (const ConnectionGroup& group : extra_connections)
    for (std::size_t s = 1; s < group.state_times.size() && s < group.conductance.size(); ++s) {
      const double t = group.state_times[s];
      if (t > t0 && t <= t1 && group.conductance[s] != group.conductance[s - 1]) out.push_back(t);
    }
  for (const FlowBarrier& barrier : barriers) add(barrier.characteristic.changes_in(t0, t1));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace gwp::solver
