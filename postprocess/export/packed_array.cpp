#include "postprocess/export/packed_array.hpp"

#include <algorithm>
#include <cstdint>
#include <stdexcept>

#include "results/h5/types.hpp"

namespace gwp::exporting {

namespace {

template <class T>
hid_t memory_type();
template <>
hid_t memory_type<double>() { return H5T_NATIVE_DOUBLE; }
template <>
hid_t memory_type<int>() { return H5T_NATIVE_INT; }
template <>
hid_t memory_type<std::int64_t>() { return H5T_NATIVE_INT64; }

// About 1 MiB chunks: large enough for gzip to find the repetition in corner coordinates and
// index lists, small enough that a reader never holds much more than it asked for.
constexpr hsize_t kChunkBytes = hsize_t(1) << 20;
// Level 6 (gzip's default): the sidecar is written once and read many times.
constexpr unsigned kDeflateLevel = 6;

}  // namespace

template <class T>
results::h5::Dataset write_packed(const results::h5::Group& parent, const std::string& name,
                                  const std::vector<hsize_t>& dims, const std::vector<T>& values) {
  if (dims.empty() || results::h5::element_count(dims) != values.size())
    throw std::invalid_argument("dataset " + parent.below(name).object + " has " + std::to_string(values.size()) +
                                " values for its extent");
  const results::h5::Where where = parent.below(name);
  if (values.empty()) return results::h5::write_array(parent, name, dims, values);  // a chunk cannot be empty
  const results::h5::Handle space(
      results::h5::check_id(H5Screate_simple(int(dims.size()), dims.data(), nullptr), where, "describe"), H5Sclose);
  std::vector<hsize_t> chunk = dims;
  const hsize_t row_bytes = results::h5::element_count(dims) / dims[0] * sizeof(T);
  chunk[0] = std::clamp<hsize_t>(kChunkBytes / std::max<hsize_t>(row_bytes, 1), 1, dims[0]);
  const results::h5::Handle creation(results::h5::check_id(H5Pcreate(H5P_DATASET_CREATE), where, "prepare"), H5Pclose);
  results::h5::check_status(H5Pset_chunk(creation.get(), int(chunk.size()), chunk.data()), where, "chunk");
  results::h5::check_status(H5Pset_shuffle(creation.get()), where, "compress");
  results::h5::check_status(H5Pset_deflate(creation.get(), kDeflateLevel), where, "compress");
  results::h5::Dataset dataset(
      results::h5::Handle(results::h5::check_id(H5Dcreate2(parent.id(), name.c_str(), memory_type<T>(), space.get(),
                                                           H5P_DEFAULT, creation.get(), H5P_DEFAULT),
                                                where, "create dataset"),
                          H5Dclose),
      where);
  results::h5::check_status(H5Dwrite(dataset.id(), memory_type<T>(), H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()),
                            where, "write dataset");
  return dataset;
}

template results::h5::Dataset write_packed(const results::h5::Group&, const std::string&, const std::vector<hsize_t>&,
                                  const std::vector<double>&);
template results::h5::Dataset write_packed(const results::h5::Group&, const std::string&, const std::vector<hsize_t>&,
                                  const std::vector<int>&);
template results::h5::Dataset write_packed(const results::h5::Group&, const std::string&, const std::vector<hsize_t>&,
                                  const std::vector<std::int64_t>&);

}  // namespace gwp::exporting
