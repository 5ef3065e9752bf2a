#include "results/h5/file.hpp"

namespace gwp::results::h5 {

namespace {

Handle access_properties(const Where& where) {
  Handle access(check_id(H5Pcreate(H5P_FILE_ACCESS), where, "set up access to"), H5Pclose);
  check_status(H5Pset_fclose_degree(access.get(), H5F_CLOSE_SEMI), where, "set up access to");
  return access;
}

// A file being written must stay readable up to its last flush if the program is killed
// (SIGKILL) between flushes: the flush at each stored time is then the only moment its
// metadata on disk changes, and a kill at any other moment leaves the file as that flush left
// it. (1) The metadata cache keeps every changed entry in memory until the flush, instead of
// writing some out whenever it is full (it may then grow past its usual size: a result's
// metadata is a few megabytes). (2) Space freed in the file is never handed out again, so new
// data cannot land where the metadata last flushed still points (HDF5 would otherwise reuse,
// say, the old block of a group's name heap that grew). The file keeps the space freed between
// flushes, a few kilobytes per stored time, and needs HDF5 1.10 or later to read. A kill during
// the flush itself (milliseconds a stored time) can still leave the file unreadable: every
// reader then refuses it (docs/reliability.md, "Kill safety").
Handle writing_access(const Where& where) {
  Handle access = access_properties(where);
  H5AC_cache_config_t cache{};
  cache.version = H5AC__CURR_CACHE_CONFIG_VERSION;
  check_status(H5Pget_mdc_config(access.get(), &cache), where, "set up the metadata cache of");
  cache.evictions_enabled = false;
  cache.incr_mode = H5C_incr__off;
  cache.flash_incr_mode = H5C_flash_incr__off;
  cache.decr_mode = H5C_decr__off;
  check_status(H5Pset_mdc_config(access.get(), &cache), where, "set up the metadata cache of");
  return access;
}

Handle creation_properties(const Where& where) {
  Handle creation(check_id(H5Pcreate(H5P_FILE_CREATE), where, "set up creation of"), H5Pclose);
  check_status(H5Pset_file_space_strategy(creation.get(), H5F_FSPACE_STRATEGY_NONE, false, 1), where,
               "set up creation of");
  return creation;
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
  const Handle access = writing_access(where);
  const Handle creation = creation_properties(where);
  Handle file(check_id(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, creation.get(), access.get()), where,
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
