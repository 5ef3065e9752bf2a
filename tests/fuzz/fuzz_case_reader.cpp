// libFuzzer target: bytes -> a case file, read as `gwplume check` reads it (TOML, units,
// selections, `extends`, `--set` overrides), then the model built when it is small.
//
// The input is split into files written to a temporary folder of this process ($TMPDIR):
//   #set KEY=VALUE          0 to 4 lines at the very start: --set overrides, in order
//   ...                     case.toml, the case file
//   #file NAME              each such line starts another file of the folder (NAME: letters,
//   ...                     digits, '.', '_', '-'), for `extends` or a CSV the case names
// All are TOML comments, so a seed is still the case file it came from. scripts/fuzz builds the
// seeds from cases/ and tests/data/ with the files they extend or read embedded this way.
//
// A bad case must end as InputError (exit 2, every problem located in a file) or IoError
// (exit 3); any other exception, a crash or a sanitizer report is a finding.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <typeinfo>
#include <vector>

#include "app/memory_estimate.hpp"
#include "core/errors.hpp"
#include "models/case_reader.hpp"
#include "models/diagnostics.hpp"
#include "models/model.hpp"

namespace fs = std::filesystem;

namespace {

// Models up to this many cells are built too (build_model), as `check` does; bigger ones only read.
constexpr std::int64_t kBuildCells = 20000;

const fs::path& folder() {
  static const fs::path dir = [] {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/gwplume-fuzz-XXXXXX";
    if (!mkdtemp(pattern.data())) {
      std::perror("mkdtemp");
      std::abort();
    }
    return fs::path(pattern);
  }();
  return dir;
}

void remove_folder() {
  std::error_code ignored;
  fs::remove_all(folder(), ignored);
}

bool safe_name(std::string_view name) {
  if (name.empty() || name.size() > 64 || name.front() == '.') return false;
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-')) return false;
  return true;
}

void write(const fs::path& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), std::streamsize(text.size()));
}

[[noreturn]] void finding(const std::string& what) {
  std::fprintf(stderr, "fuzz_case_reader: %s\n", what.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  folder();
  std::atexit(remove_folder);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  // Never the network: GDAL opens /vsicurl/ paths and URLs, and a file the case names could be
  // a GDAL virtual dataset pointing at one.
  if (input.find("://") != std::string_view::npos || input.find("/vsi") != std::string_view::npos) return -1;

  std::vector<std::string> overrides;
  while (overrides.size() < 4 && input.starts_with("#set ")) {
    const std::size_t end = input.find('\n');
    overrides.emplace_back(input.substr(5, end == std::string_view::npos ? std::string_view::npos : end - 5));
    input.remove_prefix(end == std::string_view::npos ? input.size() : end + 1);
  }

  const fs::path& dir = folder();
  for (const auto& entry : fs::directory_iterator(dir)) fs::remove_all(entry.path());
  constexpr std::string_view marker = "\n#file ";
  std::size_t cut = input.find(marker);
  write(dir / "case.toml", input.substr(0, cut));
  while (cut != std::string_view::npos) {
    const std::size_t name_at = cut + marker.size();
    const std::size_t name_end = input.find('\n', name_at);
    const std::string_view name = input.substr(name_at, name_end == std::string_view::npos ? std::string_view::npos
                                                                                          : name_end - name_at);
    const std::size_t text_at = name_end == std::string_view::npos ? input.size() : name_end + 1;
    cut = input.find(marker, text_at);
    if (safe_name(name) && name != "case.toml")
      write(dir / std::string(name), input.substr(text_at, cut == std::string_view::npos ? std::string_view::npos
                                                                                         : cut - text_at));
  }

  try {
    const gwp::model::Case c = gwp::model::read_case((dir / "case.toml").string(), overrides);
    // As check: a model too large is refused (here for a machine of 256 MB), small ones built.
    const gwp::app::MemoryEstimate memory = gwp::app::estimate_memory(c);
    gwp::app::refuse_if_too_large(c, memory, 256e6);
    if (memory.cells <= kBuildCells) (void)gwp::model::build_model(c);
  } catch (const gwp::model::InputError& e) {
    if (e.problems.empty()) finding("InputError without a problem");
    for (const gwp::model::Diagnostic& p : e.problems)
      if (p.where.file.empty() || p.where.line < 1 || p.message.empty())
        finding("a problem without its file, line or message: " + p.format());
  } catch (const gwp::IoError&) {
  } catch (const std::exception& e) {
    finding(std::string("not an input error: ") + typeid(e).name() + ": " + e.what());
  }
  return 0;
}
