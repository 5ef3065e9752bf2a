#include "results/h5/object.hpp"

namespace gwp::results::h5 {

std::string join_path(const std::string& base, const std::string& path) {
  if (!path.empty() && path.front() == '/') return path;
  if (path.empty()) return base;
  if (base.empty() || base.back() == '/') return base + path;
  return base + "/" + path;
}

std::vector<hsize_t> Dataset::dims() const {
  Handle space(check_id(H5Dget_space(id()), where(), "get the dataspace of"), H5Sclose);
  const int rank = check_id(H5Sget_simple_extent_ndims(space.get()), where(), "get the rank of");
  std::vector<hsize_t> extent(std::size_t(rank), 0);
  check_status(H5Sget_simple_extent_dims(space.get(), extent.data(), nullptr), where(),
               "get the extent of");
  return extent;
}

bool Group::contains(const std::string& path) const {
  // H5Lexists fails on a path whose parent is missing, so test one link at a time.
  const bool absolute = !path.empty() && path.front() == '/';
  std::string prefix = absolute ? "/" : "";
  std::size_t start = absolute ? 1 : 0;
  while (start < path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    if (end > start) {
      if (!prefix.empty() && prefix.back() != '/') prefix += '/';
      prefix += path.substr(start, end - start);
      const htri_t exists = H5Lexists(id(), prefix.c_str(), H5P_DEFAULT);
      if (exists < 0) fail(below(prefix), "look up");
      if (exists == 0) return false;
    }
    start = end + 1;
  }
  return true;
}

ObjectKind Group::kind_of(const std::string& path) const {
  Handle object(check_id(H5Oopen(id(), path.c_str(), H5P_DEFAULT), below(path), "open"), H5Oclose);
  switch (H5Iget_type(object.get())) {
    case H5I_GROUP:
      return ObjectKind::group;
    case H5I_DATASET:
      return ObjectKind::dataset;
    default:
      return ObjectKind::other;
  }
}

Object Group::open_object(const std::string& path) const {
  const Where where = below(path);
  return Object(Handle(check_id(H5Oopen(id(), path.c_str(), H5P_DEFAULT), where, "open"), H5Oclose),
                where);
}

Group Group::open_group(const std::string& path) const {
  const Where where = below(path);
  return Group(
      Handle(check_id(H5Gopen2(id(), path.c_str(), H5P_DEFAULT), where, "open group"), H5Gclose),
      where);
}

Group Group::require_group(const std::string& path) const {
  if (contains(path)) return open_group(path);
  const Where where = below(path);
  Handle links(check_id(H5Pcreate(H5P_LINK_CREATE), where, "create group"), H5Pclose);
  check_status(H5Pset_create_intermediate_group(links.get(), 1), where, "create group");
  return Group(
      Handle(check_id(H5Gcreate2(id(), path.c_str(), links.get(), H5P_DEFAULT, H5P_DEFAULT), where,
                      "create group"),
             H5Gclose),
      where);
}

Dataset Group::open_dataset(const std::string& path) const {
  const Where where = below(path);
  return Dataset(
      Handle(check_id(H5Dopen2(id(), path.c_str(), H5P_DEFAULT), where, "open dataset"), H5Dclose),
      where);
}

namespace {

herr_t collect_name(hid_t, const char* name, const H5L_info_t*, void* sink) {
  static_cast<std::vector<std::string>*>(sink)->emplace_back(name);
  return 0;
}

}  // namespace

std::vector<Child> Group::children() const {
  std::vector<std::string> names;
  check_status(H5Literate(id(), H5_INDEX_NAME, H5_ITER_INC, nullptr, collect_name, &names), where(),
               "list the members of");
  std::vector<Child> result;
  result.reserve(names.size());
  for (const std::string& name : names) result.push_back({name, kind_of(name)});
  return result;
}

}  // namespace gwp::results::h5
