// Groups and datasets: an open identifier together with the file and path it names, so every
// failure can say where it happened. Paths given to a Group are relative to it ("flow/head") or
// absolute ("/flow/head").
#pragma once
#include <hdf5.h>

#include <string>
#include <vector>

#include "results/h5/error.hpp"
#include "results/h5/handle.hpp"

namespace gwp::results::h5 {

// `base` joined with a relative `path`; an absolute `path` is returned as it is.
std::string join_path(const std::string& base, const std::string& path);

// Any object (group, dataset, named datatype): enough to read and write its attributes.
class Object {
 public:
  Object(Handle handle, Where where) : handle_(std::move(handle)), where_(std::move(where)) {}
  hid_t id() const { return handle_.get(); }
  const Where& where() const { return where_; }
  const std::string& path() const { return where_.object; }
  // Where an object at `relative` below this one would be, for messages.
  Where below(const std::string& relative) const {
    return {where_.file, join_path(path(), relative)};
  }

 private:
  Handle handle_;
  Where where_;
};

class Dataset : public Object {
 public:
  Dataset(Handle handle, Where where) : Object(std::move(handle), std::move(where)) {}
  // Current extent, slowest-varying first.
  std::vector<hsize_t> dims() const;
};

enum class ObjectKind { group, dataset, other };

struct Child {
  std::string name;
  ObjectKind kind = ObjectKind::other;
};

class Group : public Object {
 public:
  Group(Handle handle, Where where) : Object(std::move(handle), std::move(where)) {}

  // True if every link along `path` exists.
  bool contains(const std::string& path) const;
  ObjectKind kind_of(const std::string& path) const;
  // Whatever object is at `path`, for its attributes.
  Object open_object(const std::string& path) const;
  Group open_group(const std::string& path) const;
  // Opens the group at `path`, creating it and any missing parents.
  Group require_group(const std::string& path) const;
  Dataset open_dataset(const std::string& path) const;
  // The direct members, in name order.
  std::vector<Child> children() const;
};

}  // namespace gwp::results::h5
