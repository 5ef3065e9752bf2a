#include "app/sweep_command.hpp"

#include <cstdio>
#include <exception>
#include <filesystem>
#include <iostream>
#include <optional>
#include <ostream>
#include <thread>

#include "app/exit_codes.hpp"
#include "sweep/collection.hpp"
#include "sweep/local_runner.hpp"
#include "sweep/member_plan.hpp"
#include "sweep/mpi_runner.hpp"
#include "sweep/sweep_file.hpp"

namespace gwp::app {

namespace {

// A CSV field: quoted when it holds a comma, a quote or a space.
std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\" ") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// 83 s as "1:23", 4000 s as "1:06:40".
std::string clock_text(double seconds) {
  const long s = long(seconds + 0.5);
  char text[32];
  if (s >= 3600) std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
  else std::snprintf(text, sizeof text, "%ld:%02ld", s / 60, s % 60);
  return text;
}

void print_plan(const sweep::MemberPlan& plan, std::ostream& out) {
  out << "member";
  for (const std::string& key : plan.keys) out << "," << csv_field(key);
  out << "\n";
  for (const sweep::Member& m : plan.members) {
    out << m.number;
    for (const std::string& v : m.values) out << "," << csv_field(v);
    out << "\n";
  }
}

sweep::LocalRun local_run(const SweepArguments& args, const sweep::SweepFile& file) {
  sweep::LocalRun run;
  run.executable = std::filesystem::read_symlink("/proc/self/exe").string();
  run.sweep_dir = args.output_dir.empty() ? "out/" + file.name : args.output_dir;
  run.jobs = args.jobs > 0 ? args.jobs : int(std::max(1u, std::thread::hardware_concurrency()));
  run.retry_failed = args.retry_failed;
  return run;
}

// A rank other than 0 of an MPI sweep: plans the members as rank 0 does (the same file, the same
// seed), waits for rank 0's word that the members are good, then runs what it is given. Rank 0
// reports every problem; this rank says nothing.
int sweep_worker(const SweepArguments& args, const sweep::MpiSession& mpi) {
  std::optional<sweep::SweepFile> file;
  std::optional<sweep::MemberPlan> plan;
  try {
    file = sweep::read_sweep_file(args.sweep_file);
    plan = sweep::plan_members(*file);
  } catch (...) {
  }
  if (!mpi.broadcast(0)) return ok;
  if (!plan) {
    std::cerr << "rank " << mpi.rank() << ": cannot plan the sweep that rank 0 planned\n";
    std::abort();
  }
  sweep::run_members_mpi(mpi, *file, *plan, local_run(args, *file));
  return ok;
}

}  // namespace

int sweep_command(const SweepArguments& args, std::ostream& out, std::ostream& err) {
  // Under mpirun every rank runs this; rank 0 leads (docs/sweeps.md).
  std::optional<sweep::MpiSession> mpi;
  if (!args.plan && !args.collect_only && sweep::launched_in_parallel()) mpi.emplace();
  if (mpi && mpi->rank() != 0) return sweep_worker(args, *mpi);
  bool told = false;  // whether the other ranks have heard whether to run
  const auto tell = [&](int go) {
    if (mpi && !told) mpi->broadcast(go);
    told = true;
  };
  try {
    const sweep::SweepFile file = sweep::read_sweep_file(args.sweep_file);
    const sweep::MemberPlan plan = sweep::plan_members(file);
    sweep::check_members(file, plan);
    err << "sweep " << file.name << ": " << plan.members.size() << " members (" << to_string(file.method);
    if (file.method == sweep::Method::latin_hypercube || file.method == sweep::Method::monte_carlo)
      err << ", seed " << file.seed;
    err << ") of " << file.base << ", each checked as a case\n";
    if (args.plan) {
      print_plan(plan, out);
      return ok;
    }
    const sweep::LocalRun run = local_run(args, file);
    std::vector<sweep::MemberRecord> records;
    if (args.collect_only) {
      // The members as they were left: complete when a run with the same values completed.
      for (const sweep::Member& m : plan.members) {
        const auto before = sweep::previous_record(sweep::member_dir(run.sweep_dir, m.number), m);
        records.push_back(before ? *before : sweep::MemberRecord{m.number, m.values});
      }
    } else {
      std::size_t last_done = std::size_t(-1);
      const auto progress = [&](const sweep::SweepProgress& p) {
        if (p.done == last_done) return;  // a line at the start and per member ended
        last_done = p.done;
        err << "  " << p.done << " of " << p.members << " members done";
        if (p.failed > 0) err << " (" << p.failed << " failed)";
        if (p.skipped > 0) err << ", " << p.skipped << " from before";
        err << ", " << p.running << " running, " << clock_text(p.elapsed) << " elapsed";
        if (p.left >= 0.0 && p.done < p.members) err << ", about " << clock_text(p.left) << " left";
        err << "\n";
      };
      if (mpi) {
        err << "running " << plan.members.size() << " members on " << mpi->size() - 1
            << " MPI ranks (rank 0 hands them out), into " << run.sweep_dir << "/members\n";
        tell(1);
        records = sweep::run_members_mpi(*mpi, file, plan, run, progress);
      } else {
        err << "running " << plan.members.size() << " members, " << run.jobs << " at a time, into " << run.sweep_dir
            << "/members\n";
        records = sweep::run_members(file, plan, run, progress);
      }
    }
    const sweep::CollectionSummary collected = sweep::collect_members(file, plan, records, run.sweep_dir);
    for (const std::string& problem : collected.problems) err << "warning: left out of the statistics: " << problem << "\n";
    std::size_t failed = 0;
    for (const sweep::MemberRecord& r : records) failed += r.status == sweep::MemberRecord::Status::failed;
    std::size_t complete = 0;
    for (const sweep::MemberRecord& r : records) complete += r.status == sweep::MemberRecord::Status::complete;
    out << "sweep " << file.name << ": " << complete << " of " << records.size() << " members complete, " << failed
        << " failed; " << run.sweep_dir << "/members.csv\n";
    out << "statistics of " << collected.used << " members, " << collected.species.size() << " species at "
        << collected.times.size() << " times: " << run.sweep_dir << "/sweep.h5\n";
    for (const sweep::MemberRecord& r : records)
      if (r.status == sweep::MemberRecord::Status::failed)
        out << "  member " << r.number << " failed (exit " << r.exit_code << "): " << r.reason << "\n";
    return failed > 0 || complete < records.size() ? some_failed : ok;
  } catch (...) {
    const bool running = mpi && told;  // the other ranks may be waiting for members
    tell(0);
    const int code = report_failure(std::current_exception(), err);
    if (running) mpi->abort(code);
    return code;
  }
}

}  // namespace gwp::app
