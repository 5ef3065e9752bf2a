// `gwplume report SWEEP.h5 [-o DIR] [--lang en|zh]`: DIR/report.html and report.md of a sweep
// with its pictures beside them, the document built by postprocess/reporting from sweep.h5 and
// the pictures drawn here with postprocess/render (docs/sweeps.md).
#pragma once
#include <iosfwd>
#include <string>

#include "core/language.hpp"
#include "results/result_reader.hpp"

namespace gwp::app {

// Exit codes as `report`: 0 written, 3 files; a picture that cannot be drawn is named in the
// document. Throws what reading or writing throws.
int report_sweep(const results::ResultReader& reader, const std::string& dir, Language language, std::ostream& out,
                 std::ostream& err);

}  // namespace gwp::app
