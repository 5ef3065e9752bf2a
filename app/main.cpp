// gwplume: the command line. Thin: parse the arguments, call the library, return its exit code.
#include <CLI/CLI.hpp>
#include <cctype>
#include <iostream>

#include "app/commands.hpp"
#include "app/exit_codes.hpp"
#include "app/help_text.hpp"
#include "app/export_command.hpp"
#include "app/report_command.hpp"
#include "app/compare_command.hpp"
#include "app/render_command.hpp"
#include "app/sweep_command.hpp"
#include "results/h5/error.hpp"

int main(int argc, char** argv) {
  // Before anything starts the HDF5 library (GDAL's drivers do, when a case names a GIS file):
  // its exit handler must be off for a file whose close failed on a full disk (h5/error.cpp).
  gwp::results::h5::silence_library_errors();
  CLI::App cli{"gwplume " GWPLUME_VERSION " - groundwater flow and contaminant transport"};
  cli.require_subcommand(1);
  cli.set_version_flag("--version", std::string("gwplume ") + GWPLUME_VERSION);

  gwp::app::RunArguments run_args;
  auto* run = cli.add_subcommand("run", "solve a case and write DIR/result.h5");
  run->add_option("case", run_args.case_file, "case file (TOML)")->required();
  run->add_option("-o,--output", run_args.output_dir, "output directory (default: [output] dir, else out/<case name>)");
  run->add_option("--set", run_args.overrides, "override a key of the case: KEY=VALUE")->expected(1)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  run->add_option("--threads", run_args.threads, "number of threads (default: all cores)");
  run->add_flag("--quiet", run_args.quiet, "plain progress lines instead of a progress bar");
  run->add_flag("--force", run_args.force, "run even when the model's estimated memory exceeds what the machine has");

  gwp::app::RunArguments check_args;
  auto* check = cli.add_subcommand("check", "validate a case, summarise it and estimate the run, without solving");
  check->add_option("case", check_args.case_file, "case file (TOML)")->required();
  check->add_option("--set", check_args.overrides, "override a key of the case: KEY=VALUE")->expected(1)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  check->add_flag("--force", check_args.force, "build the model even when its estimated memory exceeds what the machine has");

  gwp::app::ExportArguments export_args;
  auto* export_cmd = cli.add_subcommand("export", "write VTK, XDMF, GIS and CSV files from a result file");
  export_cmd->add_option("result", export_args.result, "result file (result.h5)")->required();
  export_cmd->add_option("--vtk", export_args.vtk_dir, "write .vtu per time, a .pvd and the features .vtp into DIR");
  export_cmd->add_flag("--xdmf", export_args.xdmf, "write RESULT.xmf beside the result (SWEEP.xmf beside a sweep.h5) for ParaView");
  export_cmd->add_option("--gis", export_args.gis_dir, "write GeoTIFF and GeoJSON per species and time into DIR");
  export_cmd->add_option("--csv", export_args.csv_dir, "write monitoring series, well flows, budgets and metrics as CSV into DIR");

  gwp::app::ReportArguments report_args;
  auto* report = cli.add_subcommand("report", "write an HTML and Markdown report of a result, pictures beside it");
  report->add_option("result", report_args.result, "result file (result.h5)")->required();
  report->add_option("-o,--output", report_args.output_dir, "output directory (default: report/ beside the result)");
  report->add_option("--lang", report_args.language, "language of the report: en (default) or zh");

  gwp::app::CompareArguments compare_args;
  auto* compare = cli.add_subcommand("compare", "compare scenarios: tables, verdicts and charts; the first result is the baseline");
  compare->add_option("results", compare_args.results, "two or more result files, the baseline first")->required();
  compare->add_option("-o,--output", compare_args.output_dir, "output directory (default: out/compare)");
  compare->add_option("--lang", compare_args.language, "language of the documents: en (default) or zh");

  gwp::app::SweepArguments sweep_args;
  auto* sweep = cli.add_subcommand("sweep", "run a sweep: many runs of one case with sampled keys");
  sweep->add_option("sweep", sweep_args.sweep_file, "sweep file (TOML)")->required();
  sweep->add_option("-o,--output", sweep_args.output_dir, "output directory (default: out/<sweep name>)");
  sweep->add_option("--jobs", sweep_args.jobs, "members at a time on this machine (default: one per core)");
  sweep->add_flag("--plan", sweep_args.plan, "print every member's values (CSV) after checking each as a case; run nothing");
  sweep->add_flag("--retry-failed", sweep_args.retry_failed, "run again the members that failed before");
  sweep->add_flag("--collect", sweep_args.collect_only, "(re)build DIR/sweep.h5 from the members present; run nothing");
  sweep->add_option("--member", sweep_args.member, "run member I only (what a Slurm array task calls)");
  sweep->add_flag("--slurm", sweep_args.slurm, "write DIR/sweep.sbatch (a job array) and DIR/collect.sbatch");
  sweep->add_flag("--submit", sweep_args.submit, "with --slurm: submit them with sbatch, the collecting job after the array");
  sweep->add_option("--partition", sweep_args.partition, "with --slurm: the partition (default: the cluster's)");
  sweep->add_option("--time", sweep_args.time_limit, "with --slurm: time limit of a member, e.g. 2:00:00");
  sweep->add_option("--array-limit", sweep_args.array_limit, "with --slurm: most members running at once");

  gwp::app::RenderArguments render_args;
  auto* render = gwp::app::add_render_subcommand(cli, render_args);

  // Worked examples and the exit codes after the options of every --help.
  cli.footer(gwp::app::help_footer(""));
  std::vector<std::string> commands;
  for (auto* command : {run, check, export_cmd, report, compare, render, sweep}) {
    command->footer(gwp::app::help_footer(command->get_name()));
    commands.push_back(command->get_name());
  }

  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 says only "A subcommand is required" when the first word is no command: name it.
    if (argc > 1 && cli.get_subcommands().empty() && dynamic_cast<const CLI::RequiredError*>(&e)) {
      std::cerr << gwp::app::unknown_command_message(argv[1], commands) << "\nRun with --help for more information.\n";
      return gwp::app::bad_input;
    }
    // CLI11 lists unexpected arguments; name each unknown option with the nearest known one.
    if (dynamic_cast<const CLI::ExtrasError*>(&e) && !cli.get_subcommands().empty()) {
      const CLI::App* command = cli.get_subcommands().front();
      std::vector<std::string> options;
      for (const CLI::Option* o : command->get_options()) {
        for (const std::string& n : o->get_lnames()) options.push_back("--" + n);
        for (const std::string& n : o->get_snames()) options.push_back("-" + n);
      }
      bool named = false;
      for (const std::string& word : command->remaining())
        if (word.size() > 1 && word[0] == '-' && !std::isdigit(static_cast<unsigned char>(word[1]))) {
          std::cerr << gwp::app::unknown_option_message(word, options) << "\n";
          named = true;
        }
      if (named) {
        std::cerr << "Run 'gwplume " << command->get_name() << " --help' for its options.\n";
        return gwp::app::bad_input;
      }
    }
    const int code = cli.exit(e);
    return code == 0 ? gwp::app::ok : gwp::app::bad_input;
  }
  if (*run) return gwp::app::run_command(run_args, std::cout, std::cerr);
  if (*check) return gwp::app::check_command(check_args, std::cout, std::cerr);
  if (*export_cmd) return gwp::app::export_command(export_args, std::cout, std::cerr);
  if (*report) return gwp::app::report_command(report_args, std::cout, std::cerr);
  if (*compare) return gwp::app::compare_command(compare_args, std::cout, std::cerr);
  if (*render) return gwp::app::render_command(render_args, std::cout, std::cerr);
  if (*sweep) return gwp::app::sweep_command(sweep_args, std::cout, std::cerr);
  return gwp::app::bad_input;
}
