// The sweep file is read like a case file (every problem at once, located), and its members are
// planned from it alone: sampled values inside their distributions, the same for the same seed,
// schedules scaled value by value, grids and lists member by member, and members the case
// refuses named before anything runs.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "models/diagnostics.hpp"
#include "sweep/member_plan.hpp"
#include "sweep/sweep_file.hpp"

namespace gwp::sweep {
namespace {

namespace fs = std::filesystem;

const std::string kQuickstart = std::string(GWPLUME_SOURCE_DIR) + "/cases/examples/quickstart.toml";

// A sweep file in a directory of its own, removed afterwards.
class SweepFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("gwp-sweep-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& text) {
    const fs::path p = dir_ / name;
    std::ofstream(p) << text;
    return p.string();
  }
  std::string sweep(const std::string& body) {
    return write("sweep.toml", "[sweep]\nname = \"t\"\nbase = \"" + kQuickstart + "\"\n" + body);
  }
  fs::path dir_;
};

std::string problems_of(const std::string& path) {
  try {
    read_sweep_file(path);
  } catch (const model::InputError& e) {
    return e.what();
  }
  return "";
}

TEST_F(SweepFileTest, EveryProblemAtOnceWithLineColumnAndKey) {
  const std::string path = sweep(
      "method = \"latin_hypercube\"\n"                                                          // 4: no members
      "[[sweep.parameter]]\n"
      "key = \"properties.kh\"\n"
      "distribution = { type = \"lognormal\", median = \"30 m/d\", sigma_log10 = -1 }\n"  // 7
      "[[sweep.parameter]]\n"
      "key = \"transport.dispersivity.longitudinal\"\n"
      "distribution = { type = \"uniform\", min = \"5 m\", max = \"30 m/d\" }\n"          // 10
      "[[sweep.parameter]]\n"
      "key = \"grid.nx\"\n"
      "levels = [10, 20]\n"                                                                // 13
      "[[sweep.correlation]]\n"
      "keys = [\"properties.kh\", \"properties.kv\"]\n"                                    // 15
      "rank = 1.5\n");                                                                     // 16
  const std::string text = problems_of(path);
  EXPECT_NE(text.find("sweep.members: missing key"), std::string::npos) << text;
  EXPECT_NE(text.find(":7:"), std::string::npos) << text;   // sigma_log10 not > 0
  EXPECT_NE(text.find(":10:"), std::string::npos) << text;  // a velocity among lengths
  EXPECT_NE(text.find("is a velocity, the parameter's first value is a length"), std::string::npos) << text;
  EXPECT_NE(text.find("not a sampled parameter of this sweep"), std::string::npos) << text;
  EXPECT_NE(text.find(":16:"), std::string::npos) << text;  // rank outside (-1, 1)
}

TEST_F(SweepFileTest, UnknownKeysAndAMissingBaseAreNamed) {
  const std::string path = write("sweep.toml",
                                 "[sweep]\nname = \"t\"\nbase = \"nowhere.toml\"\nmethod = \"monte_carlo\"\nmembers = 5\n"
                                 "sed = 3\n[[sweep.parameter]]\nkey = \"properties.kh\"\n"
                                 "distribution = { type = \"uniform\", min = 1, max = 2 }\n");
  const std::string text = problems_of(path);
  EXPECT_NE(text.find("no such case file"), std::string::npos) << text;
  EXPECT_NE(text.find("sweep.sed"), std::string::npos) << text;
  EXPECT_NE(text.find("seed"), std::string::npos) << text;  // the suggestion
}

TEST_F(SweepFileTest, SampledMembersStayInTheirDistributionsAndFollowTheSeed) {
  const std::string body =
      "method = \"latin_hypercube\"\nmembers = 40\nseed = 9\n"
      "[[sweep.parameter]]\nkey = \"transport.dispersivity.longitudinal\"\n"
      "distribution = { type = \"uniform\", min = \"500 cm\", max = \"30 m\" }\n";
  const SweepFile file = read_sweep_file(sweep(body));
  EXPECT_EQ(file.parameters[0].unit, "cm");  // the unit written first
  const MemberPlan plan = plan_members(file);
  ASSERT_EQ(plan.members.size(), 40u);
  std::set<int> strata;
  for (const Member& m : plan.members) {
    const double cm = std::stod(m.values[0]);
    EXPECT_GT(cm, 500.0);
    EXPECT_LT(cm, 3000.0);
    EXPECT_EQ(m.values[0].substr(m.values[0].size() - 3), " cm");
    strata.insert(int((cm - 500.0) / 2500.0 * 40.0));
    EXPECT_EQ(m.overrides[0], "transport.dispersivity.longitudinal=" + m.values[0]);
  }
  EXPECT_EQ(strata.size(), 40u) << "one member in each of the 40 strata";
  EXPECT_EQ(plan_members(read_sweep_file(sweep(body))).members[7].values, plan.members[7].values);
  check_members(file, plan);  // every member a valid case
}

// Levels beside sampled parameters are designs: every combination of the levels runs with the
// same sample of the others (so designs differ by the design alone).
TEST_F(SweepFileTest, LevelsInASampledSweepAreDesignsCrossedWithOneSample) {
  const SweepFile file = read_sweep_file(
      sweep("method = \"latin_hypercube\"\nmembers = 5\nseed = 4\n"
            "[[sweep.parameter]]\nkey = \"transport.dispersivity.longitudinal\"\nlevels = [\"5 m\", \"20 m\"]\n"
            "[[sweep.parameter]]\nkey = \"properties.kh\"\n"
            "distribution = { type = \"loguniform\", min = \"10 m/d\", max = \"50 m/d\" }\n"));
  const MemberPlan plan = plan_members(file);
  ASSERT_EQ(plan.members.size(), 10u) << "2 designs x 5 members";
  std::set<int> strata;
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(plan.members[i].values[0], "5 m");
    EXPECT_EQ(plan.members[5 + i].values[0], "20 m");
    EXPECT_EQ(plan.members[i].values[1], plan.members[5 + i].values[1]) << "the same sample for each design";
    EXPECT_EQ(plan.members[i].number, i + 1);
    const double kh = plan.members[i].numbers[1];
    strata.insert(int(std::log(kh / 10.0) / std::log(5.0) * 5.0));
  }
  EXPECT_EQ(strata.size(), 5u) << "the sampled parameter still a Latin hypercube";
  check_members(file, plan);

