// Reaction chains found from the species' parent entries: groups, chain order and the chain total.
#include "postprocess/metrics/chain_groups.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace gwp::metrics {
namespace {

results::SpeciesLimits species(const std::string& name, std::vector<results::SpeciesParent> parents = {}) {
  results::SpeciesLimits s;
  s.name = name;
  s.parents = std::move(parents);
  return s;
}

TEST(ChainGroups, LinearNitrogenChainIsInChainOrderWithAPlainSum) {
  // Declared daughter first, as a case may: the chain still reads parents first.
  const auto chains = reaction_chains({species("nitrate_n", {{"nitrite_n", 1.0, "both"}}), species("chloride"),
                                       species("ammonia_n"), species("nitrite_n", {{"ammonia_n", 1.0, "both"}})});
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_EQ(chains[0].species, (std::vector<std::string>{"ammonia_n", "nitrite_n", "nitrate_n"}));
  EXPECT_EQ(chains[0].name(), "ammonia_n+nitrite_n+nitrate_n");
  EXPECT_EQ(chains[0].total, ChainTotal::element);
  EXPECT_EQ(chains[0].weights, (std::vector<double>{1.0, 1.0, 1.0}));
  ASSERT_EQ(chains[0].links.size(), 2u);
  EXPECT_EQ(chains[0].links[0].parent, "ammonia_n");
  EXPECT_EQ(chains[0].links[1].daughter, "nitrate_n");
  EXPECT_EQ(chain_of(chains, "nitrite_n"), &chains[0]);
  EXPECT_EQ(chain_of(chains, "chloride"), nullptr);
}

TEST(ChainGroups, MolarYieldsGiveFirstMemberEquivalents) {
  // PCE -> TCE -> DCE -> VC with the molar-mass ratios of C2: 1 g of VC stands for
  // 1 / (0.792 * 0.738 * 0.645) g of PCE.
  const auto chains = reaction_chains({species("pce"), species("tce", {{"pce", 0.792, "both"}}),
                                       species("dce", {{"tce", 0.738, "both"}}), species("vc", {{"dce", 0.645, "both"}})});
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_EQ(chains[0].total, ChainTotal::equivalent);
  ASSERT_EQ(chains[0].weights.size(), 4u);
  EXPECT_DOUBLE_EQ(chains[0].weights[0], 1.0);
  EXPECT_NEAR(chains[0].weights[1], 1.0 / 0.792, 1e-14);
  EXPECT_NEAR(chains[0].weights[2], 1.0 / (0.792 * 0.738), 1e-14);
  EXPECT_NEAR(chains[0].weights[3], 1.0 / (0.792 * 0.738 * 0.645), 1e-13);
}

TEST(ChainGroups, BranchingIsTakenPathByPath) {
  // ammonia -> nitrite -> nitrate and ammonia -> gas (0.25 of its dissolved decay), nitrite ->
  // n2o (0.5): a parent with two daughters, twice. Each line from ammonia to a last member is a
  // chain; only the one whose yields are all 1 has a total.
  const auto paths = reaction_chains({species("ammonia_n"), species("nitrite_n", {{"ammonia_n", 1.0, "both"}}),
                                      species("gas_n", {{"ammonia_n", 0.25, "dissolved"}}),
                                      species("nitrate_n", {{"nitrite_n", 1.0, "both"}}),
                                      species("n2o_n", {{"nitrite_n", 0.5, "both"}})});
  ASSERT_EQ(paths.size(), 3u);
  // In the order of their last members in chain order (ammonia, nitrite, gas, nitrate, n2o).
  EXPECT_EQ(paths[0].species, (std::vector<std::string>{"ammonia_n", "gas_n"}));
  EXPECT_EQ(paths[1].species, (std::vector<std::string>{"ammonia_n", "nitrite_n", "nitrate_n"}));
  EXPECT_EQ(paths[2].species, (std::vector<std::string>{"ammonia_n", "nitrite_n", "n2o_n"}));
  for (const ReactionChain& c : paths) EXPECT_EQ(c.group.size(), 5u);
  EXPECT_EQ(paths[0].total, ChainTotal::branches);
  EXPECT_FALSE(paths[0].has_total());
  ASSERT_EQ(paths[0].links.size(), 1u);
  EXPECT_EQ(paths[0].links[0].phase, "dissolved");
  EXPECT_EQ(paths[1].total, ChainTotal::element);
  EXPECT_EQ(paths[1].links.size(), 2u);
  EXPECT_EQ(paths[1].weights, (std::vector<double>{1.0, 1.0, 1.0}));
  EXPECT_EQ(paths[2].total, ChainTotal::branches);
  EXPECT_EQ(paths[2].name(), "ammonia_n+nitrite_n+n2o_n");
  EXPECT_EQ(chain_of(paths, "ammonia_n"), &paths[0]);  // the first that holds it
  EXPECT_EQ(chain_of(paths, "nitrate_n"), &paths[1]);
}

TEST(ChainGroups, MergingHasNoTotal) {
  // The test case's chain: gas_n from ammonia (0.25) and from nitrite (0.5), two lines of yields.
  const auto merging =
      reaction_chains({species("nitrate_n", {{"nitrite_n", 1.0, "both"}}), species("ammonia_n"),
                       species("nitrite_n", {{"ammonia_n", 1.0, "both"}}),
                       species("gas_n", {{"ammonia_n", 0.25, "dissolved"}, {"nitrite_n", 0.5, "both"}})});
  ASSERT_EQ(merging.size(), 1u);
  EXPECT_EQ(merging[0].species, (std::vector<std::string>{"ammonia_n", "nitrite_n", "nitrate_n", "gas_n"}));
  EXPECT_EQ(merging[0].group, merging[0].species);
  EXPECT_EQ(merging[0].links.size(), 4u);
  EXPECT_EQ(merging[0].total, ChainTotal::merges);
  // Two first members feeding one daughter.
  const auto two_parents = reaction_chains({species("a"), species("b"), species("c", {{"a", 1.0, "both"}, {"b", 1.0, "both"}})});
  ASSERT_EQ(two_parents.size(), 1u);
  EXPECT_EQ(two_parents[0].total, ChainTotal::merges);
}

TEST(ChainGroups, SeparateChainsAreSeparateGroupsInTheOrderGiven) {
  const auto chains = reaction_chains({species("pce"), species("ammonia_n"), species("tce", {{"pce", 0.792, "both"}}),
                                       species("nitrite_n", {{"ammonia_n", 1.0, "both"}}), species("chloride"),
                                       species("x", {{"not_in_result", 1.0, "both"}})});
  ASSERT_EQ(chains.size(), 2u);
  EXPECT_EQ(chains[0].name(), "pce+tce");
  EXPECT_EQ(chains[1].name(), "ammonia_n+nitrite_n");
  EXPECT_EQ(chain_of(chains, "x"), nullptr);  // a parent outside the result links nothing
}

TEST(ChainTotalSeries, WeightedSumOnTheFirstSeriesTimes) {
  // Hand computation: 2 + 3 / 0.5 = 8 at t = 0; 4 + 1 / 0.5 = 6 at t = 2 (the second series read
  // halfway between its samples at 1 and 3: (0 + 2) / 2 = 1).
  const std::vector<double> total =
      chain_total({1.0, 2.0}, {{0.0, 2.0}, {0.0, 1.0, 3.0}}, {{2.0, 4.0}, {3.0, 0.0, 2.0}});
  ASSERT_EQ(total.size(), 2u);
  EXPECT_DOUBLE_EQ(total[0], 8.0);
  EXPECT_DOUBLE_EQ(total[1], 6.0);
  EXPECT_THROW(chain_total({1.0}, {{0.0, 1.0}}, {{1.0}}), std::invalid_argument);
  EXPECT_THROW(chain_total({1.0, 1.0}, {{0.0}}, {{1.0}}), std::invalid_argument);
}

}  // namespace
}  // namespace gwp::metrics
