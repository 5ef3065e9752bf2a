#include "sweep/slurm_scripts.hpp"

#include <cctype>

namespace gwp::sweep {

namespace {

// Slurm job names: letters, digits, '-', '_' and '.', so that squeue shows them plainly.
std::string job_name(const std::string& name) {
  std::string out = "gwplume-";
  for (char c : name) out += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.') ? c : '_';
  return out;
}

std::string common_options(const SlurmRequest& r) {
  std::string text;
  if (!r.partition.empty()) text += "#SBATCH --partition=" + r.partition + "\n";
  if (!r.time_limit.empty()) text += "#SBATCH --time=" + r.time_limit + "\n";
  return text;
}

}  // namespace

std::string shell_quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

namespace {

// One batch script: its purpose, its job name, the array line (empty: none), where its output
// goes (a quoted folder prefix and the job-id part bash fills in) and gwplume's options.
std::string batch_script(const SlurmRequest& r, const std::string& purpose, const std::string& name,
                         const std::string& array, const std::string& log_prefix, const std::string& log_id,
                         const std::string& options) {
  std::string text = "#!/bin/bash\n# " + purpose + ": written by gwplume sweep --slurm.\n";
  text += "#SBATCH --job-name=" + name + "\n" + array;
  text += "#SBATCH --ntasks=1\n#SBATCH --cpus-per-task=1\n";
  // #SBATCH lines cannot quote a path: the output goes where bash, which can, sends it.
  text += "#SBATCH --output=/dev/null\n" + common_options(r);
  text += "exec >>" + shell_quote(log_prefix) + log_id + ".out 2>&1\n";
  text += "exec " + shell_quote(r.executable) + " sweep " + shell_quote(r.sweep_file) + " -o " + shell_quote(r.sweep_dir) +
          " " + options + "\n";
  return text;
}

}  // namespace

std::string array_script(const SlurmRequest& r) {
  std::string array = "#SBATCH --array=1-" + std::to_string(r.members);
  if (r.array_limit > 0) array += "%" + std::to_string(r.array_limit);
  return batch_script(r, "The members of sweep " + r.name + ", one a task", job_name(r.name), array + "\n",
                      r.sweep_dir + "/members/slurm-", "\"$SLURM_ARRAY_JOB_ID\"_\"$SLURM_ARRAY_TASK_ID\"",
                      "--member \"$SLURM_ARRAY_TASK_ID\"");
}

std::string collect_script(const SlurmRequest& r) {
  return batch_script(r, "Collects sweep " + r.name + " once its array has ended", job_name(r.name) + "-collect", "",
                      r.sweep_dir + "/collect-", "\"$SLURM_JOB_ID\"", "--collect");
}

}  // namespace gwp::sweep