  const std::string levels_only = problems_of(sweep(
      "method = \"monte_carlo\"\nmembers = 5\n[[sweep.parameter]]\nkey = \"properties.kh\"\nlevels = [\"5 m/d\"]\n"));
  EXPECT_NE(levels_only.find("a sampled sweep needs at least one distribution or scale"), std::string::npos) << levels_only;
}

// key = [...]: one value for several keys, or one factor on each key's own value.
TEST_F(SweepFileTest, OneParameterMaySetSeveralKeys) {
  const SweepFile file = read_sweep_file(
      sweep("method = \"monte_carlo\"\nmembers = 4\n[[sweep.parameter]]\n"
            "key = [\"transport.dispersivity.transverse\", \"transport.dispersivity.vertical\"]\n"
            "scale = { type = \"choice\", values = [3] }\n"
            "[[sweep.parameter]]\nkey = [\"properties.kh\", \"properties.kv\"]\n"
            "distribution = { type = \"uniform\", min = \"1 m/d\", max = \"2 m/d\" }\n"));
  ASSERT_EQ(file.parameters[0].keys.size(), 2u);
  const MemberPlan plan = plan_members(file);
  EXPECT_EQ(plan.keys[0], "transport.dispersivity.transverse & transport.dispersivity.vertical");
  EXPECT_EQ(plan.override_columns, (std::vector<std::size_t>{0, 0, 1, 1}));
  const Member& m = plan.members[2];
  ASSERT_EQ(m.overrides.size(), 4u);
  EXPECT_EQ(m.overrides[0], "transport.dispersivity.transverse=3 m");  // 3 x 1 m
  EXPECT_EQ(m.overrides[1], "transport.dispersivity.vertical=0.15 m");  // 3 x 0.05 m
  EXPECT_EQ(m.overrides[2], "properties.kh=" + m.values[1]);
  EXPECT_EQ(m.overrides[3], "properties.kv=" + m.values[1]);
  EXPECT_DOUBLE_EQ(m.numbers[0], 3.0);
  check_members(file, plan);
  const std::string empty = problems_of(sweep(
      "method = \"monte_carlo\"\nmembers = 2\n[[sweep.parameter]]\nkey = []\nlevels = [\"1 m\"]\n"));
  EXPECT_NE(empty.find("sweep.parameter[0].key: no keys"), std::string::npos) << empty;
}

