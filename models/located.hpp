// Choosing where to report a problem: the most precise location the case recorded.
#pragma once
#include "models/case.hpp"

namespace gwp::model {

// `precise` when the reader recorded it (a line number or a file), otherwise `fallback`.
inline const Location& located(const Location& precise, const Location& fallback) {
  return precise.line > 0 || !precise.file.empty() ? precise : fallback;
}

}  // namespace gwp::model
