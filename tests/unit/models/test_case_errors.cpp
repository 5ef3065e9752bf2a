// Bad case files (tests/data/broken): each holds one kind of problem, and the reader must report
// exactly that problem at the file, line, column and key where it was written, with a message
// that says what was found and what was expected. The expected texts are written out in full:
// they are what a user sees.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "models/case_reader.hpp"
#include "models/model.hpp"

namespace gwp::model {
namespace {

const std::string kBroken = std::string(GWPLUME_TEST_DATA) + "/broken/";

std::vector<std::string> problems(const std::string& file, const std::vector<std::string>& overrides = {}) {
  try {
    read_case(kBroken + file, overrides);
  } catch (const InputError& e) {
    std::vector<std::string> out;
    for (const Diagnostic& d : e.problems) out.push_back(d.format());
    return out;
  }
  return {};
}

struct OneProblem {
  const char* file;
  const char* expected;  // the formatted diagnostic after "<path>"
};

class BrokenCase : public ::testing::TestWithParam<OneProblem> {};

TEST_P(BrokenCase, ReportsTheOneProblemWhereItIs) {
  const OneProblem& p = GetParam();
  const auto found = problems(p.file);
  ASSERT_EQ(found.size(), 1u) << (found.empty() ? std::string("no problem reported") : found.front());
  EXPECT_EQ(found[0], kBroken + p.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Files, BrokenCase,
    ::testing::Values(
        OneProblem{"unknown_key.toml",
                   "unknown_key.toml:2:1: grid.rotaton: unknown key 'rotaton' (did you mean 'rotation'?)"},
        OneProblem{"unknown_unit.toml",
                   "unknown_unit.toml:10:6: properties.kh: unknown unit 'furlong' in 'furlong/d', expected a "
                   "velocity (found \"10 furlong/d\")"},
        OneProblem{"misspelt_unit.toml",
                   "misspelt_unit.toml:17:7: time.end: unknown unit 'y' (did you mean 'yr'?), expected a time "
                   "(found \"20 y\")"},
        OneProblem{"wrong_dimension.toml",
                   "wrong_dimension.toml:17:7: time.end: unit 'm/s' is a velocity, expected a time "
                   "(found \"20 m/s\")"},
        OneProblem{"out_of_range.toml",
                   "out_of_range.toml:11:12: properties.porosity: out of range (found 1.3, expected in (0, 1])"},
        OneProblem{"wrong_type.toml",
                   "wrong_type.toml:2:6: grid.nx: wrong type (found a string, expected an integer)"},
        OneProblem{"missing_required.toml", "missing_required.toml:16:1: time.end: missing required key"},
        OneProblem{"bad_enum.toml",
                   "bad_enum.toml:20:8: flow.mode: unknown value 'stedy' (expected one of: steady, transient)"},
        OneProblem{"undeclared_species.toml",
                   "undeclared_species.toml:21:19: flow.recharge.concentration.chlorid: species 'chlorid' is "
                   "not declared in [[species]] (did you mean 'chloride'?)"},
        OneProblem{"unknown_layer.toml",
                   "unknown_layer.toml:12:7: properties.layer.\"clay kap\": no layer named 'clay kap' in "
                   "grid.layers (did you mean 'clay cap'?)"},
        OneProblem{"syntax_error.toml",
                   "syntax_error.toml:3:6: TOML syntax error: Error while parsing value: could not determine "
                   "value type"}),
    [](const auto& info) {
      std::string name = info.param.file;
      return name.substr(0, name.find('.'));
    });

// The base path in the message is the one the reader looked for, next to the extending file.
TEST(CaseErrors, MissingBaseNamesThePathLookedFor) {
  const auto found = problems("missing_extends.toml");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0], kBroken + "missing_extends.toml:1:11: extends: base case file not found (found "
                                "\"no_such_base.toml\", looked for \"" + kBroken + "no_such_base.toml\")");
}

TEST(CaseErrors, ExtendsCycleIsReportedWhereItCloses) {
  const auto found = problems("cycle_a.toml");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0], kBroken + "cycle_b.toml:1:11: extends: cycle of extends (" + kBroken + "cycle_a.toml -> " +
                          kBroken + "cycle_b.toml -> " + kBroken + "cycle_a.toml)");
}

