// Percentiles over a sweep's members of the largest concentration in each column (the plan maps'
// "maximum over depth"), read from the members' results a block of rows at a time so that the
// memory held stays under a budget whatever the number of members.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "core/grid.hpp"

namespace gwp::sweep {

// Index of `t` among `times` (to 1e-9 relative), or -1.
long time_index(const std::vector<double>& times, double t);

// The p-th percentile (0 < p < 100) of `values`, sorted ascending, by linear interpolation
// between the order statistics (rank (n - 1) p / 100, as numpy's default).
double percentile_of_sorted(const std::vector<double>& values, double p);

// "percentile_5", "percentile_97.5".
std::string percentile_name(double p);

// (percentiles, nt, ny, nx) values: for each percentile and collected time, the percentile over
// the members (`paths`, their result files) of the largest concentration of `species` in each
// column. Each block of rows reads every member again; the values held (members x columns of a
// block x times) stay under `budget` bytes.
std::vector<std::vector<double>> plan_percentiles(const Grid& g, const std::vector<std::string>& paths,
                                                  const std::string& species, const std::vector<double>& times,
                                                  const std::vector<double>& percentiles, std::size_t budget);

}  // namespace gwp::sweep
