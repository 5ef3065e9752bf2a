// Text files written whole or not at all: a full disk (the partial file sent to /dev/full, which
// refuses every write with ENOSPC as a full file system does) leaves the older file as it was.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <unistd.h>

#include "core/errors.hpp"
#include "core/text_file.hpp"

namespace gwp {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

fs::path scratch(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("gwp_text_file_" + name + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

TEST(TextFile, WritesTheWholeTextAndLeavesNoPartialFile) {
  const fs::path dir = scratch("whole");
  const std::string path = (dir / "members.csv").string();
  const std::string text(100000, 'x');  // larger than any stream buffer
  write_text_whole(path, "old\n");
  write_text_whole(path, text);
  EXPECT_EQ(read(path), text);
  EXPECT_FALSE(fs::exists(path + ".partial"));
  fs::remove_all(dir);
}

TEST(TextFile, AFullDiskLeavesTheOlderFileAsItWas) {
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  const fs::path dir = scratch("full");
  const std::string path = (dir / "members.csv").string();
  write_text_whole(path, "member,status\n1,complete\n");
  for (const std::size_t size : {std::size_t(10), std::size_t(1) << 20}) {  // refused at close, and at a write
    fs::create_symlink("/dev/full", path + ".partial");
    try {
      write_text_whole(path, std::string(size, 'y'));
      ADD_FAILURE() << "a write to a full disk was taken as done";
    } catch (const IoError& e) {
      EXPECT_EQ(std::string(e.what()), "cannot write " + path + ": No space left on device");
    }
    EXPECT_EQ(read(path), "member,status\n1,complete\n");
    EXPECT_FALSE(fs::exists(fs::symlink_status(path + ".partial"))) << "the partial file is removed";
  }
  fs::remove_all(dir);
}

TEST(TextFile, AMissingFolderIsNamedWithTheReason) {
  const std::string path = (scratch("missing") / "no" / "such" / "file.csv").string();
  try {
    write_text_whole(path, "x");
    ADD_FAILURE() << "a file was written into a folder that does not exist";
  } catch (const IoError& e) {
    EXPECT_EQ(std::string(e.what()), "cannot write " + path + ".partial: No such file or directory");
  }
}

}  // namespace
}  // namespace gwp
