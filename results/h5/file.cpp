#include "results/h5/file.hpp"

namespace gwp::results::h5 {

namespace {

Handle access_properties(const Where& where) {
  Handle access(check_id(H5Pcreate(H5P_FILE_ACCESS), where, "set up access to"), H5Pclose);
  check_status(H5Pset_fclose_degree(access.get(), H5F_CLOSE_SEMI), where, "set up access to");
  return access;
}

Handle open_existing(const std::string& path, unsigned flags) {
  silence_library_errors();
  const Where where{path, ""};
  const Handle access = access_properties(where);
  return Handle(check_id(H5Fopen(path.c_str(), flags, access.get()), where, "open file"), H5Fclose);
}

}  // namespace

File File::create(const std::string& path) {
  silence_library_errors();
  const Where where{path, ""};
  const Handle access = access_properties(where);
  Handle file(check_id(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, access.get()), where,
                       "create file"),
              H5Fclose);
  return File(std::move(file), path);
}

File File::open_read_only(const std::string& path) {
  return File(open_existing(path, H5F_ACC_RDONLY), path);
}

File File::open_read_write(const std::string& path) {
  return File(open_existing(path, H5F_ACC_RDWR), path);
}

Group File::root() const {
  const Where where{path_, "/"};
  return Group(
      Handle(check_id(H5Gopen2(handle_.get(), "/", H5P_DEFAULT), where, "open group"), H5Gclose),
      where);
}

void File::flush() const {
  check_status(H5Fflush(handle_.get(), H5F_SCOPE_LOCAL), {path_, ""}, "flush file");
}

void File::close() {
  if (handle_.close() < 0) fail({path_, ""}, "close file");
}

}  // namespace gwp::results::h5
