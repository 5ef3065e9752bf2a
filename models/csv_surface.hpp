// Surfaces given for the whole grid (the top, a layer bottom): a constant, or a CSV file of
// ny rows of nx values, row 1 at the north edge and the first value at the west edge.
// Values are separated by commas or by white space; blank lines and lines starting with '#'
// are skipped. Each problem is a diagnostic at its line and column of the file, under the key
// that names the file; at most five per file, then how many more.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "models/case.hpp"
#include "models/diagnostics.hpp"

namespace gwp::model {

// The ny*nx values (m) in `text`, row-major from the north-west corner; nullopt, with
// diagnostics in `file_name` under the key of `where`, when the text is not ny rows of nx
// numbers of magnitude at most kLargestQuantity.
std::optional<std::vector<double>> parse_surface_csv(std::string_view text, const std::string& file_name, int nx,
                                                     int ny, const Location& where, Diagnostics& d);

// The same, read from the file at `path`; a file that cannot be read is a diagnostic at `where`
// naming the file and the reason ("... cannot be read: Permission denied").
std::optional<std::vector<double>> read_surface_csv(const std::string& path, int nx, int ny, const Location& where,
                                                    Diagnostics& d);

// The ny*nx values (m) of a surface: its constant everywhere, or its file.
std::optional<std::vector<double>> surface_values(const Surface& surface, int nx, int ny, Diagnostics& d);

}  // namespace gwp::model
