// Where in each parameter's distribution the members of a sweep fall: probabilities u in (0, 1),
// one row per member and one column per parameter, turned into values by quantile()
// (distribution.hpp). They depend only on the member count, the parameter count and the seed,
// never on how the members are later run.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace gwp::sweep {

using Probabilities = std::vector<std::vector<double>>;  // [member][parameter], each in (0, 1)

// Latin hypercube (McKay, Beckman and Conover 1979): each parameter's range of probability cut
// into `members` equal strata, every stratum holding exactly one member, at a random point of
// it; the strata of the parameters paired at random. Parameters are drawn one after another
// from one stream, so adding a parameter at the end leaves the others' values as they were.
Probabilities latin_hypercube(std::size_t members, std::size_t parameters, std::uint64_t seed);

// Monte Carlo: independent uniform draws, member by member.
Probabilities monte_carlo(std::size_t members, std::size_t parameters, std::uint64_t seed);

// A full-factorial grid of levels: for `level_counts` = {3, 2}, six members, the level of each
// parameter as in nested loops in the file's order (the last parameter varies fastest):
// {0,0} {0,1} {1,0} {1,1} {2,0} {2,1}. Throws std::invalid_argument for a parameter with no
// level or a product of more than 1e7 members.
std::vector<std::vector<std::size_t>> grid_levels(const std::vector<std::size_t>& level_counts);

}  // namespace gwp::sweep
