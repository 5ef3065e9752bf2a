// The designs of a sweep (parameters with levels in a sampled sweep): each combination of the
// levels and the design of every member, and how likely a point exceeded by a time within one.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "sweep/member_plan.hpp"
#include "sweep/sweep_file.hpp"

namespace gwp::sweep {

// The fraction of the members collected (`used`) of design `design` whose first exceedance
// (d; +infinity: never; NaN: the member has no such point) is at or before `time`; NaN when none.
double exceedance_fraction(const std::vector<double>& first_exceedance, const std::vector<unsigned char>& used,
                           const std::vector<std::size_t>& design_of_member, std::size_t design, double time);

// The designs of a sweep whose parameters include levels beside sampled ones: each combination of
// the levels, in the order of the plan, and the design of every member.
struct Designs {
  std::vector<std::string> keys;                 // the parameters with levels
  std::vector<std::vector<std::string>> levels;  // [design][key]
  std::vector<std::size_t> of_member;            // in the order of the records
};

// No keys for a grid, a list, or a sampled sweep without levels.
Designs designs_of(const SweepFile& sweep, const MemberPlan& plan);

}  // namespace gwp::sweep