TEST_F(SweepFileTest, AScaleMultipliesEachValueOfASchedule) {
  const SweepFile file = read_sweep_file(
      sweep("method = \"monte_carlo\"\nmembers = 3\n[[sweep.parameter]]\nkey = \"landfills.landfill.leakage\"\n"
            "scale = { type = \"choice\", values = [2] }\n"));
  const MemberPlan plan = plan_members(file);
  // The quick-start case leaks [["0 d", "200 mm/yr"], ["20 yr", "40 mm/yr"]].
  EXPECT_EQ(plan.members[0].values[0], "[[\"0 d\", \"400 mm/yr\"], [\"20 yr\", \"80 mm/yr\"]]");
  check_members(file, plan);
  const SweepFile bad = read_sweep_file(
      sweep("method = \"monte_carlo\"\nmembers = 3\n[[sweep.parameter]]\nkey = \"landfills.nowhere.leakage\"\n"
            "scale = { type = \"uniform\", min = 0.5, max = 2 }\n"));
  EXPECT_THROW(plan_members(bad), model::InputError);
}

TEST_F(SweepFileTest, GridAndListMembers) {
  const SweepFile grid = read_sweep_file(
      sweep("method = \"grid\"\n[[sweep.parameter]]\nkey = \"transport.dispersivity.longitudinal\"\n"
            "levels = [\"5 m\", \"10 m\", \"20 m\"]\n[[sweep.parameter]]\nkey = \"properties.kh\"\n"
            "levels = [\"20 m/d\", \"40 m/d\"]\n"));
  const MemberPlan g = plan_members(grid);
  ASSERT_EQ(g.members.size(), 6u);
  EXPECT_EQ(g.members[1].values, (std::vector<std::string>{"5 m", "40 m/d"}));
  EXPECT_EQ(g.members[5].overrides[1], "properties.kh=40 m/d");
  check_members(grid, g);

  // Levels that are not quantities (a schedule, a word) go to the case as written.
  const SweepFile schedules = read_sweep_file(
      sweep("method = \"grid\"\n[[sweep.parameter]]\nkey = \"landfills.landfill.leakage\"\n"
            "levels = [[[\"0 d\", \"100 mm/yr\"]], [[\"0 d\", \"300 mm/yr\"], [\"20 yr\", \"30 mm/yr\"]]]\n"));
  const MemberPlan sg = plan_members(schedules);
  ASSERT_EQ(sg.members.size(), 2u);
  EXPECT_NE(sg.members[1].values[0].find("300 mm/yr"), std::string::npos) << sg.members[1].values[0];
  check_members(schedules, sg);
  EXPECT_EQ(sg.members[1].numbers[0], 2.0) << "a level without a number ranks by its place";
  const SweepFile bad_schedule = read_sweep_file(
      sweep("method = \"grid\"\n[[sweep.parameter]]\nkey = \"landfills.landfill.leakage\"\n"
            "levels = [[[\"0 d\", \"100 m/d/d\"]]]\n"));
  EXPECT_THROW(check_members(bad_schedule, plan_members(bad_schedule)), model::InputError) << "the case checks it";

  write("members.csv", "properties.kh, transport.dispersivity.longitudinal\n30 m/d, 10 m\n\"1e-4 m/s\", 15 m\n");
  const SweepFile list = read_sweep_file(sweep("method = \"list\"\nfile = \"members.csv\"\n"));
  const MemberPlan l = plan_members(list);
  ASSERT_EQ(l.members.size(), 2u);
  EXPECT_EQ(l.keys[1], "transport.dispersivity.longitudinal");
  EXPECT_EQ(l.members[1].overrides[0], "properties.kh=1e-4 m/s");
  check_members(list, l);
}

