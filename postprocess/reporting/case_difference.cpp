#include "postprocess/reporting/case_difference.hpp"

#include <map>
#include <sstream>

namespace gwp::reporting {

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos) continue;
    lines.push_back(line.substr(first, line.find_last_not_of(" \t\r") - first + 1));
  }
  return lines;
}

// The lines of `from` left after taking away one occurrence per line of `other`.
std::vector<std::string> lines_without(const std::vector<std::string>& from, const std::vector<std::string>& other) {
  std::map<std::string, int> available;
  for (const std::string& l : other) ++available[l];
  std::vector<std::string> left;
  for (const std::string& l : from) {
    auto it = available.find(l);
    if (it != available.end() && it->second > 0) {
      --it->second;
      continue;
    }
    left.push_back(l);
  }
  return left;
}

}  // namespace

CaseDifference case_difference(const std::string& baseline, const std::string& scenario) {
  const std::vector<std::string> a = lines_of(baseline), b = lines_of(scenario);
  return {lines_without(a, b), lines_without(b, a)};
}

}  // namespace gwp::reporting
