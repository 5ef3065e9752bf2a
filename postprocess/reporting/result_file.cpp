#include "postprocess/reporting/result_file.hpp"

#include <array>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/errors.hpp"
#include "results/result_check.hpp"
#include "results/result_format.hpp"
#include "results/result_reader.hpp"

namespace gwp::reporting {

namespace {

// The HDF5 superblock signature; the library looks for it at offset 0 and at 512, 1024, 2048 ...
constexpr std::array<char, 8> kHdf5Signature{'\x89', 'H', 'D', 'F', '\r', '\n', '\x1a', '\n'};

bool has_signature_at(std::ifstream& in, std::uintmax_t offset) {
  std::array<char, 8> bytes{};
  in.clear();
  in.seekg(std::streamoff(offset));
  in.read(bytes.data(), std::streamsize(bytes.size()));
  return in.gcount() == std::streamsize(bytes.size()) && bytes == kHdf5Signature;
}

}  // namespace

void require_hdf5_file(const std::string& path) {
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (!std::filesystem::exists(status)) throw IoError(path + ": no such file");
  if (std::filesystem::is_directory(status)) {
    throw NotAResult(path + " is a directory, not a gwplume result file (give DIR/result.h5)");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(path + ": cannot be opened for reading (" + std::strerror(errno) + ")");
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (!error && size == 0) throw NotAResult(path + " is not a gwplume result file: it is empty (0 bytes)");
  for (std::uintmax_t offset = 0; !error && offset + kHdf5Signature.size() <= size;
       offset = offset == 0 ? 512 : 2 * offset) {
    if (has_signature_at(in, offset)) return;
  }
  throw NotAResult(path + " is not a gwplume result file: it is not an HDF5 file");
}

void require_gwplume_result(const results::ResultReader& reader) {
  const std::string& path = reader.path();
  if (!reader.has_attribute("/", "format")) {
    throw NotAResult(path + " is an HDF5 file but not a gwplume result: its root has no attribute "
                     "'format' (expected \"" + std::string(results::kResultFormat) + "\")");
  }
  const std::string format = reader.text_attribute("/", "format");
  if (format != results::kResultFormat) {
    throw NotAResult(path + " is not a gwplume result: its format is \"" + format + "\", expected \"" +
                     results::kResultFormat + "\"");
  }
  // The format version, status and layout: a damaged result is named with what is wrong.
  results::check_result(reader);
}

}  // namespace gwp::reporting
