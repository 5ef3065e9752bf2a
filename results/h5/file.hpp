// An HDF5 file on disk. Opening or creating one silences the library's error printing (see
// error.hpp). The file is opened with the "semi" close degree: closing it while a group or
// dataset is still open is an error rather than a silent delay, so close() means closed.
#pragma once
#include <string>

#include "results/h5/handle.hpp"
#include "results/h5/object.hpp"

namespace gwp::results::h5 {

class File {
 public:
  // Creates `path`, replacing any file of that name.
  static File create(const std::string& path);
  static File open_read_only(const std::string& path);
  static File open_read_write(const std::string& path);

  const std::string& path() const { return path_; }
  bool is_open() const { return handle_.valid(); }
  Group root() const;
  // Writes everything buffered to disk.
  void flush() const;
  // Closes the file; throws IoError if the library could not (e.g. an object is still open).
  void close();

 private:
  File(Handle handle, std::string path) : handle_(std::move(handle)), path_(std::move(path)) {}
  Handle handle_;
  std::string path_;
};

}  // namespace gwp::results::h5
