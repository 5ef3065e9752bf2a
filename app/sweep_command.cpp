#include "app/sweep_command.hpp"

#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <ostream>
#include <thread>
#include <utility>

#include "app/exit_codes.hpp"
#include "app/stop_signal.hpp"
#include "core/csv_fields.hpp"
#include "core/errors.hpp"
#include "core/text_file.hpp"
#include "models/diagnostics.hpp"
#include "sweep/collection.hpp"
#include "sweep/local_runner.hpp"
#include "sweep/member_fields.hpp"
#include "sweep/member_plan.hpp"
#include "sweep/mpi_runner.hpp"
#include "sweep/slurm_scripts.hpp"
#include "sweep/sweep_file.hpp"

namespace gwp::app {

namespace {

// 83 s as "1:23", 4000 s as "1:06:40".
std::string clock_text(double seconds) {
  const long s = long(seconds + 0.5);
  char text[32];
  if (s >= 3600) std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
  else std::snprintf(text, sizeof text, "%ld:%02ld", s / 60, s % 60);
  return text;
}

// Bytes as megabytes with one decimal.
std::string megabytes(std::uintmax_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", double(bytes) / 1048576.0);
  return text;
}

void print_plan(const sweep::MemberPlan& plan, std::ostream& out) {
  out << "member";
  for (const std::string& key : plan.keys) out << "," << csv_quoted(key);
  out << "\n";
  for (const sweep::Member& m : plan.members) {
    out << m.number;
    for (const std::string& v : m.values) out << "," << csv_quoted(v);
    out << "\n";
  }
}

sweep::LocalRun local_run(const SweepArguments& args, const sweep::SweepFile& file) {
  sweep::LocalRun run;
  run.executable = std::filesystem::read_symlink("/proc/self/exe").string();
  run.sweep_dir = args.output_dir.empty() ? "out/" + file.name : args.output_dir;
  run.jobs = args.jobs > 0 ? args.jobs : int(std::max(1u, std::thread::hardware_concurrency()));
  run.retry_failed = args.retry_failed;
  run.stop = &stop_signal();  // set once install_stop_handlers is called
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
  install_stop_handlers(false);  // the wait for a member ends at a signal, which is passed on
  sweep::run_members_mpi(mpi, *file, *plan, local_run(args, *file));
  return ok;
}

// Runs `command` through the shell and returns what it printed (trailing newline dropped);
// throws IoError when it fails.
std::string shell_output(const std::string& command) {
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) throw IoError("cannot run " + command);
  std::string text;
  char buffer[256];
  while (std::fgets(buffer, sizeof buffer, pipe)) text += buffer;
  const int status = ::pclose(pipe);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  if (status != 0) throw IoError(command + " failed: " + text);
  return text;
}

// --member I: one member, as a Slurm array task runs it. Exit 0 when it completed (now or
// before), else the member's own exit code (4 when it was killed).
int run_one(const sweep::SweepFile& file, const sweep::MemberPlan& plan, const sweep::LocalRun& run, std::size_t number,
            std::ostream& out) {
  if (number < 1 || number > plan.members.size())
    throw model::InputError({{model::Location{"--member", 1, 1, "--member"},
                              "no member " + std::to_string(number) + " (the sweep has members 1 to " +
                                  std::to_string(plan.members.size()) + ")"}});
  const sweep::Member& m = plan.members[number - 1];
  sweep::MemberPlan one{plan.keys, plan.override_columns, {m}};
  sweep::check_members(file, one);
  const std::string dir = sweep::member_dir(run.sweep_dir, number);
  if (const auto before = sweep::previous_record(dir, m); before && before->status == sweep::MemberRecord::Status::complete) {
    out << "member " << number << " complete before: " << dir << "/result.h5\n";
    return ok;
  }
  install_stop_handlers(false);  // the wait for the member ends at a signal, which is passed on
  const sweep::MemberRecord r = sweep::run_member(file, m, run);
  if (stop_signal() != 0) {
    out << "member " << number << " stopped by signal " << stop_signal() << ": " << r.reason << "\n";
    return stop_exit_code(stop_signal());
  }
  if (r.status == sweep::MemberRecord::Status::complete) {
    out << "member " << number << " complete in " << clock_text(r.wall_seconds) << ": " << dir << "/result.h5\n";
    return ok;
  }
  out << "member " << number << " failed (exit " << r.exit_code << "): " << r.reason << "\n";
  return r.exit_code >= 1 && r.exit_code <= 3 ? r.exit_code : some_failed;
}

// --slurm [--submit]: the job array and the collecting job.
int write_slurm(const SweepArguments& args, const sweep::SweepFile& file, const sweep::MemberPlan& plan,
                const sweep::LocalRun& run, std::ostream& out) {
  sweep::SlurmRequest r;
  r.executable = run.executable;
  r.sweep_file = std::filesystem::absolute(args.sweep_file).lexically_normal().string();
  r.sweep_dir = std::filesystem::absolute(run.sweep_dir).lexically_normal().string();
  r.name = file.name;
  r.members = plan.members.size();
  r.array_limit = args.array_limit;
  r.partition = args.partition;
  r.time_limit = args.time_limit;
  std::filesystem::create_directories(std::filesystem::path(r.sweep_dir) / "members");
  const std::string array = r.sweep_dir + "/sweep.sbatch", collect = r.sweep_dir + "/collect.sbatch";
  for (const auto& [path, text] : {std::pair{array, sweep::array_script(r)}, std::pair{collect, sweep::collect_script(r)}}) {
    write_text_whole(path, text);
  }
  out << "wrote " << array << " (" << r.members << " members, one a task) and " << collect << "\n";
  if (!args.submit) {
    out << "submit them with:\n  id=$(sbatch --parsable " << sweep::shell_quote(array) << ")\n"
        << "  sbatch --dependency=afterany:$id " << sweep::shell_quote(collect) << "\n";
    return ok;
  }
  const std::string array_id = shell_output("sbatch --parsable " + sweep::shell_quote(array) + " 2>&1");
  const std::string job = array_id.substr(0, array_id.find(';'));
  const std::string collect_id =
      shell_output("sbatch --parsable --dependency=afterany:" + job + " " + sweep::shell_quote(collect) + " 2>&1");
  out << "submitted job array " << job << " and collecting job " << collect_id.substr(0, collect_id.find(';'))
      << " (runs after the array); results in " << r.sweep_dir << "\n";
  return ok;
}

}  // namespace

