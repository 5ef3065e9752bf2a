#include "sweep/local_runner.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <chrono>
#include <cstring>
#include <string_view>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>

#include "core/errors.hpp"
#include "results/folder_lock.hpp"

extern char** environ;

namespace gwp::sweep {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

struct Running {
  std::size_t index = 0;  // in plan.members
  Clock::time_point started;
};

// The environment a member runs in: this process's, without what tells a program it is a rank
// of an MPI job (Open MPI's and PMIx's variables). A member of a sweep under mpirun is a process of
// its own; should its flow solve start MPI (hypre's multigrid does), it must start as a singleton
// rather than join the sweep's job as a second copy of the rank that started it.
std::vector<std::string> member_environment() {
  static const char* const kJobPrefixes[] = {"OMPI_", "PMIX_", "PMI_", "OPAL_", "ORTE_"};
  std::vector<std::string> kept;
  for (char** e = environ; *e; ++e) {
    const std::string_view entry(*e);
    bool job = false;
    for (const char* prefix : kJobPrefixes) job = job || entry.rfind(prefix, 0) == 0;
    if (!job) kept.emplace_back(entry);
  }
  return kept;
}

// Starts `gwplume run BASE -o DIR --threads 1 --quiet --set ...` with its output in run.log.
pid_t start_member(const SweepFile& sweep, const Member& member, const LocalRun& options, const std::string& dir) {
  std::vector<std::string> words{options.executable, "run", sweep.base, "-o", dir, "--threads", "1", "--quiet"};
  for (const std::string& o : member.overrides) {
    words.push_back("--set");
    words.push_back(o);
  }
  std::vector<char*> argv;
  for (std::string& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);
  const std::string log = (fs::path(dir) / "run.log").string();
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  pid_t pid = 0;
  std::vector<std::string> variables = member_environment();
  std::vector<char*> envp;
  for (std::string& v : variables) envp.push_back(v.data());
  envp.push_back(nullptr);
  const int error = posix_spawn(&pid, options.executable.c_str(), &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  if (error != 0) throw IoError("cannot start " + options.executable + " for member " + std::to_string(member.number) + ": " +
                                std::strerror(error));
  return pid;
}

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// User + system time of an ended process, s.
double cpu_seconds(const struct rusage& usage) {
  return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + 1e-6 * double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
}

// Fills `record` from the wait status of the member's process and what it left, and writes its
// status.txt.
void finish_record(MemberRecord& record, int status, const std::string& dir) {
  // To the millisecond status.txt keeps, so that members.csv reads the same whether the record
  // was just made or read back by a later run of the sweep (0.5449 and 0.545 round apart).
  const auto to_ms = [](double s) { return std::round(s * 1000.0) / 1000.0; };
  record.wall_seconds = to_ms(record.wall_seconds);
  record.cpu_seconds = to_ms(record.cpu_seconds);
  if (WIFEXITED(status)) {
    record.exit_code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    record.exit_code = 128 + WTERMSIG(status);
    record.reason = "killed by signal " + std::to_string(WTERMSIG(status)) + " (" + strsignal(WTERMSIG(status)) + ")";
  }
  // Stopped by a signal (gwplume run's 130 or 143, or killed by SIGINT or SIGTERM): no status.txt,
  // so the member runs again when the sweep does, as a sweep resumed after a time limit wants.
  const bool stopped = record.exit_code == 128 + SIGINT || record.exit_code == 128 + SIGTERM;
  const bool complete = record.exit_code == 0 && fs::exists(fs::path(dir) / "result.h5");
  record.status = complete ? MemberRecord::Status::complete : MemberRecord::Status::failed;
  if (!complete && record.reason.empty()) record.reason = failure_reason((fs::path(dir) / "run.log").string());
  if (complete) record.reason.clear();
  if (!stopped) write_status(dir, record);
}

// Starts a member afresh: what it runs with written, an older result removed. The member's folder
// is held while that is done, so a member of an earlier sweep that was killed and still runs
// there is neither disturbed nor raced: results::FolderInUse, and nothing here is touched. The
// lock is let go just before the member's own `gwplume run` takes it again.
pid_t launch(const SweepFile& sweep, const Member& member, const LocalRun& options) {
  const std::string dir = member_dir(options.sweep_dir, member.number);
  {
    const results::FolderLock held(dir);
    write_overrides(dir, member);
    fs::remove(fs::path(dir) / "result.h5");
  }
  return start_member(sweep, member, options, dir);
}

// A member whose folder another process holds: failed with exit code 3 and the holder named, and
// no status.txt written into the folder that is not this sweep's to write.
void record_in_use(MemberRecord& record, const results::FolderInUse& e) {
  record.status = MemberRecord::Status::failed;
  record.exit_code = 3;
  record.reason = e.what();
}

}  // namespace

std::string failure_reason(const std::string& log_path) {
  // The lines gwplume begins its failures with (app/exit_codes.cpp), and input problems, which
  // are located "file:line:column: key: message".
  static const char* const kPrefixes[] = {"model failure: ", "I/O error: ", "internal error: ", "not a gwplume result: "};
  std::ifstream in(log_path);
  std::string line, last, failure;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    last = line;
    for (const char* prefix : kPrefixes)
      if (line.rfind(prefix, 0) == 0) failure = line;
    if (failure.empty() && line.find(" in the input; nothing was run") != std::string::npos) failure = line;
  }
  return failure.empty() ? last : failure;
}

