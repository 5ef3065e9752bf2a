// A case with reaction chains run end to end (tests/data/cases/chain.toml): the daughters come
// out of the case reader, the transport builder and the solver with their production lines equal
// to yield x their parents' decay lines of the phases each link takes, whatever order the
// species are declared in and with a zone changing a parent's decay.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "app/simulation.hpp"
#include "models/case_reader.hpp"

namespace gwp::app {
namespace {

// The last stored budget of every species: line -> (in, out), g.
struct BudgetObserver : results::Observer {
  void on_transport_output(const results::TransportOutput& out) override {
    for (const auto& sp : out.species) {
      auto& lines = budget[sp.name];
      lines.clear();
      for (const auto& row : sp.budget) lines[row.term] = {row.in, row.out};
      concentration[sp.name] = *sp.concentration;
    }
  }
  std::map<std::string, std::map<std::string, std::pair<double, double>>> budget;
  std::map<std::string, std::vector<double>> concentration;
};

TEST(ChainRun, ProductionIsTheYieldOfTheParentsDecay) {
  const model::Model m =
      model::build_model(model::read_case(std::string(GWPLUME_TEST_DATA) + "/cases/chain.toml"));
  BudgetObserver b;
  run_simulation(m, b);
  auto out = [&](const std::string& s, const std::string& line) { return b.budget.at(s).at(line).second; };
  auto in = [&](const std::string& s, const std::string& line) { return b.budget.at(s).at(line).first; };
  const double ammonia_dissolved = out("ammonia_n", "decay:dissolved");
  const double ammonia_sorbed = out("ammonia_n", "decay:sorbed");
  const double nitrite = out("nitrite_n", "decay:dissolved") + out("nitrite_n", "decay:sorbed");
  ASSERT_GT(ammonia_dissolved, 0.0);
  ASSERT_GT(ammonia_sorbed, 0.0);
  EXPECT_NEAR(in("nitrite_n", "production:ammonia_n"), ammonia_dissolved + ammonia_sorbed,
              1e-12 * (ammonia_dissolved + ammonia_sorbed));
  EXPECT_NEAR(in("nitrate_n", "production:nitrite_n"), nitrite, 1e-12 * nitrite);
  EXPECT_NEAR(in("gas_n", "production:ammonia_n"), 0.25 * ammonia_dissolved, 1e-12 * ammonia_dissolved);
  EXPECT_NEAR(in("gas_n", "production:nitrite_n"), 0.5 * nitrite, 1e-12 * nitrite);
  // The zone (third column) decays nitrite at 0.5 1/d instead of 0.2: less nitrite is left there
  // than in the first column, which gets the same ammonia (no flow: one fixed head).
  const std::vector<double>& c = b.concentration.at("nitrite_n");
  EXPECT_LT(c[2], 0.8 * c[0]);
}

}  // namespace
}  // namespace gwp::app
