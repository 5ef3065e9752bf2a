// Running a sweep's members under MPI (`mpirun -n P gwplume sweep SWEEP.toml`): rank 0 hands out
// the members one at a time as ranks free up and keeps the records; every other rank runs the
// members it is given, each as a `gwplume run` process of its own (local_runner.hpp), and reports
// back. Members depend only on the sweep file and its seed, so every rank plans them alike and
// only their numbers travel. The same program runs without mpirun as before: MPI is started only
// when mpirun started the process.
#pragma once
#include <functional>
#include <vector>

#include "sweep/local_runner.hpp"

namespace gwp::sweep {

// Whether this process was started by mpirun (or srun) among more than one process.
bool launched_in_parallel();

// MPI for the life of the object: MPI_Init on construction, MPI_Finalize on destruction.
class MpiSession {
 public:
  MpiSession();
  ~MpiSession();
  MpiSession(const MpiSession&) = delete;
  MpiSession& operator=(const MpiSession&) = delete;
  int rank() const { return rank_; }
  int size() const { return size_; }
  // Rank 0's `value` on every rank.
  int broadcast(int value) const;
  // Ends every rank with `code` (when rank 0 fails while the others wait for members).
  [[noreturn]] void abort(int code) const;

 private:
  int rank_ = 0, size_ = 1;
};

// On rank 0: hands out the members to run and returns every member's record (DIR/members.csv
// rewritten as members end; `on_progress` as for run_members). On the other ranks: runs what it
// is given until told to stop, and returns nothing. Needs at least two ranks.
std::vector<MemberRecord> run_members_mpi(const MpiSession& mpi, const SweepFile& sweep, const MemberPlan& plan,
                                          const LocalRun& options,
                                          const std::function<void(const SweepProgress&)>& on_progress = {});

}  // namespace gwp::sweep
