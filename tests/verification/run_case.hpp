// Reads, builds and runs a case of cases/verification, keeping the results in memory.
#pragma once
#include <iomanip>
#include <sstream>
#include <string>
#include <vector>

#include "app/simulation.hpp"
#include "models/case_reader.hpp"
#include "models/model.hpp"
#include "recording_observer.hpp"

namespace gwp::testing {

struct CaseRun {
  model::Model model;
  RecordingObserver results;
  app::RunSummary summary;
};

// A measured figure as the test report (and docs/verification.md) shows it: 3 significant digits.
inline std::string figure(double v) {
  std::ostringstream s;
  s << std::setprecision(3) << v;
  return s.str();
}

inline std::string verification_case(const std::string& file) {
  return std::string(GWPLUME_SOURCE_DIR) + "/cases/verification/" + file;
}

inline CaseRun run_case(const std::string& file, const std::vector<std::string>& overrides = {}) {
  CaseRun r{model::build_model(model::read_case(verification_case(file), overrides)), {}, {}};
  r.summary = app::run_simulation(r.model, r.results);
  return r;
}

}  // namespace gwp::testing
