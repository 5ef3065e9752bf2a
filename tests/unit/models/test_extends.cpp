// `extends`: a scenario changes a base case key by key. Checked on tests/data/cases/base.toml and
// the scenarios that extend it: tables merge, arrays of tables change entry by entry by name,
// other arrays are replaced, and relative paths resolve next to the file that names them.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <string>

#include "models/case_reader.hpp"

namespace gwp::model {
namespace {

namespace fs = std::filesystem;
const std::string kCases = std::string(GWPLUME_TEST_DATA) + "/cases/";
constexpr double kYear = 365.25;  // d

std::string absolute(const std::string& path) { return fs::absolute(path).lexically_normal().string(); }

const Well* well(const Case& c, const std::string& name) {
  for (const Well& w : c.wells)
    if (w.name == name) return &w;
  return nullptr;
}

TEST(Extends, ScenarioChangesBaseByName) {
  const Case c = read_case(kCases + "scenarios/capped.toml");
  EXPECT_EQ(c.name, "capped");
  EXPECT_EQ(c.file, absolute(kCases + "scenarios/capped.toml"));

  // grid.layers: every entry named on both sides, so merged by name; the new one is appended.
  ASSERT_EQ(c.grid.layers.size(), 4u);
  EXPECT_EQ(c.grid.layers[1].name, "upper aquifer");
  EXPECT_EQ(c.grid.layers[1].split, 4);
  EXPECT_DOUBLE_EQ(c.grid.layers[1].bottom.value, 4.0);  // kept from the base
  EXPECT_EQ(c.grid.layers[3].name, "karst");
  EXPECT_DOUBLE_EQ(c.grid.layers[3].bottom.value, -20.0);

  // [[wells]]: PW-1 changes its rate only, PW-2 is untouched, PW-3 is new.
  ASSERT_EQ(c.wells.size(), 3u);
  EXPECT_DOUBLE_EQ(well(c, "PW-1")->rate.at(0.0), -150.0);
  EXPECT_EQ(*well(c, "PW-1")->where.screen, (std::array<double, 2>{6.0, 2.0}));
  EXPECT_DOUBLE_EQ(well(c, "PW-2")->rate.at(0.0), -100.0);
  ASSERT_NE(well(c, "PW-3"), nullptr);
  EXPECT_EQ(well(c, "PW-3")->where.layers.at(0).name, "karst");

  // [[species]] ammonia_n: the decay table changes, the sorption table of the base stays.
  EXPECT_DOUBLE_EQ(c.species[0].decay.rate, std::log(2.0) / (2 * kYear));
  EXPECT_DOUBLE_EQ(c.species[0].sorption.kd, 0.5);

  // A plain array is replaced, not merged.
  EXPECT_EQ(c.time.outputs, (std::vector<double>{5 * kYear}));
  EXPECT_DOUBLE_EQ(c.time.end, 20 * kYear);
}

TEST(Extends, RelativePathsResolveNextToTheirFile) {
  const Case c = read_case(kCases + "scenarios/capped.toml");
  EXPECT_EQ(c.grid.top.file, absolute(kCases + "top.csv"));                     // named in base.toml
  EXPECT_EQ(*c.flow.initial_head_file, absolute(kCases + "scenarios/head0.csv"));  // named in capped.toml
}

TEST(Extends, ChainOfThree) {
  const Case c = read_case(kCases + "scenarios/capped_sealed.toml");
  EXPECT_EQ(c.name, "capped-sealed");
  ASSERT_EQ(c.abandoned_wells.size(), 1u);
  EXPECT_EQ(c.abandoned_wells[0].state, AbandonedWell::State::plugged);
  EXPECT_EQ(c.wells.size(), 3u);                 // from capped.toml
  EXPECT_EQ(c.grid.layers.size(), 4u);           // from capped.toml
  EXPECT_DOUBLE_EQ(*c.species[1].limit, 300.0);  // set here; the base had the class IV default
  EXPECT_EQ(c.text.find("extends"), std::string::npos);
}

TEST(Extends, BaseAloneIsUnchanged) {
  const Case c = read_case(kCases + "base.toml");
  EXPECT_EQ(c.grid.layers.size(), 3u);
  EXPECT_EQ(c.wells.size(), 2u);
  EXPECT_DOUBLE_EQ(*c.species[1].limit, 350.0);  // GB/T 14848-2017 class IV chloride
  EXPECT_EQ(c.time.outputs.size(), 3u);
}

}  // namespace
}  // namespace gwp::model
