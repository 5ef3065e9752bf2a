// Typed failures. One place (app/exit_codes) maps them to exit codes:
// InputError -> 2, ModelFailure -> 1, IoError -> 3.
#pragma once
#include <stdexcept>
#include <string>

namespace gwp {

// The model itself failed: no convergence, a budget over its tolerance.
// The message says where (time, cell, term) so the engineer can act.
struct ModelFailure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Reading or writing a file failed (not a problem with its content).
struct IoError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace gwp
