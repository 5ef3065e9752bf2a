// `gwplume sweep SWEEP.toml`: the members of a sweep, each checked against the base case's rules
// first, then run on this machine `--jobs` at a time into DIR/members/NNNN/, with
// DIR/members.csv saying what became of each, and their statistics collected into DIR/sweep.h5;
// `--plan` prints the members (CSV) and runs nothing; `--collect` only collects; `--member I`
// runs one member; `--slurm [--submit]` writes (and submits) a Slurm job array and its
// collecting job (docs/sweeps.md).
#pragma once
#include <iosfwd>
#include <cstddef>
#include <string>

namespace gwp::app {

struct SweepArguments {
  std::string sweep_file;
  std::string output_dir;     // empty: out/<sweep name>
  int jobs = 0;               // members at a time; 0: one per core
  bool plan = false;          // --plan: print and check the members, run nothing
  bool retry_failed = false;  // run again the members that failed before
  bool collect_only = false;  // --collect: (re)build DIR/sweep.h5 from the members present, run nothing
  std::size_t member = 0;     // --member I: run member I only (what a Slurm array task calls); 0: all
  bool slurm = false;         // --slurm: write DIR/sweep.sbatch and DIR/collect.sbatch
  bool submit = false;        // --submit: and submit them with sbatch
  std::string partition, time_limit;
  std::size_t array_limit = 0;
};

// Exit codes: 0 every member planned or complete; 4 some members failed (the others complete);
// 2 a bad sweep file or a member the case refuses (every problem listed, nothing run); 3 a file
// that cannot be read or written.
int sweep_command(const SweepArguments& args, std::ostream& out, std::ostream& err);

}  // namespace gwp::app
