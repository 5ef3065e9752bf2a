// A reaction chain's budget from its members' budget lines, and its total's figures, against hand
// computations: a parent's decay cancels its daughter's production in the total, what is left is
// the element's (or first member's equivalents') balance; a path of a branching group has a
// total only with yields 1.
#include <gtest/gtest.h>

#include <cmath>

#include "postprocess/reporting/chain_budget.hpp"
#include "postprocess/reporting/chain_figures.hpp"

namespace gwp::reporting {
namespace {

results::SpeciesLimits species(const std::string& name, std::vector<results::SpeciesParent> parents = {}) {
  results::SpeciesLimits s;
  s.name = name;
  s.label = name;
  s.parents = std::move(parents);
  return s;
}

// A -> B -> C, 10 d since the start: A came in from a landfill (100 g), 30 g of it decayed,
// 70 g is stored. B gained yield * 30 g, lost 10 g by decay and 5 g to a river. C gained 10 g
// times its yield from B, lost 2 g by its own decay.
std::vector<std::vector<MassBudgetEntry>> rows(double yield_b, double yield_c) {
  const double b_in = yield_b * 30.0, c_in = yield_c * 10.0;
  return {{{10.0, "storage:dissolved", 0.0, 60.0},
           {10.0, "storage:sorbed", 0.0, 10.0},
           {10.0, "decay:dissolved", 0.0, 30.0},
           {10.0, "landfill:tip", 100.0, 0.0}},
          {{10.0, "storage:dissolved", 0.0, b_in - 15.0},
           {10.0, "decay:dissolved", 0.0, 10.0},
           {10.0, "production:a", b_in, 0.0},
           {10.0, "river:stream", 0.0, 5.0}},
          {{10.0, "storage:dissolved", 1.0, c_in - 2.0 + 1.0},  // 1 g released somewhere, taken elsewhere
           {10.0, "decay:dissolved", 0.0, 2.0},
           {10.0, "production:b", c_in, 0.0}}};
}

TEST(ChainBudget, ElementChainBalancesSourcesBoundariesAndTheLastDecay) {
  const auto chains = metrics::reaction_chains(
      {species("a"), species("b", {{"a", 1.0, "both"}}), species("c", {{"b", 1.0, "both"}})});
  ASSERT_EQ(chains.size(), 1u);
  const ChainBudget b = chain_budget(chains[0], rows(1.0, 1.0), 10.0);
  ASSERT_EQ(b.members.size(), 3u);
  EXPECT_DOUBLE_EQ(b.members[0].decayed, 30.0);
  EXPECT_DOUBLE_EQ(b.members[0].net_in(), 100.0);
  EXPECT_DOUBLE_EQ(b.members[0].change(), 70.0);
  EXPECT_DOUBLE_EQ(b.members[1].produced, 30.0);
  EXPECT_DOUBLE_EQ(b.members[1].net_in(), -5.0);
  EXPECT_DOUBLE_EQ(b.members[2].change(), 8.0);
  ASSERT_TRUE(b.has_total);
  // In 100, out 5, leaving by C's decay 2: the model holds 93 g more of the element.
  EXPECT_DOUBLE_EQ(b.balance.flow_in, 100.0);
  EXPECT_DOUBLE_EQ(b.balance.flow_out, 5.0);
  EXPECT_DOUBLE_EQ(b.balance.decay_out, 2.0);
  EXPECT_DOUBLE_EQ(b.balance.change, 70.0 + 15.0 + 8.0);
  EXPECT_NEAR(b.balance.discrepancy_percent, 0.0, 1e-12);
}

TEST(ChainBudget, MolarYieldsCountInFirstMemberEquivalents) {
  // Yields 0.5 and 0.8: B counts double, C 1 / 0.4. B's 15 g from 30 g of A are 30 g of A again.
  const auto chains = metrics::reaction_chains(
      {species("a"), species("b", {{"a", 0.5, "both"}}), species("c", {{"b", 0.8, "both"}})});
  const ChainBudget b = chain_budget(chains[0], rows(0.5, 0.8), 10.0);
  ASSERT_TRUE(b.has_total);
  EXPECT_DOUBLE_EQ(b.balance.flow_in, 100.0);
  EXPECT_DOUBLE_EQ(b.balance.flow_out, 5.0 * 2.0);
  EXPECT_NEAR(b.balance.decay_out, 2.0 / 0.4, 1e-12);
  EXPECT_NEAR(b.balance.change, 70.0 + (15.0 - 15.0) * 2.0 + (8.0 - 2.0) / 0.4, 1e-12);
  EXPECT_NEAR(b.balance.discrepancy_percent, 0.0, 1e-10);
  // An imbalance (1 g of A more in than the rest accounts for) shows as 100 (in - out) / mean.
  auto broken = rows(0.5, 0.8);
  broken[0][3].mass_in = 101.0;
  const ChainBudget off = chain_budget(chains[0], broken, 10.0);
  // In: the landfill and what C's storage released; out: the river, what was stored, C's decay.
  const double in = 101.0 + 1.0 / 0.4, out = 5.0 * 2.0 + 70.0 + 0.0 + 7.0 / 0.4 + 2.0 / 0.4;
  EXPECT_NEAR(off.balance.discrepancy_percent, 100.0 * (in - out) / (0.5 * (in + out)), 1e-10);
}

TEST(ChainBudget, MergingChainHasMembersButNoTotal) {
  // c from a and from b: two first members, no one weight for c.
  const auto chains = metrics::reaction_chains(
      {species("a"), species("b"), species("c", {{"a", 1.0, "both"}, {"b", 1.0, "both"}})});
  ASSERT_EQ(chains.size(), 1u);
  const ChainBudget b = chain_budget(chains[0], rows(1.0, 1.0), 10.0);
  EXPECT_FALSE(b.has_total);
  EXPECT_EQ(b.members.size(), 3u);
  EXPECT_THROW(chain_budget(chains[0], {{}}, 10.0), std::invalid_argument);
}

TEST(ChainBudget, PathOfABranchingGroupWithYieldsOneIsItsMembersPlainSum) {
  // a -> b and a -> c, yields 1: the path a -> b. a: 100 g in, 50 g decayed, 50 g stored; b gained
  // the 50 g (as c did, which this path does not hold), lost 10 g by decay, stored 40 g.
  const auto paths = metrics::reaction_chains(
      {species("a"), species("b", {{"a", 1.0, "both"}}), species("c", {{"a", 1.0, "both"}})});
  ASSERT_EQ(paths.size(), 2u);
  ASSERT_EQ(paths[0].species, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(paths[0].group.size(), 3u);
  const std::vector<std::vector<MassBudgetEntry>> rows{
      {{10.0, "storage:dissolved", 0.0, 50.0}, {10.0, "decay:dissolved", 0.0, 50.0}, {10.0, "landfill:tip", 100.0, 0.0}},
      {{10.0, "storage:dissolved", 0.0, 40.0}, {10.0, "decay:dissolved", 0.0, 10.0}, {10.0, "production:a", 50.0, 0.0}}};
  const ChainBudget b = chain_budget(paths[0], rows, 10.0);
  ASSERT_TRUE(b.has_total);
  EXPECT_DOUBLE_EQ(b.balance.decay_out, 10.0);  // b's own decay: all that leaves the path
  EXPECT_DOUBLE_EQ(b.balance.change, 90.0);
  EXPECT_DOUBLE_EQ(b.balance.flow_in, 100.0);
  EXPECT_NEAR(b.balance.discrepancy_percent, 0.0, 1e-12);
  // With a yield other than 1 at the branch, no total.
  const auto shared = metrics::reaction_chains(
      {species("a"), species("b", {{"a", 0.6, "both"}}), species("c", {{"a", 0.4, "both"}})});
  ASSERT_EQ(shared.size(), 2u);
  EXPECT_FALSE(chain_budget(shared[0], rows, 10.0).has_total);
}

TEST(ChainFigures, TotalAtPointsAndDissolvedMassAreWeightedSums) {
  const auto chains = metrics::reaction_chains({species("a"), species("b", {{"a", 0.5, "both"}})});
  std::vector<SpeciesFigures> figures(2);
  figures[0].limits = species("a");
  figures[1].limits = species("b", {{"a", 0.5, "both"}});
  figures[0].receptors.push_back({"MW-1", kMonitoringPoint, {{0.0, 1.0, 2.0}, {0.0, 4.0, 1.0}}, {}});
  figures[1].receptors.push_back({"MW-1", kMonitoringPoint, {{0.0, 1.0, 2.0}, {0.0, 1.0, 2.5}}, {}});
  figures[0].receptors.push_back({"MW-2", kMonitoringPoint, {{0.0}, {1.0}}, {}});  // b has none there
  figures[0].at = {{2.0, {{"dissolved_mass", "", 10.0}}}};
  figures[1].at = {{2.0, {{"dissolved_mass", "", 3.0}}}};
  const SpeciesFigures total = chain_total_figures(chains[0], figures, {2.0});
  EXPECT_EQ(total.limits.name, "total:a+b");
  EXPECT_TRUE(is_chain_total(total.limits.name));
  EXPECT_TRUE(std::isnan(total.limits.limit));
  ASSERT_EQ(total.receptors.size(), 1u);  // only where every member has a series
  // 4 + 1 / 0.5 = 6 at t = 1, 1 + 2.5 / 0.5 = 6 at t = 2: the peak is 6.
  EXPECT_EQ(total.receptors[0].series.value, (std::vector<double>{0.0, 6.0, 6.0}));
  ASSERT_EQ(total.at.size(), 1u);
  EXPECT_DOUBLE_EQ(figure_value(total.at[0], "point_peak", "MW-1"), 6.0);
  EXPECT_DOUBLE_EQ(figure_value(total.at[0], "dissolved_mass"), 10.0 + 3.0 / 0.5);
  EXPECT_TRUE(std::isnan(figure_value(total.at[0], "point_first_exceedance", "MW-1")));
}

}  // namespace
}  // namespace gwp::reporting