int sweep_command(const SweepArguments& args, std::ostream& out, std::ostream& err) {
  // Under mpirun every rank runs this; rank 0 leads (docs/sweeps.md).
  std::optional<sweep::MpiSession> mpi;
  if (!args.plan && !args.collect_only && args.member == 0 && !args.slurm && sweep::launched_in_parallel()) mpi.emplace();
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
    sweep::check_collect(file);
    err << "sweep " << file.name << ": " << plan.members.size() << " members (" << to_string(file.method);
    if (file.method == sweep::Method::latin_hypercube || file.method == sweep::Method::monte_carlo)
      err << ", seed " << file.seed;
    err << ") of " << file.base << ", each checked as a case\n";
    if (args.plan) {
      print_plan(plan, out);
      return ok;
    }
    const sweep::LocalRun run = local_run(args, file);
    if (args.member > 0) return run_one(file, plan, run, args.member, out);
    if (args.slurm) return write_slurm(args, file, plan, run, out);
    std::vector<sweep::MemberRecord> records;
    if (args.collect_only) {
      // The members as they were left: complete when a run with the same values completed.
      for (const sweep::Member& m : plan.members) {
        const auto before = sweep::previous_record(sweep::member_dir(run.sweep_dir, m.number), m);
        sweep::MemberRecord not_run;
        not_run.number = m.number;
        not_run.values = m.values;
        records.push_back(before ? *before : not_run);
      }
      sweep::write_members_csv((std::filesystem::path(run.sweep_dir) / "members.csv").string(), plan.keys, records);
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
        install_stop_handlers(false);  // as below; every rank has its own
        tell(1);
        records = sweep::run_members_mpi(*mpi, file, plan, run, progress);
      } else {
        err << "running " << plan.members.size() << " members, " << run.jobs << " at a time, into " << run.sweep_dir
            << "/members\n";
        install_stop_handlers(false);  // the wait for the members ends at a signal, which is passed on
        records = sweep::run_members(file, plan, run, progress);
      }
      if (stop_signal() != 0) {  // nothing collected from a sweep stopped half way
        err << "sweep " << file.name << " stopped by signal " << stop_signal() << "; the members it stopped run again "
            << "when the sweep is run again; " << run.sweep_dir << "/members.csv\n";
        return stop_exit_code(stop_signal());
      }
    }
    const std::string sweep_h5 = (std::filesystem::path(run.sweep_dir) / "sweep.h5").string();
    if (!args.collect_only && !file.collect.keep_all && std::filesystem::exists(sweep_h5) &&
        sweep::every_member_shed(records, run.sweep_dir)) {
      out << "sweep " << file.name << ": every member complete and collected before; the members keep only their "
          << "metrics (keep = \"metrics\"), so " << sweep_h5 << " stands as it was\n";
      return ok;
    }
    const sweep::CollectionSummary collected = sweep::collect_members(file, plan, records, run.sweep_dir);
    for (const std::string& problem : collected.problems) err << "warning: left out of the statistics: " << problem << "\n";
    std::size_t failed = 0, complete = 0;
    for (const sweep::MemberRecord& r : records) {
      failed += r.status == sweep::MemberRecord::Status::failed;
      complete += r.status == sweep::MemberRecord::Status::complete;
    }
    out << "sweep " << file.name << ": " << complete << " of " << records.size() << " members complete, " << failed
        << " failed; " << run.sweep_dir << "/members.csv\n";
    out << "statistics of " << collected.used << " members, " << collected.species.size() << " species at "
        << collected.times.size() << " times: " << run.sweep_dir << "/sweep.h5\n";
    for (const sweep::MemberRecord& r : records)
      if (r.status == sweep::MemberRecord::Status::failed)
        out << "  member " << r.number << " failed (exit " << r.exit_code << "): " << r.reason << "\n";
    if (!file.collect.keep_all) {
      if (failed == 0 && complete == records.size() && collected.used == records.size()) {
        const sweep::ShedSizes sizes = sweep::shed_member_fields(records, run.sweep_dir);
        out << "members' fields removed now that they are collected (keep = \"metrics\"): their results take "
            << megabytes(sizes.after) << " MB instead of " << megabytes(sizes.before) << " MB\n";
      } else {
        out << "members keep their fields until every member is complete and collected (keep = \"metrics\")\n";
      }
    }
    // A complete member whose result cannot be read is a damaged file, named in the warnings above.
    if (!collected.problems.empty()) {
      err << "sweep " << file.name << ": " << collected.problems.size()
          << (collected.problems.size() == 1 ? " member's result" : " members' results")
          << " could not be read; sweep.h5 holds the statistics of the others\n";
      return io_error;
    }
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
