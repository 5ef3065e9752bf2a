// The in-memory element types the h5 layer reads and writes, and their HDF5 datatypes.
#pragma once
#include <hdf5.h>

#include <cstdint>
#include <string>

#include "results/h5/error.hpp"
#include "results/h5/handle.hpp"

namespace gwp::results::h5 {

// Native datatype of an element type; the library converts to and from the stored type.
template <class T>
hid_t native_type();
template <>
inline hid_t native_type<double>() {
  return H5T_NATIVE_DOUBLE;
}
template <>
inline hid_t native_type<int>() {
  return H5T_NATIVE_INT;
}
template <>
inline hid_t native_type<std::int64_t>() {
  return H5T_NATIVE_INT64;
}
template <>
inline hid_t native_type<std::uint8_t>() {
  return H5T_NATIVE_UINT8;
}

// Variable-length UTF-8 string: what h5py reads back as `str`, and no limit on names.
inline Handle make_text_type(const Where& where) {
  Handle type(check_id(H5Tcopy(H5T_C_S1), where, "make a string type for"), H5Tclose);
  check_status(H5Tset_size(type.get(), H5T_VARIABLE), where, "make a string type for");
  check_status(H5Tset_cset(type.get(), H5T_CSET_UTF8), where, "make a string type for");
  return type;
}

// One element of a fixed-length string type, without the nulls or spaces other writers pad it with.
inline std::string unpad(const char* data, std::size_t width) {
  std::string value(data, width);
  value.erase(value.find_last_not_of(std::string("\0 ", 2)) + 1);
  return value;
}

}  // namespace gwp::results::h5
