// `extends`: a scenario changes a base case key by key. Checked on tests/data/cases/base.toml and
// the scenarios that extend it: tables merge, arrays of tables change entry by entry by name,
// other arrays are replaced, and relative paths resolve next to the file that names them.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "models/case_reader.hpp"
#include "models/diagnostics.hpp"

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

// Problems of a case as formatted, none when it reads.
std::vector<std::string> problems_of(const std::string& path) {
  try {
    read_case(path);
  } catch (const InputError& e) {
    std::vector<std::string> out;
    for (const Diagnostic& d : e.problems) out.push_back(d.format());
    return out;
  }
  return {};
}

// A chain of 32 files reads; the 33rd file is refused where the 32nd names it.
TEST(Extends, ChainOfAtMost32Files) {
  const fs::path dir = fs::temp_directory_path() / ("gwp_extends_chain_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::copy_file(kCases + "base.toml", dir / "c0.toml", fs::copy_options::overwrite_existing);
  fs::copy_file(kCases + "top.csv", dir / "top.csv", fs::copy_options::overwrite_existing);
  for (int k = 1; k <= 32; ++k)
    std::ofstream(dir / ("c" + std::to_string(k) + ".toml")) << "extends = \"c" << k - 1 << ".toml\"\n";
  EXPECT_TRUE(problems_of((dir / "c31.toml").string()).empty());
  const auto found = problems_of((dir / "c32.toml").string());
  ASSERT_EQ(found.size(), 1u);
  const std::string c = (dir / "c").string();
  EXPECT_EQ(found[0], c + "1.toml:1:11: extends: too many levels of extends (" + c + "32.toml -> ... -> " + c +
                          "1.toml -> " + c + "0.toml makes more than 32 files; expected at most 32)");
  fs::remove_all(dir);
}

// An entry name the scenario itself uses twice is a duplicate, not two changes of one entry.
TEST(Extends, NameTwiceInTheScenarioIsADuplicate) {
  const fs::path dir = fs::temp_directory_path() / ("gwp_extends_twice_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "twice.toml") << "extends = \"" << kCases << "base.toml\"\n"
                                    << "[[species]]\nname = \"chloride\"\nlimit = 300.0\n"
                                    << "[[species]]\nname = \"chloride\"\nlimit = 250.0\n";
  const auto found = problems_of((dir / "twice.toml").string());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0], (dir / "twice.toml").string() + ":6:8: species[2].name: duplicate species name 'chloride' "
                                                      "(first used at " + (dir / "twice.toml").string() + ":3:8)");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace gwp::model