std::vector<MemberRecord> prepare_records(const MemberPlan& plan, const LocalRun& options, std::vector<std::size_t>& to_run,
                                          SweepProgress& progress) {
  std::vector<MemberRecord> records(plan.members.size());
  progress.members = plan.members.size();
  for (std::size_t i = 0; i < plan.members.size(); ++i) {
    const Member& m = plan.members[i];
    records[i].number = m.number;
    records[i].values = m.values;
    if (const auto before = previous_record(member_dir(options.sweep_dir, m.number), m)) {
      if (before->status == MemberRecord::Status::complete ||
          (before->status == MemberRecord::Status::failed && !options.retry_failed)) {
        records[i] = *before;
        ++progress.skipped;
        ++progress.done;
        if (before->status == MemberRecord::Status::failed) ++progress.failed;
        continue;
      }
    }
    to_run.push_back(i);
  }
  write_members_csv((fs::path(options.sweep_dir) / "members.csv").string(), plan.keys, records);
  return records;
}

MemberRecord run_member(const SweepFile& sweep, const Member& member, const LocalRun& options) {
  MemberRecord record;
  record.number = member.number;
  record.values = member.values;
  const Clock::time_point started = Clock::now();
  pid_t pid = 0;
  try {
    pid = launch(sweep, member, options);
  } catch (const results::FolderInUse& e) {
    record_in_use(record, e);
    return record;
  }
  int status = 0;
  struct rusage usage {};
  // A signal that came while the member was being started has interrupted nothing yet.
  bool passed_on = options.stop && *options.stop != 0 && kill(pid, *options.stop) == 0;
  while (wait4(pid, &status, 0, &usage) < 0) {
    if (errno != EINTR) throw IoError(std::string("waiting for member ") + std::to_string(member.number) + ": " + std::strerror(errno));
    if (options.stop && *options.stop != 0 && !passed_on) passed_on = kill(pid, *options.stop) == 0;
  }
  record.wall_seconds = seconds_since(started);
  record.cpu_seconds = cpu_seconds(usage);
  finish_record(record, status, member_dir(options.sweep_dir, member.number));
  return record;
}

std::vector<MemberRecord> run_members(const SweepFile& sweep, const MemberPlan& plan, const LocalRun& options,
                                      const std::function<void(const SweepProgress&)>& on_progress) {
  const Clock::time_point start = Clock::now();
  SweepProgress progress;
  std::vector<std::size_t> to_run;
  std::vector<MemberRecord> records = prepare_records(plan, options, to_run, progress);
  std::deque<std::size_t> waiting(to_run.begin(), to_run.end());
  const std::string csv = (fs::path(options.sweep_dir) / "members.csv").string();

  std::map<pid_t, Running> running;
  double run_seconds = 0.0;   // wall time of the members run here, for the estimate
  std::size_t run_count = 0;
  const std::size_t jobs = std::size_t(std::max(1, options.jobs));
  const auto report = [&] {
    progress.running = running.size();
    progress.elapsed = seconds_since(start);
    const std::size_t left = waiting.size() + running.size();
    progress.left = run_count == 0 ? -1.0 : run_seconds / double(run_count) * double(left) / double(jobs);
    if (on_progress) on_progress(progress);
  };
  // A stop signal: passed on once to the members running; the members waiting are not started.
  bool passed_on = false;
  const auto pass_on_stop = [&] {
    if (!options.stop || *options.stop == 0 || passed_on) return;
    passed_on = true;
    waiting.clear();
    for (const auto& member : running) kill(member.first, *options.stop);
  };
  report();
  while (!waiting.empty() || !running.empty()) {
    pass_on_stop();
    while (!waiting.empty() && running.size() < jobs) {
      const std::size_t i = waiting.front();
      waiting.pop_front();
      try {
        running[launch(sweep, plan.members[i], options)] = Running{i, Clock::now()};
      } catch (const results::FolderInUse& e) {
        record_in_use(records[i], e);
        ++progress.done;
        ++progress.failed;
        write_members_csv(csv, plan.keys, records);
      }
      report();
    }
    int status = 0;
    struct rusage usage {};
    const pid_t pid = wait4(-1, &status, 0, &usage);
    if (pid < 0) {
      if (errno == EINTR) continue;
      throw IoError(std::string("waiting for the sweep's members: ") + std::strerror(errno));
    }
    const auto it = running.find(pid);
    if (it == running.end()) continue;  // not a member (none expected)
    const Running r = it->second;
    running.erase(it);
    MemberRecord& record = records[r.index];
    record.wall_seconds = seconds_since(r.started);
    record.cpu_seconds = cpu_seconds(usage);
    run_seconds += record.wall_seconds;
    ++run_count;
    finish_record(record, status, member_dir(options.sweep_dir, record.number));
    const bool complete = record.status == MemberRecord::Status::complete;
    ++progress.done;
    if (!complete) ++progress.failed;
    write_members_csv(csv, plan.keys, records);
    if (waiting.empty()) report();  // else the next member's start reports, with it running
  }
  return records;
}

}  // namespace gwp::sweep