// Every problem of a file, in the order of the file, although the reader visits [grid] before
// [[species]] before [time] and the file has them the other way round.
TEST(CaseErrors, SeveralAllReportedInFileOrder) {
  const auto found = problems("multiple_errors.toml");
  const std::string f = kBroken + "multiple_errors.toml";
  const std::vector<std::string> expected = {
      f + ":4:12: time.outputs[0]: out of range (found \"20 d\", expected in (0, 10] d)",
      f + ":8:9: species[0].limit: out of range (found -1.0, expected > 0 mg/L)",
      f + ":11:6: grid.nx: out of range (found 0, expected >= 1)",
      f + ":17:1: grid.colour: unknown key 'colour' (expected one of: origin, rotation, crs, nx, ny, dx, dy, top, "
          "layers, active)",
      f + ":22:18: properties.specific_yield: unit 'm' is a length, expected a number (found \"0.2 m\")",
  };
  EXPECT_EQ(found, expected);
}

// A problem in a base file is reported in the base file; the extending file's come first.
TEST(CaseErrors, ExtendsEachProblemInTheFileThatHasIt) {
  const auto found = problems("scenario_of_bad_base.toml");
  const std::vector<std::string> expected = {
      kBroken + "scenario_of_bad_base.toml:5:12: properties.porosity: out of range (found 1.3, expected in (0, 1])",
      kBroken + "bad_base.toml:8:1: grid.colour: unknown key 'colour' (expected one of: origin, rotation, crs, nx, "
                "ny, dx, dy, top, layers, active)",
  };
  EXPECT_EQ(found, expected);
}

// The InputError's what() holds every problem, one per line, for the command line to print.
TEST(CaseErrors, WhatListsEveryProblem) {
  try {
    read_case(kBroken + "multiple_errors.toml");
    FAIL() << "no InputError";
  } catch (const InputError& e) {
    const std::string what = e.what();
    EXPECT_EQ(std::count(what.begin(), what.end(), '\n'), 4);
  }
}

// Validation rules beyond the broken files, each provoked by one override of the valid base case.
// An override replacing a whole value is reported at "--set"; keys that the change makes wrong
// where they stand are reported in the file.
struct RuleCase {
  const char* override_text;
  std::vector<std::string> expected;  // "{base}" stands for the base file's path
};

class ValidationRule : public ::testing::TestWithParam<RuleCase> {};

TEST_P(ValidationRule, ReportedWithLocation) {
  const std::string base = std::string(GWPLUME_TEST_DATA) + "/cases/base.toml";
  std::vector<std::string> found;
  try {
    read_case(base, {GetParam().override_text});
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.problems) found.push_back(d.format());
  }
  std::vector<std::string> expected;
  for (std::string line : GetParam().expected) {
    const auto at = line.find("{base}");
    if (at != std::string::npos) line.replace(at, 6, base);
    expected.push_back(line);
  }
  EXPECT_EQ(found, expected);
}

