// What became of each member of a sweep: kept beside its result (DIR/members/NNNN/) so that a
// sweep run again skips the members already done with the same values, and gathered into
// DIR/members.csv (member, every parameter, status, exit code, wall and CPU time, reason).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "sweep/member_plan.hpp"

namespace gwp::sweep {

struct MemberRecord {
  std::size_t number = 0;
  std::vector<std::string> values;   // as the plan gives them
  enum class Status { not_run, complete, failed } status = Status::not_run;
  int exit_code = -1;                // gwplume run's exit code; 128 + n when killed by signal n
  double wall_seconds = 0.0;         // s, from start to end
  double cpu_seconds = 0.0;          // s, user + system time of the member's process
  std::string reason;                // why it failed: the run's last error line, or the signal
};

std::string to_string(MemberRecord::Status status);

// DIR/members/0007 for member 7 (four digits at least).
std::string member_dir(const std::string& sweep_dir, std::size_t number);

// Writes DIR/members/NNNN/overrides.txt (one KEY=VALUE a line): what the member runs with.
void write_overrides(const std::string& dir, const Member& member);
// Writes DIR/members/NNNN/status.txt once the member has ended.
void write_status(const std::string& dir, const MemberRecord& record);

// The record of a member already run with the same overrides: its status.txt when its
// overrides.txt equals `member`'s, and for a complete member when its result.h5 is there;
// nullopt otherwise (never run, run with other values, or interrupted).
std::optional<MemberRecord> previous_record(const std::string& dir, const Member& member);

// DIR/members.csv, written whole (to a temporary name, then renamed).
void write_members_csv(const std::string& path, const std::vector<std::string>& keys,
                       const std::vector<MemberRecord>& records);

}  // namespace gwp::sweep
