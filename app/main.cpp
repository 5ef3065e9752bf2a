// gwplume: the command line. Thin: parse the arguments, call the library, return its exit code.
#include <CLI/CLI.hpp>
#include <iostream>

#include "app/commands.hpp"
#include "app/exit_codes.hpp"

int main(int argc, char** argv) {
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

  gwp::app::RunArguments check_args;
  auto* check = cli.add_subcommand("check", "validate a case and summarise the model without solving");
  check->add_option("case", check_args.case_file, "case file (TOML)")->required();
  check->add_option("--set", check_args.overrides, "override a key of the case: KEY=VALUE")->expected(1)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);

  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = cli.exit(e);
    return code == 0 ? gwp::app::ok : gwp::app::bad_input;
  }
  if (*run) return gwp::app::run_command(run_args, std::cout, std::cerr);
  if (*check) return gwp::app::check_command(check_args, std::cout, std::cerr);
  return gwp::app::bad_input;
}
