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
  if (!handle_.valid()) return;
  // Groups, datasets, types and attributes of this file still open: with those, the library
  // refuses to close and keeps the file, and a later close retries.
  const ssize_t open_objects = H5Fget_obj_count(
      handle_.get(), H5F_OBJ_DATASET | H5F_OBJ_GROUP | H5F_OBJ_DATATYPE | H5F_OBJ_ATTR | H5F_OBJ_LOCAL);
  if (handle_.close() < 0) {
    // With none open, the close failed in writing the file out (a full disk): HDF5 1.10 has then
    // freed the file but still lists its identifier, and closing it again would crash.
    if (open_objects == 0) handle_.release();
    fail({path_, ""}, "close file");
  }
}

}  // namespace gwp::results::h5
