// The one place that maps typed failures to the exit codes of docs/command-line.md.
#pragma once
#include <exception>
#include <iosfwd>

namespace gwp::app {

enum ExitCode : int { ok = 0, model_failed = 1, bad_input = 2, io_error = 3, some_failed = 4,
                   interrupted = 130,  // SIGINT (Ctrl-C): 128 + 2
                   terminated = 143 };  // SIGTERM (kill, Slurm at the time limit): 128 + 15

// Prints the failure in `error` to `err` and returns its exit code.
int report_failure(std::exception_ptr error, std::ostream& err);

}  // namespace gwp::app
