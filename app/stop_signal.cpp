#include "app/stop_signal.hpp"

namespace gwp::app {

namespace {

// The only state a handler may write (see the header); 0: no stop asked.
volatile std::sig_atomic_t received_stop = 0;

extern "C" void record_stop(int signal) { received_stop = signal; }

}  // namespace

void install_stop_handlers(bool restart_calls) {
  struct sigaction action {};
  action.sa_handler = record_stop;
  sigemptyset(&action.sa_mask);
  // While one stop signal is handled the other waits, so the flag is never written twice at once.
  sigaddset(&action.sa_mask, SIGINT);
  sigaddset(&action.sa_mask, SIGTERM);
  action.sa_flags = restart_calls ? SA_RESTART : 0;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

const volatile std::sig_atomic_t& stop_signal() { return received_stop; }

int stop_exit_code(int signal) { return 128 + signal; }

}  // namespace gwp::app
