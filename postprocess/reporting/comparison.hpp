// Several results set side by side (`gwplume compare`): the first is the baseline. Figures are
// compared at the output times all results share; what differs between the results (output
// times, grids, species, status, case text) is said in notes rather than hidden. Each receptor of
// each scenario gets a verdict against class IV through the last common time.
#pragma once
#include <string>
#include <vector>

#include "postprocess/reporting/bore_comparison.hpp"
#include "postprocess/reporting/case_difference.hpp"
#include "postprocess/reporting/point_compliance.hpp"
#include "postprocess/reporting/result_figures.hpp"
#include "postprocess/reporting/wording.hpp"

namespace gwp::reporting {

struct ScenarioInfo {
  std::string label;      // unique among the scenarios: the case name, with the folder if needed
  std::string case_name;
  std::string title;
  std::string path;
  std::string status;
  std::string grid;       // "100 x 60 x 6"
  std::vector<double> times;  // d, its own output times
};

// One figure of every scenario at one common time.
struct ComparedRow {
  std::string species;
  double time = 0.0;  // d
  std::string quantity, subject;
  std::vector<double> values;  // per scenario; NaN where a scenario lacks it; round-off as 0
  double scale = 0.0;          // of this kind of figure of the species in any scenario (FigureScales)
};

struct VerdictRow {
  std::size_t scenario = 0;  // index into Comparison::scenarios
  std::string species, receptor, kind;
  ComplianceLimit limit;
  Compliance compliance;  // its peak with round-off as 0 (below kNoiseRatio of the species' concentrations)
};

struct Comparison {
  Wording wording;                       // its language; dates when every result has the same start date
  std::vector<ScenarioInfo> scenarios;   // [0]: the baseline
  std::vector<double> times;             // d, output times common to all
  double judged_through = 0.0;           // d, the verdicts' last time (NaN: each scenario's own end)
  std::vector<std::string> notes;
  std::vector<results::SpeciesLimits> species;    // every species of any scenario, baseline's first
  std::vector<ComparedRow> rows;         // by species, time, then figure order
  std::vector<VerdictRow> verdicts;      // by species, receptor, then scenario
  std::vector<BoreComparedRow> bores;    // what the abandoned wells carried, by species, time, well
  std::vector<CaseDifference> differences;  // per scenario against the baseline ([0] empty)
};

// Labels unique among `results`: the case name; where two share it, the name of the result's
// folder is added in brackets, and if that does not tell them apart either, "#<position>".
std::vector<std::string> scenario_labels(const std::vector<ResultFigures>& results);

// The times (d) of the first list that every other list holds too (same_time()).
std::vector<double> common_times(const std::vector<std::vector<double>>& lists);

// Throws std::invalid_argument for fewer than two results. Notes are written in `language`.
Comparison compare_results(const std::vector<ResultFigures>& results, Language language = Language::en);

}  // namespace gwp::reporting
