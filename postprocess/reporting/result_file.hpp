// Opening a file given on the command line as a gwplume result, telling the two ways it can fail
// apart: a file that cannot be read at all (an I/O error, exit code 3) and a readable file that is
// not a gwplume result (bad input, exit code 2): not HDF5, or HDF5 without the root attribute
// `format = "gwplume-result"`, or of a newer format version.
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

// After opening: throws NotAResult unless the root says format "gwplume-result" with a
// format_version this program reads.
void require_gwplume_result(const results::ResultReader& reader);

}  // namespace gwp::reporting
