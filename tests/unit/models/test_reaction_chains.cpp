// [[species]] parent: reaction chains as the case reader takes them, the solver reactions they
// become, and the chains `gwplume check` prints.
#include <gtest/gtest.h>

#include <algorithm>

#include "case_problems.hpp"
#include "models/model.hpp"
#include "models/reaction_chains.hpp"
#include "solver/transport/parent_production.hpp"

namespace gwp::model {
namespace {

const std::string kData = GWPLUME_TEST_DATA;

const Species& named(const Case& c, const std::string& name) {
  return *std::find_if(c.species.begin(), c.species.end(), [&](const Species& s) { return s.name == name; });
}

TEST(ReactionChains, ParentsAreReadAsATableOrAList) {
  const Case c = read_case(kData + "/cases/chain.toml");
  const Species& nitrate = named(c, "nitrate_n");
  ASSERT_EQ(nitrate.parents.size(), 1u);
  EXPECT_EQ(nitrate.parents[0].species, "nitrite_n");
  EXPECT_EQ(nitrate.parents[0].yield, 1.0);
  EXPECT_EQ(nitrate.parents[0].phase, Decay::Phase::both);
  const Species& gas = named(c, "gas_n");
  ASSERT_EQ(gas.parents.size(), 2u);
  EXPECT_EQ(gas.parents[0].species, "ammonia_n");
  EXPECT_EQ(gas.parents[0].yield, 0.25);
  EXPECT_EQ(gas.parents[0].phase, Decay::Phase::dissolved);
  EXPECT_EQ(gas.parents[1].species, "nitrite_n");
  EXPECT_TRUE(named(c, "ammonia_n").parents.empty());
}

TEST(ReactionChains, EachLinkBecomesAProductionOfTheDaughter) {
  const Model m = build_model(read_case(kData + "/cases/chain.toml"));
  const auto& species = m.transport.species;  // in the order of the case
  ASSERT_EQ(species.size(), 4u);
  ASSERT_EQ(species[0].name, "nitrate_n");
  ASSERT_EQ(species[0].reactions.size(), 1u);
  const auto* link = dynamic_cast<const solver::ParentProduction*>(species[0].reactions[0].get());
  ASSERT_NE(link, nullptr);
  EXPECT_EQ(link->parent(), 2u);  // nitrite_n
  EXPECT_EQ(link->budget_labels(), std::vector<std::string>{"production:nitrite_n"});
  EXPECT_TRUE(species[1].reactions.empty());
  ASSERT_EQ(species[3].reactions.size(), 2u);
  EXPECT_EQ(species[3].reactions[0]->budget_labels(), std::vector<std::string>{"production:ammonia_n"});
  EXPECT_DOUBLE_EQ(dynamic_cast<const solver::ParentProduction&>(*species[3].reactions[1]).yield(), 0.5);
  // The zone's decay of nitrite reaches the cells the production reads (the third column).
  EXPECT_DOUBLE_EQ(species[2].decay_dissolved[2], 0.5);
  EXPECT_DOUBLE_EQ(species[2].decay_dissolved[0], 0.2);
}

TEST(ReactionChains, CheckPrintsEveryPathFromASourceToAnEnd) {
  const Case c = read_case(kData + "/cases/chain.toml");
  const std::vector<std::string> expected = {
      "ammonia_n -> nitrite_n (yield 1) -> nitrate_n (yield 1)",
      "ammonia_n -> nitrite_n (yield 1) -> gas_n (yield 0.5)",
      "ammonia_n -> gas_n (yield 0.25, dissolved phase)",
  };
  EXPECT_EQ(chain_texts(c.species), expected);
  EXPECT_TRUE(chain_texts(read_case(kData + "/cases/minimal.toml").species).empty());
}

// A cycle is reported once, at the parent entry that closes it (b's parent a, reached from a
// through c and b).
TEST(ReactionChains, EveryProblemIsReportedWhereItIsWritten) {
  const std::string f = kData + "/broken/chain_errors.toml";
  const std::vector<std::string> expected = {
      f + ":23:22: species[1].parent.species: species form a cycle of parents (a <- c <- b <- a): a reaction "
          "chain must end",
      f + ":28:55: species[2].parent[1].species: species 'chlorid' is not declared in [[species]] (did you mean "
          "'chloride'?)",
      f + ":35:23: species[4].parent[0].species: parent 'chloride' of species 'd' never decays at first order, so it "
          "would produce nothing (give it decay = { rate = ... } or a half_life, in [[species]] or a zone)",
      f + ":35:62: species[4].parent[1].species: parent 'c' of species 'd' never decays at first order in the "
          "sorbed phase, so it would produce nothing (give it decay = { rate = ... } or a half_life, in "
          "[[species]] or a zone)",
      f + ":35:75: species[4].parent[1].yield: out of range (found 0.0, expected > 0)",
      f + ":35:112: species[4].parent[2].species: species 'd' cannot be its own parent (a chain may not loop)",
      f + ":39:23: species[5].parent[0].species: parent 'c' of species 'e' never decays at first order in the "
          "sorbed phase, so it would produce nothing (give it decay = { rate = ... } or a half_life, in "
          "[[species]] or a zone)",
      f + ":39:73: species[5].parent[1].species: parent 'c' is given twice for species 'e' (give one entry with "
          "the total yield)",
  };
  EXPECT_EQ(test::case_problems(f), expected);
}

// [transport] reactions: "coupled" by default, "exact" taken to the solver's settings.
TEST(ReactionChains, ReactionsAreCoupledUnlessExactIsAsked) {
  const Case coupled = read_case(kData + "/cases/chain.toml");
  EXPECT_EQ(coupled.transport.reactions, Transport::Reactions::coupled);
  EXPECT_EQ(build_model(coupled).transport.settings.reactions, solver::ReactionScheme::coupled);
  const Case exact = read_case(kData + "/cases/chain.toml", {"transport.reactions=\"exact\""});
  EXPECT_EQ(exact.transport.reactions, Transport::Reactions::exact);
  EXPECT_EQ(build_model(exact).transport.settings.reactions, solver::ReactionScheme::exact);
}

// Exact reactions with a nonlinear isotherm of a reacting species: each such species reported at
// the key, wherever its isotherm is given; a nonlinear species that does not react passes.
TEST(ReactionChains, ExactReactionsRefuseNonlinearSorptionWhereItReacts) {
  const std::string f = kData + "/broken/exact_reactions_nonlinear.toml";
  const std::string at = f + ":37:13: transport.reactions: ";
  const std::vector<std::string> expected = {
      at + "exact reactions need linear sorption or none, but species 'parent' reacts at first order and sorbs "
           "nonlinearly (its isotherm in [[species]]), so its mass is not proportional to its concentration "
           "(found \"exact\", expected \"coupled\" with a Freundlich or Langmuir isotherm)",
      at + "exact reactions need linear sorption or none, but species 'daughter' reacts at first order and sorbs "
           "nonlinearly (its isotherm in zone \"clay\"), so its mass is not proportional to its concentration "
           "(found \"exact\", expected \"coupled\" with a Freundlich or Langmuir isotherm)",
  };
  EXPECT_EQ(test::case_problems(f), expected);
  EXPECT_TRUE(test::case_problems(f, {"transport.reactions=\"coupled\""}).empty());
}

}  // namespace
}  // namespace gwp::model
