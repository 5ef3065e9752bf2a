// SIGINT (Ctrl-C) and SIGTERM (kill, or Slurm at the end of a job's time) ask a run to stop at the
// end of the flow or transport step under way (docs/command-line.md).
//
// A signal handler may touch nothing but a `volatile std::sig_atomic_t` (no allocation, lock,
// stream or file): the handler can run between any two instructions, inside malloc or an HDF5
// write. So the handler only records the signal's number in one flag, the process's one global
// (it cannot be passed to a handler any other way); the step loops poll it and the run ends from
// there, writing what is complete.
#pragma once
#include <csignal>

namespace gwp::app {

// Installs the handler for SIGINT and SIGTERM. With `restart_calls` a system call under way
// when a signal comes (a write of the result file) resumes instead of failing with EINTR; a
// sweep waiting for its members wants the wait to end instead (restart_calls = false). The
// handler stays installed: a second signal only sets the flag again and never kills the process
// half way through writing its result.
void install_stop_handlers(bool restart_calls = true);

// The flag: 0 while no stop was asked, else the number of the last stop signal received.
const volatile std::sig_atomic_t& stop_signal();

// The exit code of a process stopped by `signal`, the shell's 128 + number: 130 for SIGINT, 143
// for SIGTERM.
int stop_exit_code(int signal);

}  // namespace gwp::app
