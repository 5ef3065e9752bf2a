// The command-line verbs, each a function from parsed arguments to an exit code.
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace gwp::app {

struct RunArguments {
  std::string case_file;
  std::string output_dir;               // empty: [output] dir of the case, else out/<case name>
  std::vector<std::string> overrides;   // --set KEY=VALUE
  int threads = 0;                      // 0: OpenMP's default
  bool quiet = false;
  bool force = false;                   // --force: run even when the model looks too large for the memory
};

int run_command(const RunArguments& args, std::ostream& out, std::ostream& err);
int check_command(const RunArguments& args, std::ostream& out, std::ostream& err);

}  // namespace gwp::app
