#include "sweep/mpi_runner.hpp"

// The C interface only: Open MPI's mpi.h otherwise pulls in its long-deprecated C++ bindings,
// which live in a library (libmpi_cxx) the program does not link.
#define OMPI_SKIP_MPICXX 1
#define MPICH_SKIP_MPICXX 1
#include <mpi.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <sstream>
#include <thread>
#include <stdexcept>
#include <string>

#include "core/errors.hpp"

namespace gwp::sweep {

namespace {

constexpr int kTagReport = 1;  // worker -> rank 0: "ready", with the record of its last member
constexpr int kTagWork = 2;    // rank 0 -> worker: the index of a member to run, or -1: stop

// A worker's report: the member's index in the plan (-1: nothing run yet) and its record.
std::string pack(long index, const MemberRecord& r) {
  std::ostringstream s;
  s.precision(17);  // the times as status.txt keeps them, not to six digits
  s << index << '\n' << int(r.status) << '\n' << r.exit_code << '\n' << r.wall_seconds << '\n' << r.cpu_seconds << '\n' << r.reason;
  return s.str();
}

long unpack(const std::string& text, MemberRecord& r) {
  std::istringstream s(text);
  long index = -1;
  int status = 0;
  s >> index >> status >> r.exit_code >> r.wall_seconds >> r.cpu_seconds;
  s.get();
  std::getline(s, r.reason);
  r.status = MemberRecord::Status(status);
  return index;
}

void send_work(int rank, long index) {
  const std::int64_t value = index;
  MPI_Send(&value, 1, MPI_INT64_T, rank, kTagWork, MPI_COMM_WORLD);
}

}  // namespace

bool launched_in_parallel() {
  for (const char* name : {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "PMIX_SIZE", "SLURM_NTASKS"}) {
    const char* value = std::getenv(name);
    if (value && std::atoi(value) > 1) return true;
  }
  return false;
}

MpiSession::MpiSession() {
  MPI_Init(nullptr, nullptr);
  MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
  MPI_Comm_size(MPI_COMM_WORLD, &size_);
}

MpiSession::~MpiSession() {
  // Ranks done early (workers while the last members run, all of them while rank 0 collects)
  // wait here without spinning, as above: MPI_Finalize would poll at full speed.
  MPI_Request request;
  MPI_Ibarrier(MPI_COMM_WORLD, &request);
  for (int done = 0;;) {
    MPI_Test(&request, &done, MPI_STATUS_IGNORE);
    if (done) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  MPI_Finalize();
}

int MpiSession::broadcast(int value) const {
  MPI_Bcast(&value, 1, MPI_INT, 0, MPI_COMM_WORLD);
  return value;
}

void MpiSession::abort(int code) const {
  MPI_Abort(MPI_COMM_WORLD, code);
  std::abort();  // MPI_Abort does not return; this tells the compiler so
}

std::vector<MemberRecord> run_members_mpi(const MpiSession& mpi, const SweepFile& sweep, const MemberPlan& plan,
                                          const LocalRun& options,
                                          const std::function<void(const SweepProgress&)>& on_progress) {
  if (mpi.size() < 2) throw std::invalid_argument("an MPI sweep needs two ranks or more");
  if (mpi.rank() != 0) {
    // A worker: report ready, run what comes, until -1.
    std::string report = pack(-1, MemberRecord{});
    for (;;) {
      MPI_Send(report.data(), int(report.size()), MPI_CHAR, 0, kTagReport, MPI_COMM_WORLD);
      std::int64_t index = -1;
      MPI_Recv(&index, 1, MPI_INT64_T, 0, kTagWork, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
      if (index < 0) return {};
      // Told to stop (Slurm signals every process of the job) after rank 0 handed this member
      // out: it is not started, and rank 0 records it as not run.
      MemberRecord record;
      if (!(options.stop && *options.stop != 0)) record = run_member(sweep, plan.members[std::size_t(index)], options);
      report = pack(long(index), record);
    }
  }

  using Clock = std::chrono::steady_clock;
  const Clock::time_point start = Clock::now();
  SweepProgress progress;
  std::vector<std::size_t> to_run;
  std::vector<MemberRecord> records = prepare_records(plan, options, to_run, progress);
  std::deque<std::size_t> waiting(to_run.begin(), to_run.end());
  const std::string csv = (std::filesystem::path(options.sweep_dir) / "members.csv").string();
  int workers = mpi.size() - 1;
  double run_seconds = 0.0;
  std::size_t run_count = 0;
  const auto report = [&] {
    progress.elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    const std::size_t left = waiting.size() + progress.running;
    progress.left = run_count == 0 ? -1.0 : run_seconds / double(run_count) * double(left) / double(mpi.size() - 1);
    if (on_progress) on_progress(progress);
  };
  report();
  while (workers > 0) {
    // A stop signal: the members running stop (their workers pass it on), none other starts.
    if (options.stop && *options.stop != 0) waiting.clear();
    // Wait for a report without spinning: Open MPI's blocking probe polls at full speed, and
    // rank 0 would then take a core from the members it hands out.
    MPI_Status status;
    for (int flag = 0;;) {
      MPI_Iprobe(MPI_ANY_SOURCE, kTagReport, MPI_COMM_WORLD, &flag, &status);
      if (flag) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    int length = 0;
    MPI_Get_count(&status, MPI_CHAR, &length);
    std::string text(std::size_t(length), '\0');
    MPI_Recv(text.data(), length, MPI_CHAR, status.MPI_SOURCE, kTagReport, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
    MemberRecord done;
    const long index = unpack(text, done);
    if (index >= 0 && done.status == MemberRecord::Status::not_run) {
      --progress.running;  // handed out as the sweep was stopped, never started
    } else if (index >= 0) {
      MemberRecord& r = records[std::size_t(index)];
      r.status = done.status;
      r.exit_code = done.exit_code;
      r.wall_seconds = done.wall_seconds;
      r.cpu_seconds = done.cpu_seconds;
      r.reason = done.reason;
      run_seconds += r.wall_seconds;
      ++run_count;
      ++progress.done;
      --progress.running;
      if (r.status != MemberRecord::Status::complete) ++progress.failed;
      write_members_csv(csv, plan.keys, records);
    }
    if (waiting.empty()) {
      send_work(status.MPI_SOURCE, -1);
      --workers;
    } else {
      send_work(status.MPI_SOURCE, long(waiting.front()));
      waiting.pop_front();
      ++progress.running;
    }
    report();
  }
  return records;
}

}  // namespace gwp::sweep
