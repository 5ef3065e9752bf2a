// `gwplume compare A.h5 B.h5 ... [-o DIR]`: the first result is the baseline. Writes DIR/compare.csv
// (every figure, every scenario, every common output time, with the change against the baseline),
// DIR/verdict.csv, DIR/compare.md and DIR/compare.html, and line charts beside them
// (docs/report-and-compare.md).
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace gwp::app {

struct CompareArguments {
  std::vector<std::string> results;  // two or more result files, the baseline first
  std::string output_dir;            // empty: out/compare
  std::string language = "en";       // --lang: "en" or "zh"
};

// Exit codes: 0 written; 2 fewer than two results, a file that is not a gwplume result, or a
// language other than en and zh;
// 3 a file that cannot be read, or an output that cannot be written.
int compare_command(const CompareArguments& args, std::ostream& out, std::ostream& err);

}  // namespace gwp::app
