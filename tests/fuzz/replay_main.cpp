// Runs a libFuzzer target without libFuzzer: every regular file named on the command line, or
// found under a folder named there (in name order), goes once through LLVMFuzzerTestOneInput.
// Built with each target into the ordinary build, so that the inputs a fuzzing run once crashed
// on (tests/data/fuzz-crashes/) and the hostile inputs are read again by every test run: a
// finding aborts the program and fails the test. Files over 1 MiB are skipped, as the fuzzer
// never makes them (-max_len).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxBytes = 1 << 20;

void collect(const fs::path& p, std::vector<fs::path>& files) {
  std::error_code ec;
  if (fs::is_directory(p, ec)) {
    for (const fs::directory_entry& e : fs::recursive_directory_iterator(p, ec))
      if (e.is_regular_file(ec) && e.file_size(ec) <= kMaxBytes) files.push_back(e.path());
  } else if (fs::is_regular_file(p, ec)) {
    files.push_back(p);
  } else {
    std::fprintf(stderr, "replay: %s is neither a file nor a folder\n", p.c_str());
    std::exit(2);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) collect(argv[i], files);
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  }
  std::printf("replay: %zu inputs, no finding\n", files.size());
  return files.empty() ? 1 : 0;
}