INSTANTIATE_TEST_SUITE_P(
    Rules, ValidationRule,
    ::testing::Values(
        RuleCase{"grid.layers=[{name=\"a\",bottom=5.0},{name=\"b\",bottom=6.0}]",
                 {"{base}:39:11: wells[1].layers[0]: no layer named 'lower aquifer' in grid.layers (layers: 'a', "
                  "'b')",
                  "--set:1:1: grid.layers[1].bottom: not below the surface above (found 6.0, expected < 5 m, the "
                  "bottom of layer 'a')"}},
        RuleCase{"grid.dx=[1.0, 2.0]", {"--set:1:1: grid.dx: wrong size (found 2 widths, expected nx = 4)"}},
        RuleCase{"grid.layers[1].split=0", {"--set:1:1: grid.layers[1].split: out of range (found 0, expected >= 1)"}},
        RuleCase{"wells[1].name=PW-1",
                 {"--set:1:1: wells[1].name: duplicate well name 'PW-1' (first used at {base}:31:8)"}},
        RuleCase{"species[1].name=ammonia_n",
                 {"--set:1:1: species[1].name: duplicate species name 'ammonia_n' (first used at {base}:43:8)"}},
        RuleCase{"time.outputs=[\"2 yr\",\"1 yr\"]",
                 {"--set:1:1: time.outputs[1]: times out of order (found \"1 yr\", expected a time after 730.5 d)"}},
        RuleCase{"flow.boundary[0].stage=3.0",
                 {"--set:1:1: flow.boundary[0].stage: does not apply to a head boundary (expected 'head')"}},
        RuleCase{"flow.boundary[0].type=river",
                 {"{base}:25:1: flow.boundary[0].stage: missing required key",
                  "{base}:25:1: flow.boundary[0].bed_conductance: missing required key (expected bed_conductance, or "
                  "bed_k with bed_thickness)",
                  "{base}:25:1: flow.boundary[0].bottom: missing required key",
                  "{base}:28:8: flow.boundary[0].head: does not apply to a river boundary (expected 'stage')"}},
        RuleCase{"flow.boundary[0].polygon=[[0,0],[1,0],[1,1]]",
                 {"--set:1:1: flow.boundary[0].polygon: conflicts with 'side' (expected only one of side, polygon, "
                  "box, at, cells, line)"}},
        RuleCase{"species[0].decay.rate=0.1",
                 {"--set:1:1: species[0].decay.rate: conflicts with 'half_life' (expected either half_life or rate)"}},
        RuleCase{"species[0].sorption.model=langmuir",
                 {"{base}:44:12: species[0].sorption.langmuir_k: missing required key",
                  "{base}:44:12: species[0].sorption.capacity: missing required key",
                  "{base}:44:37: species[0].sorption.kd: does not apply to sorption model 'langmuir'"}},
        RuleCase{"wells[0].screen=[1.0, 2.0]",
                 {"--set:1:1: wells[0].screen: top not above bottom (found [ 1.0, 2.0 ], expected [top, bottom] with "
                  "top > bottom)"}},
        RuleCase{"wells[1].layers=[7]",
                 {"--set:1:1: wells[1].layers[0]: no layer 7 (grid.layers has 3 layers, numbered from 1)"}},
        RuleCase{"flow.layer_type.aquifer=confined",
                 {"--set:1:1: flow.layer_type.aquifer: no layer named 'aquifer' in grid.layers (layers: 'clay cap', "
                  "'upper aquifer', 'lower aquifer')"}},
        RuleCase{"wells[0].concentration={ nitrate = 1.0 }",
                 {"--set:1:1: wells[0].concentration.nitrate: species 'nitrate' is not declared in [[species]] "
                  "(declared: ammonia_n, chloride)"}},
        // Magnitudes beyond 1e15 of the internal unit, as written or after conversion.
        RuleCase{"properties.kh=1e308",
                 {"--set:1:1: properties.kh: too large (found 1e+308, expected a magnitude of at most 1e+15 m/d)"}},
        RuleCase{"wells[0].rate=1e308 km3/d",
                 {"--set:1:1: wells[0].rate: too large (found \"1e308 km3/d\", expected a magnitude of at most "
                  "1e+15 m3/d)"}},
        RuleCase{"time.end=1e999 d",
                 {"--set:1:1: time.end: out of range, expected a time of magnitude at most 1e+15 d (found "
                  "\"1e999 d\")"}},
        RuleCase{"properties.porosity=-0.1",
                 {"--set:1:1: properties.porosity: out of range (found -0.1, expected in (0, 1])"}},
        // A half-life whose rate ln 2 / t would be infinite.
        RuleCase{"species[0].decay.half_life=1e-320",
                 {"--set:1:1: species[0].decay.half_life: too short (found 1e-320, expected a half-life of at least "
                  "6.931471806e-16 d)"}},
        // Integers checked in 64 bits, not wrapped round to a small int.
        RuleCase{"flow.boundary[0].layers=[4294967297]",
                 {"--set:1:1: flow.boundary[0].layers[0]: no layer 4294967297 (grid.layers has 3 layers, numbered "
                  "from 1)"}},
        RuleCase{"flow.max_iterations=4294967297",
                 {"--set:1:1: flow.max_iterations: out of range (found 4294967297, expected in [1, 2147483647])"}},
        RuleCase{"flow.boundary[0]={ type = \"head\", cells = [[4294967298, 1, 1]], head = 9.0 }",
                 {"--set:1:1: flow.boundary[0].cells[0][0]: out of range (found 4294967298, expected in [1, "
                  "2147483647])"}},
        // A bow-tie has no inside.
        RuleCase{"grid.active=[[0.0, 0.0], [40.0, 30.0], [40.0, 0.0], [0.0, 30.0]]",
                 {"--set:1:1: grid.active: the polygon is not a simple outline: edge 1 (0, 0) - (40, 30) crosses or "
                  "touches edge 3 (40, 0) - (0, 30) (expected vertices in order round the area, either way; split a "
                  "figure of eight into two polygons)"}},
        // A species named in another script is a name like any other.
        RuleCase{"species[1].name=氨氮", {}},
        RuleCase{"species[1].name=ammonia n",
                 {"--set:1:1: species[1].name: not a valid species name (found \"ammonia n\", expected letters (any "
                  "script), digits, '_' and '-' only, as in \"ammonia_n\" or \"氨氮\")"}},
        // Control characters: refused in names, escaped in every message (an escape sequence in a
        // key must not reach the terminal); a case name that would write beside out/.
        RuleCase{"wells[0].name=\"PW-1\\u001b[2J\"",
                 {"--set:1:1: wells[0].name: a control character (found \"PW-1\\x1B[2J\", expected printable text: "
                  "it is shown in messages, pictures and reports)"}},
        RuleCase{"flow.mode=\"stea\\u0007dy\"",
                 {"--set:1:1: flow.mode: unknown value 'stea\\x07dy' (expected one of: steady, transient)"}},
        RuleCase{"case.name=..",
                 {"--set:1:1: case.name: not a usable case name (found \"..\", expected a non-empty name without '/', "
                  "not . or ..)"}},
        // The tables along an override's key are created: no deeper than a case's own keys.
        RuleCase{"a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a=1",
                 {"--set:1:1: a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a: a key nested too deep (found 17 parts, expected at "
                  "most 16)"}}),
    [](const ::testing::TestParamInfo<RuleCase>& info) {
      // Named after the key overridden and the rule's place: "wells_1__name_3" for wells[1].name.
      std::string name = info.param.override_text;
      name = name.substr(0, name.find('='));
      for (char& ch : name)
        if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
      return name + "_" + std::to_string(info.index);
    });

