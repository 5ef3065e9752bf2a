// `--set KEY=VALUE` on tests/data/cases/base.toml: values by dotted key, array entries by name
// or index, unquoted unit strings, and problems located at "--set:<position>:1" with the key as
// typed.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "case_problems.hpp"
#include "models/case_reader.hpp"

namespace gwp::model {
namespace {

const std::string kBase = std::string(GWPLUME_TEST_DATA) + "/cases/base.toml";
constexpr double kYear = 365.25;  // d

std::vector<std::string> problems(const std::vector<std::string>& overrides) {
  return test::case_problems(kBase, overrides);
}

TEST(Overrides, ScalarByDottedKey) {
  const Case c = read_case(kBase, {"grid.nx=6", "properties.kh=2.5 m/d"});
  EXPECT_EQ(c.grid.nx, 6);
  EXPECT_EQ(c.grid.dx.size(), 6u);  // one width expanded to the new column count
  EXPECT_DOUBLE_EQ(*c.properties.defaults.kh, 2.5);
}

TEST(Overrides, UnitStringQuotedOrNot) {
  const double two_years = std::log(2.0) / (2 * kYear);
  EXPECT_DOUBLE_EQ(read_case(kBase, {"species.ammonia_n.decay.half_life=\"2 yr\""}).species[0].decay.rate, two_years);
  EXPECT_DOUBLE_EQ(read_case(kBase, {"species.ammonia_n.decay.half_life=2 yr"}).species[0].decay.rate, two_years);
}

TEST(Overrides, ArrayEntryByNameOrIndex) {
  const Case c = read_case(kBase, {"wells[0].rate=-50", "wells.1.rate=-20 m3/d", "wells.PW-2.radius=25 cm",
                                   "species[1].limit=200"});
  EXPECT_DOUBLE_EQ(c.wells[0].rate.at(0.0), -50.0);
  EXPECT_DOUBLE_EQ(c.wells[1].rate.at(0.0), -20.0);
  EXPECT_DOUBLE_EQ(c.wells[1].radius, 0.25);
  EXPECT_DOUBLE_EQ(*c.species[1].limit, 200.0);
}

TEST(Overrides, CreatesTablesAndReplacesArrays) {
  const Case c = read_case(kBase, {"properties.layer.\"clay cap\".kh=0.001", "transport.advection=upwind",
                                   "time.outputs=[\"1 yr\", \"2 yr\"]"});
  ASSERT_EQ(c.properties.layer.size(), 1u);
  EXPECT_EQ(c.properties.layer[0].first.name, "clay cap");
  EXPECT_DOUBLE_EQ(*c.properties.layer[0].second.kh, 0.001);
  EXPECT_EQ(c.transport.advection, Transport::Advection::upwind);
  EXPECT_EQ(c.time.outputs, (std::vector<double>{kYear, 2 * kYear}));
}

TEST(Overrides, AppearInTheCaseText) {
  const Case c = read_case(kBase, {"species.ammonia_n.decay.half_life=2 yr"});
  EXPECT_THAT(c.text, ::testing::HasSubstr("half_life = '2 yr'"));
  EXPECT_THAT(c.text, ::testing::Not(::testing::HasSubstr("half_life = '1 yr'")));
}

TEST(Overrides, LaterOverrideWins) {
  const Case c = read_case(kBase, {"grid.nx=6", "grid.nx=7"});
  EXPECT_EQ(c.grid.nx, 7);
}

TEST(Overrides, InvalidValueNamesTheOverride) {
  EXPECT_EQ(problems({"grid.nx=5", "properties.porosity=1.5"}),
            std::vector<std::string>{"--set:2:1: properties.porosity: out of range (found 1.5, expected in (0, 1])"});
  EXPECT_EQ(problems({"species.ammonia_n.decay.half_life=2 furlong"}),
            std::vector<std::string>{"--set:1:1: species.ammonia_n.decay.half_life: unknown unit 'furlong', "
                                     "expected a time (found \"2 furlong\")"});
  EXPECT_EQ(problems({"flow.boundary[0].type=rivr"}),
            std::vector<std::string>{"--set:1:1: flow.boundary[0].type: unknown value 'rivr' (expected one of: "
                                     "head, flux, general_head, river, drain)"});
}

// A problem inside a table given whole names the key below the override.
TEST(Overrides, ProblemInsideATableValue) {
  EXPECT_EQ(problems({"species.ammonia_n.decay={ half_life = \"-1 yr\" }"}),
            std::vector<std::string>{"--set:1:1: species.ammonia_n.decay.half_life: out of range (found \"-1 yr\", "
                                     "expected > 0 d)"});
}

TEST(Overrides, UnknownKeyIsSuggested) {
  EXPECT_EQ(problems({"grid.nxx=400"}),
            std::vector<std::string>{"--set:1:1: grid.nxx: unknown key 'nxx' (did you mean 'nx'?)"});
  EXPECT_EQ(problems({"properties.layer.\"clay cap\".kx=1"}),
            std::vector<std::string>{
                "--set:1:1: properties.layer.\"clay cap\".kx: unknown key 'kx' (did you mean 'kh'?)"});
}

TEST(Overrides, UnknownEntryNameOrIndex) {
  EXPECT_EQ(problems({"species.ammonia.limit=1"}),
            std::vector<std::string>{
                "--set:1:1: species.ammonia.limit: no entry named 'ammonia' in species (did you mean 'ammonia_n'?)"});
  EXPECT_EQ(problems({"wells[5].rate=1"}),
            std::vector<std::string>{"--set:1:1: wells[5].rate: no entry [5] in wells (it has 2 entries)"});
}

TEST(Overrides, MalformedOverrides) {
  EXPECT_EQ(problems({"grid.nx"}),
            std::vector<std::string>{"--set:1:1: grid.nx: not an override (found \"grid.nx\", expected KEY=VALUE)"});
  EXPECT_EQ(problems({"grid.nx.foo=1"}),
            std::vector<std::string>{
                "--set:1:1: grid.nx.foo: grid.nx is integer, not a table (cannot set a key inside it)"});
  EXPECT_EQ(problems({"time.outputs=[1,"}),
            std::vector<std::string>{"--set:1:1: time.outputs: not a TOML value (found \"[1,\": Error while parsing "
                                     "array: encountered end-of-file)"});
  EXPECT_EQ(problems({"grid..nx=1"}).size(), 1u);
}

// Reported in the order of the command line, not in the order the reader visits sections
// ([grid] is read before [time]).
TEST(Overrides, ProblemsInCommandLineOrder) {
  const auto found = problems({"time.end=-1", "grid.nx=0"});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0], "--set:1:1: time.end: out of range (found -1, expected > 0 d)");
  EXPECT_EQ(found[1], "--set:2:1: grid.nx: out of range (found 0, expected >= 1)");
}

}  // namespace
}  // namespace gwp::model
