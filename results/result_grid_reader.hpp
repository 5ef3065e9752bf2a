// /grid read back into the solver's Grid, for everything that draws or exports a result.
#pragma once
#include "core/grid.hpp"
#include "results/result_reader.hpp"

namespace gwp::results {

// The grid as the run had it: extents, origin, rotation, widths, tops, bottoms, active flags.
// Throws IoError naming the file and dataset if /grid is missing or its sizes disagree.
Grid read_grid(const ResultReader& reader);

}  // namespace gwp::results
