// Whole datasets written compressed (byte shuffling, then gzip), for the files an export adds
// beside a result: they should cost no more disk than the result's own compressed fields.
#pragma once
#include <string>
#include <vector>

#include "results/h5/dataset.hpp"
#include "results/h5/object.hpp"

namespace gwp::exporting {

// As results::h5::write_array (T = double, int or std::int64_t), chunked along the first dimension
// and compressed; values.size() must equal the product of dims (std::invalid_argument otherwise).
template <class T>
results::h5::Dataset write_packed(const results::h5::Group& parent, const std::string& name,
                                  const std::vector<hsize_t>& dims, const std::vector<T>& values);

}  // namespace gwp::exporting
