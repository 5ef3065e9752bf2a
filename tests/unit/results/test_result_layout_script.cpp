// check_result_layout.py (used by the command-line tests) accepts a result written by
// ResultWriter and rejects one that breaks docs/result-file.md. It runs under Debian's /usr/bin/python3,
// which has h5py; the test is skipped where that interpreter or h5py is missing.
#include <gtest/gtest.h>
#include <hdf5.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>

#include "result_fixture.hpp"
#include "results/h5/file.hpp"
#include "results/result_writer.hpp"

namespace gwp::results {
namespace {

using test::TempDir;

const std::string kPython = "/usr/bin/python3";
const std::string kScript =
    std::string(GWPLUME_SOURCE_DIR) + "/tests/unit/results/check_result_layout.py";

struct CommandOutput {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

CommandOutput run(const std::string& command) {
  CommandOutput result;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer{};
  while (std::fgets(buffer.data(), int(buffer.size()), pipe) != nullptr)
    result.output += buffer.data();
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// Where Debian's python3-h5py and python3-numpy install; looking is cheaper than starting Python.
bool h5py_available() {
  return std::filesystem::exists(kPython) &&
         std::filesystem::exists("/usr/lib/python3/dist-packages/h5py") &&
         std::filesystem::exists("/usr/lib/python3/dist-packages/numpy");
}

std::string written_result(const TempDir& dir) {
  const std::string path = dir.file("result.h5");
  const Grid grid = test::small_grid();
  ResultWriter writer(path, test::small_header(grid));
  test::feed(writer, grid);
  writer.finish_complete();
  return path;
}

TEST(ResultLayoutScript, AcceptsAWrittenResult) {
  if (!h5py_available()) FAIL() << kPython << " with h5py is not available (scripts/setup installs python3-h5py)";
  const TempDir dir("gwp-layout-accept");
  const std::string path = written_result(dir);
  const CommandOutput check = run(kPython + " " + kScript + " '" + path +
                                  "' --status complete --require flow --require monitoring");
  EXPECT_EQ(check.exit_code, 0) << check.output;
  EXPECT_NE(check.output.find("PASS"), std::string::npos) << check.output;
  EXPECT_NE(check.output.find("/flow/head: (2, 2, 3, 4)"), std::string::npos) << check.output;
  EXPECT_NE(check.output.find("all 15 datasets carry a 'units' attribute"), std::string::npos)
      << check.output;
}

TEST(ResultLayoutScript, RejectsADatasetWithoutUnits) {
  if (!h5py_available()) FAIL() << kPython << " with h5py is not available (scripts/setup installs python3-h5py)";
  const TempDir dir("gwp-layout-units");
  const std::string path = written_result(dir);
  {
    h5::File file = h5::File::open_read_write(path);
    const h5::Dataset head = file.root().open_dataset("/wells/AW-1/flow");
    ASSERT_GE(H5Adelete(head.id(), "units"), 0);
  }
  const CommandOutput check = run(kPython + " " + kScript + " '" + path + "'");
  EXPECT_EQ(check.exit_code, 1) << check.output;
  EXPECT_NE(check.output.find("FAIL"), std::string::npos) << check.output;
  EXPECT_NE(check.output.find("/wells/AW-1/flow"), std::string::npos) << check.output;
}

TEST(ResultLayoutScript, RejectsTheWrongStatus) {
  if (!h5py_available()) FAIL() << kPython << " with h5py is not available (scripts/setup installs python3-h5py)";
  const TempDir dir("gwp-layout-status");
  const std::string path = dir.file("result.h5");
  const Grid grid = test::small_grid();
  { ResultWriter writer(path, test::small_header(grid)); }
  const CommandOutput check =
      run(kPython + " " + kScript + " '" + partial_path(path) + "' --status complete");
  EXPECT_EQ(check.exit_code, 1) << check.output;
  EXPECT_NE(check.output.find("status 'interrupted', expected 'complete'"), std::string::npos)
      << check.output;
}

}  // namespace
}  // namespace gwp::results
