// What render, report and export read first of a sweep's sweep.h5: its scene (grid, features,
// species, root attributes). A sweep file written without a start date takes the one of the
// members' results beside it (DIR/members/NNNN/result.h5), so times show as dates whenever the
// base case has a calendar.
#pragma once
#include <string>

#include "results/result_reader.hpp"
#include "results/sweep_file.hpp"

namespace gwp::app {

results::SweepScene read_sweep_source(const results::ResultReader& reader);

}  // namespace gwp::app
