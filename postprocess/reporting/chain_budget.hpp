// The mass budget of a reaction chain (postprocess/metrics/chain_groups.hpp) from the cumulative
// budget tables of its members at one time: per member what it gained from its parents, lost by
// decay, took in and gave out through the flow terms, and how much more of it the model holds;
// for a chain with a total the same summed in the total's units (each member times its weight),
// where a parent's decay to its daughter cancels its daughter's production and what is left is
// the balance of the chain's element (or first-member equivalents): in through sources and
// boundaries, out through boundaries and wells, out by the decay that leaves the chain, change
// in the model.
#pragma once
#include <string>
#include <vector>

#include "postprocess/metrics/chain_groups.hpp"
#include "postprocess/reporting/result_series.hpp"

namespace gwp::reporting {

// The lines of one species' cumulative budget, g since the start, gathered by what they do.
struct ChainMemberBudget {
  std::string species;
  double produced = 0.0;  // production:<parent> lines, in: gained from its parents' decay
  double decayed = 0.0;   // decay:dissolved and decay:sorbed, out less in, and zero_order out less in
  double flow_in = 0.0;   // every other line but storage, in: sources, boundaries, wells, recharge,
                          // fixed concentrations, abandoned wells, volume_change, flow_imbalance
  double flow_out = 0.0;  // the same lines, out
  double released = 0.0;  // storage:dissolved and storage:sorbed, in (mass the model gave up)
  double stored = 0.0;    // the same, out (mass the model took up)
  double change() const { return stored - released; }  // g more in the model than at the start
  double net_in() const { return flow_in - flow_out; }
};

// The budget lines of one species gathered as above (rows of one time).
ChainMemberBudget member_budget(const std::string& species, const std::vector<MassBudgetEntry>& rows);

struct ChainBalance {
  double flow_in = 0.0;         // g (of the total's units) in through sources and boundaries
  double flow_out = 0.0;        // out through boundaries and wells
  double decay_out = 0.0;       // out by reactions, net: decay less what the members produced
  double change = 0.0;          // more in the model than at the start
  double discrepancy_percent = 0.0;  // 100 (in - out) / ((in + out) / 2), storage counted as in
                                     // (released) and out (stored), as a species' own budget
};

struct ChainBudget {
  double time = 0.0;                       // d
  std::vector<ChainMemberBudget> members;  // in chain order
  bool has_total = false;
  ChainMemberBudget total;                 // the members times their weights, summed (has_total)
  ChainBalance balance;                    // of the total (has_total)
};

// `rows[i]` are the budget rows of `chain.species[i]` at `time`. Throws std::invalid_argument
// when there are not as many row lists as members.
ChainBudget chain_budget(const metrics::ReactionChain& chain, const std::vector<std::vector<MassBudgetEntry>>& rows,
                         double time);

}  // namespace gwp::reporting
