// The members of a sweep: each member's value of every parameter, as `--set` takes it, decided by
// the sweep file and its seed alone. Every member is checked as a case before any runs: a value
// the case refuses (outside a key's range, a wrong unit) is reported naming the member and the
// parameter, all at once.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "sweep/sweep_file.hpp"

namespace gwp::sweep {

struct Member {
  std::size_t number = 0;               // 1, 2, ... (what --member takes)
  std::vector<std::string> values;      // per column of the plan, as --set takes the value
  std::vector<std::string> overrides;   // KEY=VALUE, one per column
  // Per column, the number the value stands for, for rank correlations with what the members
  // produced: a sampled value (in the parameter's unit), a scale's factor, or the leading number
  // of a level or list value; NaN when it has none.
  std::vector<double> numbers;
};

struct MemberPlan {
  std::vector<std::string> keys;        // the columns: one per parameter, or the list file's header
  std::vector<std::size_t> override_columns;  // the column of each member's override, in order
  std::vector<Member> members;
};

// The members of `sweep`: sampled (Latin hypercube or Monte Carlo, then rank correlations), a
// grid of the levels, or the rows of the list file. A scale multiplies the base case's value at
// its key: a number, a quantity ("300 mm/yr"), a list of them, or each value of a schedule of
// [time, value] pairs (the times kept). Throws model::InputError
// naming the file, line and key of what cannot be planned (a list file's bad row, a scale on a
// key the base case does not hold as such), or IoError when a file cannot be read.
MemberPlan plan_members(const SweepFile& sweep);

// Reads the base case with each member's overrides, as `gwplume check` would; throws
// model::InputError listing, for every member the case refuses, the member and what is wrong
// (at most `most` problems in all, then a count of the rest).
void check_members(const SweepFile& sweep, const MemberPlan& plan, std::size_t most = 50);

// Checks that the species and times `[sweep.collect]` names are species and output times of the
// base case; throws model::InputError locating each one that is not (before any member runs).
void check_collect(const SweepFile& sweep);

// "31.2456 m/d" from 31.24563 and "m/d" (ten significant digits: a member is run with what the
// plan shows); a plain number without a unit.
std::string value_text(double value, const std::string& unit);

}  // namespace gwp::sweep