TEST_F(SweepFileTest, MembersTheCaseRefusesAreNamedBeforeAnyRuns) {
  // A normal Kh of mean 1 and sd 5 m/d: many members negative, which the case refuses.
  const SweepFile file = read_sweep_file(
      sweep("method = \"latin_hypercube\"\nmembers = 10\n[[sweep.parameter]]\nkey = \"properties.kh\"\n"
            "distribution = { type = \"normal\", mean = \"1 m/d\", sd = \"5 m/d\" }\n"));
  const MemberPlan plan = plan_members(file);
  try {
    check_members(file, plan);
    FAIL() << "negative conductivities accepted";
  } catch (const model::InputError& e) {
    const std::string text = e.what();
    EXPECT_NE(text.find("member "), std::string::npos) << text;
    EXPECT_NE(text.find("properties.kh = -"), std::string::npos) << text;
    EXPECT_NE(text.find("sweep.toml:6:"), std::string::npos) << text;  // the parameter's table
  }
  // Truncated at 0.1 m/d, every member is a valid case.
  const SweepFile truncated = read_sweep_file(
      sweep("method = \"latin_hypercube\"\nmembers = 10\n[[sweep.parameter]]\nkey = \"properties.kh\"\n"
            "distribution = { type = \"normal\", mean = \"1 m/d\", sd = \"5 m/d\", lower = \"0.1 m/d\" }\n"));
  check_members(truncated, plan_members(truncated));
}

// Hostile sweep files: values beyond 1e15 refused where written; a parameter refused for its key
// does not have its values reported as unknown keys; problems in the order of the file; a list
// file with a byte-order mark read, one that is not UTF-8 refused at its first bad byte.
TEST_F(SweepFileTest, HostileValuesAndLists) {
  const std::string text = problems_of(sweep(
      "method = \"latin_hypercube\"\nmembers = 3\ncolour = 1\n"                                 // 6: unknown
      "[[sweep.parameter]]\nkey = \"properties.kv\"\n"
      "distribution = { type = \"normal\", mean = \"1e308 m/d\", sd = 1e308 }\n"                  // 9
      "[[sweep.parameter]]\nkey = []\nlevels = [\"1 m/d\"]\n"));                                 // 11, 12
  const std::string f = (dir_ / "sweep.toml").string();
  EXPECT_EQ(text, f + ":6:1: sweep.colour: unknown key 'colour' (expected one of: name, base, method, members, seed, "
                      "file, parameter, correlation, collect)\n" +
                      f + ":9:42: sweep.parameter[0].distribution.mean: too large (found \"1e308 m/d\", expected a "
                      "magnitude of at most 1e+15)\n" +
                      f + ":9:60: sweep.parameter[0].distribution.sd: too large (found 1e+308, expected a magnitude of "
                      "at most 1e+15)\n" +
                      f + ":11:7: sweep.parameter[1].key: no keys (expected one key or a list of them)");

  write("members.csv", "\xEF\xBB\xBFproperties.kh\r\n30 m/d\r\n");
  const MemberPlan l = plan_members(read_sweep_file(sweep("method = \"list\"\nfile = \"members.csv\"\n")));
  ASSERT_EQ(l.keys, (std::vector<std::string>{"properties.kh"}));
  ASSERT_EQ(l.members.size(), 1u);
  EXPECT_EQ(l.members[0].overrides[0], "properties.kh=30 m/d");

  write("members.csv", "properties.kh\n30 m/d\n\xB5\xD7\n");
  try {
    plan_members(read_sweep_file(sweep("method = \"list\"\nfile = \"members.csv\"\n")));
    FAIL() << "a list that is not UTF-8 was read";
  } catch (const model::InputError& e) {
    EXPECT_EQ(std::string(e.what()), (dir_ / "members.csv").string() + ":3:1: sweep.file: not UTF-8 text: byte 0xB5 "
                                     "here (a binary file, or text saved as GBK or Latin-1: save it as \"CSV UTF-8\")");
  }
}

}  // namespace
}  // namespace gwp::sweep
