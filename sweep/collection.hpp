// What a sweep's members say together: DIR/sweep.h5, built by streaming over the members'
// results one at a time, so that memory grows with the grid and the collected times, never with
// the number of members (docs/sweeps.md, the file's layout).
//
// Per collected species and time, over the members that completed: the probability that a cell
// exceeds the species' limit (class IV by default) and class III, in 3-D and in plan (at any
// depth), the mean and the sample standard deviation of the concentration, percentiles of the
// maximum over depth (plan_percentiles: a second pass, a block of rows at a time); each member's
// own figures (member_scalars: plume, first exceedances, reach, receptors, from its /metrics), how
// likely each monitoring point and receptor has exceeded by each time (per design too:
// sweep_designs), and the Spearman and partial rank correlations of each parameter with each
// figure. The members table, the parameters and the grid and features of the base case go with
// them.
#pragma once
#include <string>
#include <vector>

#include "sweep/member_plan.hpp"
#include "sweep/member_record.hpp"
#include "sweep/sweep_file.hpp"

namespace gwp::sweep {

struct CollectionSummary {
  std::size_t used = 0;                 // members whose results went into the statistics
  std::size_t not_used = 0;             // members failed, not run, or whose result could not be read
  std::vector<std::string> species;
  std::vector<double> times;            // d
  std::vector<std::string> problems;    // "member 4: cannot read ...": members left out and why
};

// Writes DIR/sweep.h5 (through DIR/sweep.h5.partial) from the members' results under DIR.
// Throws IoError when no member completed or sweep.h5 cannot be written; a member whose result
// cannot be read, or lacks a collected time or species, is left out and named in the summary.
CollectionSummary collect_members(const SweepFile& sweep, const MemberPlan& plan,
                                  const std::vector<MemberRecord>& records, const std::string& sweep_dir);

}  // namespace gwp::sweep
