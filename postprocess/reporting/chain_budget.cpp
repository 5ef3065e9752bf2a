#include "postprocess/reporting/chain_budget.hpp"

#include <algorithm>
#include <stdexcept>

namespace gwp::reporting {

ChainMemberBudget member_budget(const std::string& species, const std::vector<MassBudgetEntry>& rows) {
  ChainMemberBudget b;
  b.species = species;
  for (const MassBudgetEntry& row : rows) {
    const std::string& t = row.term;
    if (t == "storage:dissolved" || t == "storage:sorbed") {
      b.released += row.mass_in;
      b.stored += row.mass_out;
    } else if (t.starts_with("production:")) {
      b.produced += row.mass_in - row.mass_out;
    } else if (t == "decay:dissolved" || t == "decay:sorbed" || t == "zero_order") {
      b.decayed += row.mass_out - row.mass_in;
    } else {
      b.flow_in += row.mass_in;
      b.flow_out += row.mass_out;
    }
  }
  return b;
}

ChainBudget chain_budget(const metrics::ReactionChain& chain, const std::vector<std::vector<MassBudgetEntry>>& rows,
                         double time) {
  if (rows.size() != chain.species.size())
    throw std::invalid_argument("a chain budget needs the budget rows of each of its " +
                                std::to_string(chain.species.size()) + " members, got " + std::to_string(rows.size()));
  ChainBudget c;
  c.time = time;
  for (std::size_t i = 0; i < rows.size(); ++i) c.members.push_back(member_budget(chain.species[i], rows[i]));
  if (!chain.has_total()) return c;
  c.has_total = true;
  ChainMemberBudget& t = c.total;
  t.species = chain.name();
  for (std::size_t i = 0; i < c.members.size(); ++i) {
    const double w = chain.weights[i];
    const ChainMemberBudget& m = c.members[i];
    t.produced += w * m.produced;
    t.decayed += w * m.decayed;
    t.flow_in += w * m.flow_in;
    t.flow_out += w * m.flow_out;
    t.released += w * m.released;
    t.stored += w * m.stored;
  }
  ChainBalance& b = c.balance;
  b.flow_in = t.flow_in;
  b.flow_out = t.flow_out;
  // A parent's decay to its daughter counts once as the parent's loss and once (times the yield,
  // over the weight's yield) as the daughter's gain: what is left leaves the chain.
  b.decay_out = t.decayed - t.produced;
  b.change = t.change();
  const double in = t.flow_in + t.released + std::max(-b.decay_out, 0.0);
  const double out = t.flow_out + t.stored + std::max(b.decay_out, 0.0);
  b.discrepancy_percent = in + out > 0.0 ? 100.0 * (in - out) / (0.5 * (in + out)) : 0.0;
  return c;
}

}  // namespace gwp::reporting
