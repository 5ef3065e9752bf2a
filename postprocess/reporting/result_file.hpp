// Opening a file given on the command line as a gwplume result: a file that cannot be read, one
// that is not a gwplume result (not HDF5, or HDF5 without the root attribute
// `format = "gwplume-result"`) and a damaged result (results/result_check.hpp) are all a file the
// command cannot use: exit code 3, the message naming the file and what is wrong.
#pragma once
#include <stdexcept>
#include <string>

#include "results/result_reader.hpp"

namespace gwp::reporting {

// A readable file that is not a gwplume result; the message names the file and says why.
struct NotAResult : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Before opening: throws IoError when `path` does not exist or cannot be read, NotAResult when it
// is a directory or does not start with the HDF5 signature.
void require_hdf5_file(const std::string& path);

// After opening: throws NotAResult unless the root says format "gwplume-result", then IoError
// unless the format version, status and layout are whole (results::check_result).
void require_gwplume_result(const results::ResultReader& reader);

}  // namespace gwp::reporting
