// The Slurm scripts: every path one word for bash whatever it holds, the array's range and
// limit, the collecting job's command. (tests/cli/test_sweep.sh runs them with bash, and
// scripts/slurm-check through a real Slurm.)
#include <gtest/gtest.h>

#include "sweep/slurm_scripts.hpp"

namespace gwp::sweep {
namespace {

TEST(SlurmScripts, PathsAreQuotedForBash) {
  EXPECT_EQ(shell_quote("plain"), "'plain'");
  EXPECT_EQ(shell_quote("a b"), "'a b'");
  EXPECT_EQ(shell_quote("it's"), "'it'\\''s'");
  EXPECT_EQ(shell_quote("$HOME \"x\""), "'$HOME \"x\"'");
}

TEST(SlurmScripts, ArrayAndCollectingJob) {
  SlurmRequest r;
  r.executable = "/opt/gw plume/gwplume";
  r.sweep_file = "/data/l1 sweep.toml";
  r.sweep_dir = "/scratch/it's";
  r.name = "l1 nh4";
  r.members = 200;
  r.array_limit = 16;
  r.partition = "normal";
  const std::string a = array_script(r);
  EXPECT_NE(a.find("#SBATCH --array=1-200%16\n"), std::string::npos) << a;
  EXPECT_NE(a.find("#SBATCH --job-name=gwplume-l1_nh4\n"), std::string::npos) << a;
  EXPECT_NE(a.find("#SBATCH --partition=normal\n"), std::string::npos) << a;
  EXPECT_EQ(a.find("--time"), std::string::npos) << "no time limit asked for";
  EXPECT_NE(a.find("exec '/opt/gw plume/gwplume' sweep '/data/l1 sweep.toml' -o '/scratch/it'\\''s' --member \"$SLURM_ARRAY_TASK_ID\"\n"),
            std::string::npos)
      << a;
  const std::string c = collect_script(r);
  EXPECT_NE(c.find("--collect\n"), std::string::npos) << c;
  EXPECT_EQ(c.find("--array"), std::string::npos) << c;
  r.array_limit = 0;
  EXPECT_NE(array_script(r).find("#SBATCH --array=1-200\n"), std::string::npos);
}

}  // namespace
}  // namespace gwp::sweep
