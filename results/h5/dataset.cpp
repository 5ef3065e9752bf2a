#include "results/h5/dataset.hpp"

#include <functional>
#include <numeric>
#include <stdexcept>

#include "core/errors.hpp"
#include "results/h5/types.hpp"

namespace gwp::results::h5 {

hsize_t element_count(const std::vector<hsize_t>& dims) {
  return std::accumulate(dims.begin(), dims.end(), hsize_t{1}, std::multiplies<>());
}

namespace {

std::string extent_text(const std::vector<hsize_t>& dims) {
  std::string text = "(";
  for (std::size_t d = 0; d < dims.size(); ++d) text += (d ? "," : "") + std::to_string(dims[d]);
  return text + ")";
}

Handle make_space(const Where& where, const std::vector<hsize_t>& dims,
                  const std::vector<hsize_t>* max_dims = nullptr) {
  if (dims.empty()) return Handle(check_id(H5Screate(H5S_SCALAR), where, "describe"), H5Sclose);
  return Handle(check_id(H5Screate_simple(int(dims.size()), dims.data(),
                                          max_dims ? max_dims->data() : nullptr),
                         where, "describe the extent of"),
                H5Sclose);
}

Dataset create_dataset(const Group& parent, const std::string& name, hid_t type, hid_t space,
                       hid_t creation) {
  const Where where = parent.below(name);
  return Dataset(Handle(check_id(H5Dcreate2(parent.id(), name.c_str(), type, space, H5P_DEFAULT,
                                            creation, H5P_DEFAULT),
                                 where, "create dataset"),
                        H5Dclose),
                 where);
}

void require_numeric(const Dataset& dataset) {
  Handle type(check_id(H5Dget_type(dataset.id()), dataset.where(), "read the type of"), H5Tclose);
  const H5T_class_t type_class = H5Tget_class(type.get());
  if (type_class != H5T_INTEGER && type_class != H5T_FLOAT) {
    throw IoError("dataset " + dataset.path() + " in " + dataset.where().file +
                  " does not hold numbers");
  }
}

}  // namespace

template <class T>
Dataset write_array(const Group& parent, const std::string& name, const std::vector<hsize_t>& dims,
                    const std::vector<T>& values) {
  if (element_count(dims) != values.size()) {
    throw std::invalid_argument("dataset " + parent.below(name).object + " has extent " +
                                extent_text(dims) + " but " + std::to_string(values.size()) +
                                " values were given");
  }
  const Where where = parent.below(name);
  const Handle space = make_space(where, dims);
  Dataset dataset = create_dataset(parent, name, native_type<T>(), space.get(), H5P_DEFAULT);
  if (!values.empty()) {
    check_status(
        H5Dwrite(dataset.id(), native_type<T>(), H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()),
        where, "write dataset");
  }
  return dataset;
}

template Dataset write_array(const Group&, const std::string&, const std::vector<hsize_t>&,
                             const std::vector<double>&);
template Dataset write_array(const Group&, const std::string&, const std::vector<hsize_t>&,
                             const std::vector<int>&);
template Dataset write_array(const Group&, const std::string&, const std::vector<hsize_t>&,
                             const std::vector<std::int64_t>&);
template Dataset write_array(const Group&, const std::string&, const std::vector<hsize_t>&,
                             const std::vector<std::uint8_t>&);

Dataset write_texts(const Group& parent, const std::string& name,
                    const std::vector<std::string>& values) {
  const Where where = parent.below(name);
  const Handle type = make_text_type(where);
  const Handle space = make_space(where, {hsize_t(values.size())});
  Dataset dataset = create_dataset(parent, name, type.get(), space.get(), H5P_DEFAULT);
  std::vector<const char*> pointers;
  pointers.reserve(values.size());
  for (const std::string& value : values) pointers.push_back(value.c_str());
  if (!values.empty()) {
    check_status(H5Dwrite(dataset.id(), type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, pointers.data()),
                 where, "write dataset");
  }
  return dataset;
}

Dataset create_growing(const Group& parent, const std::string& name,
                       const std::vector<hsize_t>& slice_dims, const GrowingLayout& layout) {
  const Where where = parent.below(name);
  // A chunk may not hold more than 4 GiB, and a zero-length chunk dimension is invalid.
  const hsize_t chunk_bytes = layout.slices_per_chunk * element_count(slice_dims) * sizeof(double);
  if (layout.slices_per_chunk == 0 || element_count(slice_dims) == 0 ||
      chunk_bytes >= (hsize_t{1} << 32)) {
    throw std::invalid_argument("dataset " + where.object + ": cannot store slices of extent " +
                                extent_text(slice_dims) + " in chunks of " +
                                std::to_string(layout.slices_per_chunk) + " slices");
  }
  std::vector<hsize_t> dims{0}, max_dims{H5S_UNLIMITED}, chunk{layout.slices_per_chunk};
  dims.insert(dims.end(), slice_dims.begin(), slice_dims.end());
  max_dims.insert(max_dims.end(), slice_dims.begin(), slice_dims.end());
  chunk.insert(chunk.end(), slice_dims.begin(), slice_dims.end());

  const Handle space = make_space(where, dims, &max_dims);
  Handle creation(check_id(H5Pcreate(H5P_DATASET_CREATE), where, "create dataset"), H5Pclose);
  check_status(H5Pset_chunk(creation.get(), int(chunk.size()), chunk.data()), where,
               "set the chunks of");
  if (layout.deflate_level > 0) {
    // Shuffling the bytes of doubles first groups exponents together and roughly halves the size.
    check_status(H5Pset_shuffle(creation.get()), where, "set the compression of");
    check_status(H5Pset_deflate(creation.get(), unsigned(layout.deflate_level)), where,
                 "set the compression of");
  }
  check_status(H5Pset_fill_value(creation.get(), H5T_NATIVE_DOUBLE, &layout.fill_value), where,
               "set the fill value of");
  return create_dataset(parent, name, H5T_NATIVE_DOUBLE, space.get(), creation.get());
}

void append_slice(const Dataset& dataset, const std::vector<double>& values) {
  std::vector<hsize_t> dims = dataset.dims();
  if (dims.empty()) {
    throw std::invalid_argument("dataset " + dataset.path() + " is a scalar; it cannot grow");
  }
  const std::vector<hsize_t> slice_dims(dims.begin() + 1, dims.end());
  if (element_count(slice_dims) != values.size()) {
    throw std::invalid_argument("dataset " + dataset.path() + " takes slices of extent " +
                                extent_text(slice_dims) + " but " + std::to_string(values.size()) +
                                " values were given");
  }
  std::vector<hsize_t> start(dims.size(), 0), count = dims;
  start[0] = dims[0];
  count[0] = 1;
  dims[0] += 1;
  check_status(H5Dset_extent(dataset.id(), dims.data()), dataset.where(), "extend dataset");
  Handle file_space(check_id(H5Dget_space(dataset.id()), dataset.where(), "extend dataset"),
                    H5Sclose);
  check_status(H5Sselect_hyperslab(file_space.get(), H5S_SELECT_SET, start.data(), nullptr,
                                   count.data(), nullptr),
               dataset.where(), "select a slice of");
  // The memory space has the shape of the selected slice, not a flat one of the same size: with
  // equal shapes HDF5 copies the slice as one block, otherwise it walks the selection element
  // by element (which took most of the time of storing a large model at every step).
  const Handle memory_space = make_space(dataset.where(), count);
  check_status(H5Dwrite(dataset.id(), H5T_NATIVE_DOUBLE, memory_space.get(), file_space.get(),
                        H5P_DEFAULT, values.data()),
               dataset.where(), "append a slice to dataset");
}

Array read_array(const Dataset& dataset) {
  require_numeric(dataset);
  Array array;
  array.dims = dataset.dims();
  array.values.assign(element_count(array.dims), 0.0);
  if (!array.values.empty()) {
    check_status(H5Dread(dataset.id(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT,
                         array.values.data()),
                 dataset.where(), "read dataset");
  }
  return array;
}

Array read_slice(const Dataset& dataset, hsize_t index) {
  require_numeric(dataset);
  const std::vector<hsize_t> dims = dataset.dims();
  if (dims.empty() || index >= dims[0]) {
    throw std::out_of_range("dataset " + dataset.path() + " in " + dataset.where().file +
                            " has extent " + extent_text(dims) + ": no slice " +
                            std::to_string(index));
  }
  std::vector<hsize_t> start(dims.size(), 0), count = dims;
  start[0] = index;
  count[0] = 1;
  Array slice;
  slice.dims.assign(dims.begin() + 1, dims.end());
  slice.values.assign(element_count(slice.dims), 0.0);
  Handle file_space(check_id(H5Dget_space(dataset.id()), dataset.where(), "read a slice of"),
                    H5Sclose);
  check_status(H5Sselect_hyperslab(file_space.get(), H5S_SELECT_SET, start.data(), nullptr,
                                   count.data(), nullptr),
               dataset.where(), "select a slice of");
  const Handle memory_space = make_space(dataset.where(), count);  // one block, as append_slice
  check_status(H5Dread(dataset.id(), H5T_NATIVE_DOUBLE, memory_space.get(), file_space.get(),
                       H5P_DEFAULT, slice.values.data()),
               dataset.where(), "read a slice of");
  return slice;
}

std::vector<std::string> read_texts(const Dataset& dataset) {
  const Where& where = dataset.where();
  Handle type(check_id(H5Dget_type(dataset.id()), where, "read the type of"), H5Tclose);
  if (H5Tget_class(type.get()) != H5T_STRING) {
    throw IoError("dataset " + dataset.path() + " in " + where.file + " does not hold strings");
  }
  const hsize_t count = element_count(dataset.dims());
  std::vector<std::string> values;
  values.reserve(count);
  if (count == 0) return values;
  const htri_t variable = H5Tis_variable_str(type.get());
  if (variable < 0) fail(where, "read the type of");
  if (variable > 0) {
    std::vector<char*> pointers(count, nullptr);
    check_status(H5Dread(dataset.id(), type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, pointers.data()),
                 where, "read dataset");
    for (char* p : pointers) values.emplace_back(p != nullptr ? p : "");
    Handle space(check_id(H5Dget_space(dataset.id()), where, "read dataset"), H5Sclose);
    check_status(H5Dvlen_reclaim(type.get(), space.get(), H5P_DEFAULT, pointers.data()), where,
                 "read dataset");
  } else {
    const std::size_t width = H5Tget_size(type.get());
    std::vector<char> buffer(count * width, '\0');
    check_status(H5Dread(dataset.id(), type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, buffer.data()),
                 where, "read dataset");
    for (hsize_t e = 0; e < count; ++e) values.push_back(unpad(buffer.data() + e * width, width));
  }
  return values;
}

}  // namespace gwp::results::h5
