// What a scenario's case text changes against the baseline's, line by line: the lines only the
// baseline has and the lines only the scenario has (counted with repeats, in their own order).
// The result files store the case as run after --set overrides, so this shows the overrides and
// edits that make the scenario without reading the case format.
#pragma once
#include <string>
#include <vector>

namespace gwp::reporting {

struct CaseDifference {
  std::vector<std::string> removed;  // lines of the baseline the scenario lacks
  std::vector<std::string> added;    // lines of the scenario the baseline lacks
};

// Lines are compared with surrounding blanks ignored; blank lines are skipped.
CaseDifference case_difference(const std::string& baseline, const std::string& scenario);

}  // namespace gwp::reporting
