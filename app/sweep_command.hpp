// `gwplume sweep SWEEP.toml --plan`: the members of a sweep, each member's value of every
// parameter as the run would use it (CSV on standard output), every member checked against the
// base case's rules first (docs/sweeps.md).
#pragma once
#include <iosfwd>
#include <string>

namespace gwp::app {

struct SweepArguments {
  std::string sweep_file;
  bool plan = false;  // --plan: print and check the members, run nothing
};

// Exit codes: 0 planned; 2 a bad sweep file or a member the case refuses (every problem listed);
// 3 a file that cannot be read.
int sweep_command(const SweepArguments& args, std::ostream& out, std::ostream& err);

}  // namespace gwp::app
