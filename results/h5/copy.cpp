#include "results/h5/copy.hpp"

#include "results/h5/attribute.hpp"

#include <algorithm>
#include <vector>

namespace gwp::results::h5 {

void copy_attributes(const Object& from, const Object& to) {
  for (const std::string& name : attribute_names(from)) {
    const Where where = from.below("@" + name);
    Handle attribute(check_id(H5Aopen(from.id(), name.c_str(), H5P_DEFAULT), where, "open attribute"), H5Aclose);
    Handle type(check_id(H5Aget_type(attribute.get()), where, "get the type of"), H5Tclose);
    Handle space(check_id(H5Aget_space(attribute.get()), where, "get the dataspace of"), H5Sclose);
    // Read and written in the file's own type: variable-length strings come back as pointers
    // that the library allocated and reclaims below.
    const hssize_t count = H5Sget_simple_extent_npoints(space.get());
    const std::size_t size = H5Tget_size(type.get());
    std::vector<unsigned char> buffer(std::size_t(std::max<hssize_t>(count, 1)) * size);
    check_status(H5Aread(attribute.get(), type.get(), buffer.data()), where, "read");
    Handle copy(check_id(H5Acreate2(to.id(), name.c_str(), type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT),
                         to.below("@" + name), "create attribute"),
                H5Aclose);
    const herr_t written = H5Awrite(copy.get(), type.get(), buffer.data());
    if (H5Tdetect_class(type.get(), H5T_VLEN) > 0 || H5Tis_variable_str(type.get()) > 0)
      H5Dvlen_reclaim(type.get(), space.get(), H5P_DEFAULT, buffer.data());  // HDF5 1.10: H5Treclaim is 1.12
    check_status(written, to.below("@" + name), "write");
  }
}

void copy_tree(const Group& from, const Group& to, const std::function<bool(const std::string& path)>& leave_out) {
  for (const Child& child : from.children()) {
    const std::string path = join_path(from.path(), child.name);
    if (child.kind == ObjectKind::group) {
      const Group source = from.open_group(child.name);
      const Group target = to.require_group(child.name);
      copy_attributes(source, target);
      copy_tree(source, target, leave_out);
    } else if (!leave_out(path)) {
      // A dataset (or named type) whole, attributes and chunking included.
      check_status(H5Ocopy(from.id(), child.name.c_str(), to.id(), child.name.c_str(), H5P_DEFAULT, H5P_DEFAULT),
                   from.below(child.name), "copy");
    }
  }
}

}  // namespace gwp::results::h5
