// The reaction chains of a result seen as wholes: the species linked by parent entries
// (/transport/<species> attributes parents, parent_yields, parent_phases) gathered into connected
// groups in chain order, and whether the group has a chain total (NH₄-N + NO₂⁻-N + NO₃⁻-N as
// "total inorganic N"; PCE, TCE, DCE and VC in PCE equivalents).
//
// The total is the sum of each member's mass or concentration times its weight. It is given for a
// line of links: a first member and each member after it the only daughter of the one before. A
// member's weight is 1 over the product of the yields along the line from the first member to it,
// so every member counts in the first member's mass equivalents and a parent's decay to its
// daughter cancels in the total: the total changes only by what sources and boundaries carry in
// and out and by the decay that leaves the chain (the last member's, and a parent's phases its
// link does not take). With every yield 1 (one element, such as nitrogen as N) the weights are 1
// and the total is the plain sum.
// A group that branches (a member with several daughters, every member with one parent) is taken
// path by path: each line from the first member to a last one is a chain of its own. One total
// over the whole group would count the branching member's decayed mass once in each branch. A
// path has a total only when every yield along it is 1 (the plain sum: the parent's decay feeds
// the daughter on the path in full); with other yields it has none, since at a branch a yield
// mixes the share of the parent's decay a branch takes with the mass ratio of its product, and
// the result does not tell them apart. A group that merges (a member with several parents in
// it, or several first members) is one chain without a total: such a member has no one weight.
#pragma once
#include <string>
#include <vector>

#include "results/result_features.hpp"

namespace gwp::metrics {

// What a chain's total is, or why it has none.
enum class ChainTotal {
  element,     // every yield 1: the plain sum (same element, e.g. N)
  equivalent,  // yields other than 1: the sum in the first member's mass equivalents
  branches,    // no total: a path of a group that branches, with a yield other than 1 along it
  merges,      // no total: a member has several parents in the group, or the group several first members
};

// A link of the chain: `daughter` is produced by `parent`'s first-order decay.
struct ChainLink {
  std::string parent, daughter;
  double yield = 1.0;          // g of daughter per g of parent decayed
  std::string phase = "both";  // the parent's phases that produce
};

struct ReactionChain {
  std::vector<std::string> species;  // parents before their daughters; ties in the order given
  // Every species of the connected group, in chain order: more than `species` when this chain is
  // one path of a group that branches.
  std::vector<std::string> group;
  std::vector<ChainLink> links;      // every parent entry within the group, daughters in chain order
  ChainTotal total = ChainTotal::merges;
  // Per member of `species`: g of the first member per g of it (1 / product of yields from the
  // first member); empty when the chain has no total.
  std::vector<double> weights;

  bool has_total() const { return !weights.empty(); }
  // "ammonia_n+nitrite_n+nitrate_n": the members joined by '+', in chain order.
  std::string name() const;
};

// The chains among `species` (as read_features gives them): every connected group of two or more
// species linked by parent entries, or each path of a group that branches, in the order of their
// first members in `species` (the paths of one group in the order of their last members).
// Parents that are not in `species` are ignored. Pure.
std::vector<ReactionChain> reaction_chains(const std::vector<results::SpeciesLimits>& species);

// The first chain among `chains` that holds `species`; nullptr when it is in none.
const ReactionChain* chain_of(const std::vector<ReactionChain>& chains, const std::string& species);

// The chain total of series sampled at times: sum over members of weight times value, on the
// times of the first series (`times[0]`); each other series is read linearly in time between its
// samples (exact when the series share their times, as the members' series at a point do), and
// counts as its first or last value before or after its samples. `weights`, `times` and `values`
// have one entry per member; throws std::invalid_argument when they do not, or a series' times
// and values differ in length.
std::vector<double> chain_total(const std::vector<double>& weights, const std::vector<std::vector<double>>& times,
                                const std::vector<std::vector<double>>& values);

}  // namespace gwp::metrics
