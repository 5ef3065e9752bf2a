// Datasets of numbers: written whole, or grown one slice at a time along their first dimension
// (a time series of fields, a table of samples), and read back as doubles with their extent.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "results/h5/object.hpp"

namespace gwp::results::h5 {

// Values in C order with their extent, slowest-varying dimension first.
struct Array {
  std::vector<hsize_t> dims;
  std::vector<double> values;
};

// Writes a whole dataset of element type T (double, int, std::int64_t or std::uint8_t) at `name`
// below `parent`; values.size() must equal the product of dims.
template <class T>
Dataset write_array(const Group& parent, const std::string& name, const std::vector<hsize_t>& dims,
                    const std::vector<T>& values);

// A one-dimensional dataset of variable-length UTF-8 strings.
Dataset write_texts(const Group& parent, const std::string& name,
                    const std::vector<std::string>& values);

// How a growing dataset is stored. One slice a chunk suits large fields, read a time at a time;
// many slices a chunk suits short rows such as samples of a time series.
struct GrowingLayout {
  hsize_t slices_per_chunk = 1;
  int deflate_level = 0;    // 0: uncompressed; otherwise gzip level 1..9 after byte shuffling
  double fill_value = 0.0;  // what a reader sees where nothing was written
};

// Creates a dataset of doubles with extent (0, slice_dims...) and no limit on the first dimension.
Dataset create_growing(const Group& parent, const std::string& name,
                       const std::vector<hsize_t>& slice_dims, const GrowingLayout& layout);
// Appends one slice; values.size() must equal the product of the slice dimensions.
void append_slice(const Dataset& dataset, const std::vector<double>& values);

// The whole dataset, converted to double by the library (any integer or float type).
Array read_array(const Dataset& dataset);
// Slice `index` along the first dimension; dims are those of the slice.
Array read_slice(const Dataset& dataset, hsize_t index);
// A dataset of strings, fixed- or variable-length, in C order.
std::vector<std::string> read_texts(const Dataset& dataset);

// Number of elements of an extent.
hsize_t element_count(const std::vector<hsize_t>& dims);

}  // namespace gwp::results::h5