// The flow's linear solver: the three choices reach the solver's settings; anything else is
// refused at its key with the choices.
TEST(CaseErrors, FlowLinearSolverChoices) {
  const std::string base = std::string(GWPLUME_TEST_DATA) + "/cases/base.toml";
  EXPECT_EQ(read_case(base, {}).flow.linear_solver, Flow::LinearSolver::automatic);
  EXPECT_EQ(read_case(base, {"flow.linear_solver=\"amg\""}).flow.linear_solver, Flow::LinearSolver::multigrid);
  EXPECT_EQ(read_case(base, {"flow.linear_solver=\"ilu\""}).flow.linear_solver,
            Flow::LinearSolver::incomplete_factor);
  EXPECT_EQ(build_model(read_case(base, {"flow.linear_solver=\"amg\""})).flow.settings.linear_solver,
            solver::FlowLinearSolver::multigrid);
  try {
    read_case(base, {"flow.linear_solver=\"fast\""});
    FAIL() << "an unknown linear solver was accepted";
  } catch (const InputError& e) {
    ASSERT_EQ(e.problems.size(), 1u);
    const std::string message = e.problems[0].format();
    EXPECT_EQ(message.rfind("--set:1:1: flow.linear_solver: ", 0), 0u) << message;
    EXPECT_NE(message.find("amg"), std::string::npos) << message;
  }
}

// Transient steps that would never reach the end (7e12 of them) are counted up to ten million
// when the model is built, not listed: check stopped there for ever.
TEST(CaseErrors, EndlessTransientStepsRefused) {
  const std::string base = std::string(GWPLUME_TEST_DATA) + "/cases/base.toml";
  const Case c = read_case(
      base, {"flow={ mode = \"transient\", initial_head = 9.0, initial_step = 1e-9, step_multiplier = 1.0 }"});
  try {
    build_model(c);
    FAIL() << "the model was built";
  } catch (const InputError& e) {
    ASSERT_EQ(e.problems.size(), 1u);
    EXPECT_EQ(e.problems[0].format(), "--set:1:1: flow.initial_step: the transient flow would take more than 10000000 "
                                      "steps (initial_step 1e-09 d, step_multiplier 1, to 7305 d); raise "
                                      "initial_step, step_multiplier or time.max_step");
  }
  EXPECT_NO_THROW(build_model(read_case(base, {"flow={ mode = \"transient\", initial_head = 9.0 }"})));
}

// A restart's earlier result must be there and be HDF5 when the model is built (check), not only
// when the run reads it.
TEST(CaseErrors, RestartFromAFileThatIsNotAResult) {
  const std::string base = std::string(GWPLUME_TEST_DATA) + "/cases/base.toml";
  const std::string csv = std::string(GWPLUME_TEST_DATA) + "/cases/top.csv";
  const Case c = read_case(base, {"species.chloride.initial={ from = \"/no/such/result.h5\", time = 0 }",
                                  "species.ammonia_n.initial={ from = \"" + csv + "\", time = 0 }"});
  try {
    build_model(c);
    FAIL() << "the model was built";
  } catch (const InputError& e) {
    ASSERT_EQ(e.problems.size(), 2u);
    EXPECT_EQ(e.problems[0].format(), "--set:2:1: species.ammonia_n.initial.from: not an HDF5 file (found \"" + csv +
                                          "\", expected the result.h5 of an earlier run)");
    EXPECT_EQ(e.problems[1].format(), "--set:1:1: species.chloride.initial.from: file not found (found "
                                      "\"/no/such/result.h5\", expected the result.h5 of an earlier run)");
  }
}

}  // namespace
}  // namespace gwp::model
