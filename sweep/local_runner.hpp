// Running a sweep's members on this machine: each member is `gwplume run` of the base case with
// its overrides, a process of its own on one thread, `jobs` at a time, writing
// DIR/members/NNNN/result.h5 and run.log. A member that fails or crashes is recorded and never
// stops the others; a member already complete with the same values is not run again, nor one
// that failed unless `retry_failed`, nor one a stop signal ended (it runs again next time).
#pragma once
#include <csignal>
#include <functional>
#include <string>
#include <vector>

#include "sweep/member_plan.hpp"
#include "sweep/member_record.hpp"

namespace gwp::sweep {

struct LocalRun {
  std::string executable;     // the gwplume program the members run
  std::string sweep_dir;      // DIR
  int jobs = 1;               // members at a time
  bool retry_failed = false;
  // Non-zero: the number of a stop signal (SIGINT, SIGTERM) the sweep received. It is passed on
  // to the members running, which close their results within a step; none is started after it.
  const volatile std::sig_atomic_t* stop = nullptr;
};

struct SweepProgress {
  std::size_t members = 0, done = 0, failed = 0, skipped = 0, running = 0;
  double elapsed = 0.0;       // s
  double left = -1.0;         // s, estimated; negative while unknown
};

// Runs the members of `plan` not already done and returns every member's record, in order.
// DIR/members.csv is rewritten after each member ends. `on_progress` is called when a member
// starts or ends. Throws IoError when a member's directory cannot be written or a process cannot
// be started.
std::vector<MemberRecord> run_members(const SweepFile& sweep, const MemberPlan& plan, const LocalRun& options,
                                      const std::function<void(const SweepProgress&)>& on_progress = {});

// The records of the members before a run: those already complete with the same values (and
// those failed, unless options.retry_failed) as they ended; `to_run` receives the indices (in
// plan.members) of the others. Writes DIR/members.csv.
std::vector<MemberRecord> prepare_records(const MemberPlan& plan, const LocalRun& options, std::vector<std::size_t>& to_run,
                                          SweepProgress& progress);

// Runs one member to its end (blocking) and returns its record, its status.txt written.
MemberRecord run_member(const SweepFile& sweep, const Member& member, const LocalRun& options);

// Why a member failed, from its run.log: the last line in which gwplume reports a failure
// ("model failure: ...", "I/O error: ..."), or else the last line.
std::string failure_reason(const std::string& log_path);

}  // namespace gwp::sweep
