// A sweep on a Slurm cluster: a job array whose task I runs member I (`gwplume sweep SWEEP.toml
// --member I`), and a collecting job that waits for the whole array (`afterany`, so failed
// members do not hold it back) and writes sweep.h5. The scripts only call gwplume; Slurm does
// the scheduling.
#pragma once
#include <cstddef>
#include <string>

namespace gwp::sweep {

struct SlurmRequest {
  std::string executable;   // absolute path of gwplume
  std::string sweep_file;   // absolute
  std::string sweep_dir;    // absolute
  std::string name;         // the sweep's name, for job names
  std::size_t members = 0;
  std::size_t array_limit = 0;  // most tasks at once (%K); 0: Slurm's choice
  std::string partition;        // empty: the cluster's default
  std::string time_limit;       // per member, as sbatch takes it ("2:00:00"); empty: the default
};

// `text` as one word for bash: in single quotes, a single quote written '\''.
std::string shell_quote(const std::string& text);

// DIR/sweep.sbatch: the job array, one member a task (1 .. members), one core each; each task's
// output in DIR/members/slurm-<job>_<task>.out. Every path quoted for bash.
std::string array_script(const SlurmRequest& r);

// DIR/collect.sbatch: `--collect` once the array has ended; its output in DIR/collect-<job>.out.
std::string collect_script(const SlurmRequest& r);

}  // namespace gwp::sweep
