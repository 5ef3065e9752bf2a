#include "core/text_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "core/errors.hpp"

namespace gwp {

void write_text_whole(const std::string& path, const std::string& text) {
  const std::string partial = path + ".partial";
  std::FILE* f = std::fopen(partial.c_str(), "wb");
  if (!f) throw IoError("cannot write " + partial + ": " + std::strerror(errno));
  int error = 0;
  if (std::fwrite(text.data(), 1, text.size(), f) != text.size()) error = errno;
  // The buffered rest reaches the file system only here: its failure counts as much as a write's.
  if (std::fclose(f) != 0 && error == 0) error = errno;
  if (error == 0 && std::rename(partial.c_str(), path.c_str()) != 0) {
    error = errno;
    std::remove(partial.c_str());
    throw IoError("cannot rename " + partial + " to " + path + ": " + std::strerror(error));
  }
  if (error != 0) {
    std::remove(partial.c_str());
    throw IoError("cannot write " + path + ": " + std::strerror(error));
  }
}

}  // namespace gwp
