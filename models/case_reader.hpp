// Reading a case file (docs/case-format.md) into a checked, plain Case in internal units.
#pragma once
#include <string>
#include <vector>

#include "models/case.hpp"
#include "models/diagnostics.hpp"

namespace gwp::model {

// Reads `path`, applies `extends` chains and then `overrides` ("KEY=VALUE" strings as given to
// --set), validates everything and returns the case; throws InputError holding EVERY problem
// found, sorted by file (the case file, then the files it extends, then the overrides), line and
// column; a missing `path` is such a problem too. Throws gwp::IoError when `path` exists but
// cannot be read.
Case read_case(const std::string& path, const std::vector<std::string>& overrides = {});

}  // namespace gwp::model
