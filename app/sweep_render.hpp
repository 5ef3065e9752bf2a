// `gwplume render SWEEP.h5`: the pictures of a sweep's statistics — the probability map (the
// default, or --probability, with --class-iii), the arrival CDF at monitoring points
// (--arrival), the tornado chart of the sensitivities (--tornado) and a histogram of a member
// figure (--histogram) — from the options of `render` (docs/sweeps.md).
#pragma once
#include <iosfwd>

#include "app/render_command.hpp"
#include "results/result_reader.hpp"

namespace gwp::app {

// Throws std::invalid_argument for a request a sweep cannot meet (exit 2), IoError for files.
int render_sweep(const RenderArguments& args, const results::ResultReader& reader, std::ostream& out,
                 std::ostream& err);

}  // namespace gwp::app
