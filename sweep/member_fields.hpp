// `keep = "metrics"`: once a sweep's statistics are written, each member's result.h5 is made
// again without its fields (concentrations, sorbed concentrations, heads, fluxes, properties),
// keeping what is small and says what the member did: the grid and features, the metrics, the
// monitoring series, the well flows and the budgets. A 1000-member sweep then holds the
// members' metrics, not 1000 copies of the model's fields.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "sweep/member_record.hpp"

namespace gwp::sweep {

// The root attribute of a member's result whose fields were removed, and its text.
inline constexpr const char* kFieldsAttribute = "fields";
inline constexpr const char* kFieldsRemoved = "removed after the sweep collected them (keep = \"metrics\")";

// True for the datasets a member sheds: the per-cell fields of a result file.
bool is_member_field(const std::string& path);

// Rewrites `result_path` without its fields (through a temporary file renamed over it). Throws
// IoError when it cannot; the result is then left as it was.
void remove_member_fields(const std::string& result_path);

// True when `result_path`'s fields were removed by remove_member_fields.
bool member_fields_removed(const std::string& result_path);

// True when every member of `records` is complete and had its fields removed: the sweep's
// statistics were collected and cannot be collected again from these members.
bool every_member_shed(const std::vector<MemberRecord>& records, const std::string& sweep_dir);

// Removes the fields of every complete member under `sweep_dir`; returns the bytes of their
// result files before and after.
struct ShedSizes {
  std::uintmax_t before = 0, after = 0;  // bytes
};
ShedSizes shed_member_fields(const std::vector<MemberRecord>& records, const std::string& sweep_dir);

}  // namespace gwp::sweep
