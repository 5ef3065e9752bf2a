// FolderLock: the holder named in the lock file, a second lock refused naming it, the lock free
// again once its holder is gone, and a folder that cannot be made reported with the system's reason.
#include "results/folder_lock.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <optional>
#include <sstream>

#include "result_fixture.hpp"

namespace gwp::results {
namespace {

using test::TempDir;

std::string text_of(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string this_host() {
  char name[256] = {};
  gethostname(name, sizeof name - 1);
  return name;
}

TEST(FolderLock, MakesTheFolderAndNamesItsHolder) {
  const TempDir dir("gwp-folder-lock");
  const std::string folder = dir.file("a/b");
  const FolderLock lock(folder);
  EXPECT_TRUE(std::filesystem::is_directory(folder));
  EXPECT_EQ(text_of(folder + "/.gwplume.lock"), "pid " + std::to_string(getpid()) + " on " + this_host() + "\n");
}

TEST(FolderLock, SecondLockRefusedNamingTheHolderThenFreeAgain) {
  const TempDir dir("gwp-folder-lock");
  const std::string folder = dir.file("out");
  std::optional<FolderLock> first(std::in_place, folder);
  // flock belongs to the open file, so a second open in the same process is refused as another
  // process's would be.
  try {
    const FolderLock second(folder);
    FAIL() << "a second lock of a held folder was taken";
  } catch (const FolderInUse& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("the output folder " + folder + " is in use"), std::string::npos) << message;
    EXPECT_NE(message.find("pid " + std::to_string(getpid()) + " on " + this_host()), std::string::npos) << message;
  }
  first.reset();
  EXPECT_EQ(text_of(folder + "/.gwplume.lock"), "");  // released: no holder named
  const FolderLock again(folder);
  EXPECT_EQ(text_of(folder + "/.gwplume.lock"), "pid " + std::to_string(getpid()) + " on " + this_host() + "\n");
}

TEST(FolderLock, FolderUnderAPlainFileIsAnIoErrorWithTheReason) {
  const TempDir dir("gwp-folder-lock");
  std::ofstream(dir.file("plain")) << "x";
  try {
    const FolderLock lock(dir.file("plain/out"));
    FAIL() << "a folder under a plain file was locked";
  } catch (const FolderInUse&) {
    FAIL() << "reported as in use";
  } catch (const IoError& e) {
    EXPECT_EQ(std::string(e.what()), "cannot create the output folder " + dir.file("plain/out") + ": Not a directory");
  }
}

}  // namespace
}  // namespace gwp::results
