// Whether a file read as a result holds what docs/result-file.md promises, checked before anything
// is drawn, exported, reported, compared or collected from it: a damaged file (truncated, a group
// or dataset missing, a shape that does not match the grid, an unknown format version) is named
// with what is wrong, as an IoError (exit code 3), instead of failing later with a less clear
// message or, worse, being read as if whole.
#pragma once
#include <string>

#include "results/result_reader.hpp"

namespace gwp::results {

// Throws IoError "<path>: <what is wrong>" unless the root says format "gwplume-result" of
// version kResultFormatVersion with a known status, /grid is whole, and every field of /flow and
// /transport has one slice per stored time of the grid's extent. Species named under /metrics
// must have their /transport group. A sweep member that shed its fields (root attribute `fields`)
// is checked without them. Reads attributes and extents only, not the fields' values,
// so a damaged chunk of values is found only when it is read (also an IoError).
void check_result(const ResultReader& reader);

// The root attribute `status`; "complete" for a finished run (see check_result for its values),
// but never for a file still named .partial: its run was killed before it could rename it.
std::string result_status(const ResultReader& reader);

}  // namespace gwp::results
