// Copying a file's objects into another, leaving some out: how a sweep's member keeps its
// metrics, series and tables but sheds its fields once they are collected. HDF5 never gives back
// the space of a deleted dataset, so a smaller file has to be a new file.
#pragma once
#include <functional>
#include <string>

#include "results/h5/object.hpp"

namespace gwp::results::h5 {

// Copies every attribute of `from` onto `to` (which must not have them yet).
void copy_attributes(const Object& from, const Object& to);

// Copies the groups and datasets below `from` into `to`, with their attributes, recursively,
// except the datasets whose absolute path (in `from`'s file) `leave_out` accepts.
void copy_tree(const Group& from, const Group& to, const std::function<bool(const std::string& path)>& leave_out);

}  // namespace gwp::results::h5
