// Every problem reading a case reports, as a user sees it ("file:line:column: key: message");
// empty when the case reads without one.
#pragma once
#include <string>
#include <vector>

#include "models/case_reader.hpp"

namespace gwp::model::test {

inline std::vector<std::string> case_problems(const std::string& file, const std::vector<std::string>& overrides = {}) {
  try {
    read_case(file, overrides);
  } catch (const InputError& e) {
    std::vector<std::string> out;
    for (const Diagnostic& d : e.problems) out.push_back(d.format());
    return out;
  }
  return {};
}

}  // namespace gwp::model::test
