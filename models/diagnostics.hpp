// Problems found in a case: each names the file, line, column and key, and says what was
// found and what was expected. Collected, then thrown together as one InputError (exit 2).
#pragma once
#include <stdexcept>
#include <string>
#include <vector>

#include "models/case.hpp"

namespace gwp::model {

struct Diagnostic {
  Location where;
  std::string message;  // "what is wrong (found X, expected Y)"
  // "file:line:column: key: message"
  std::string format() const;
};

class Diagnostics {
 public:
  void add(const Location& where, std::string message);
  bool empty() const { return items_.empty(); }
  const std::vector<Diagnostic>& items() const { return items_; }
  // Throws InputError with every diagnostic collected so far, if any.
  void throw_if_any() const;

 private:
  std::vector<Diagnostic> items_;
};

// Bad input: exit code 2. what() holds every problem, one per line.
struct InputError : std::runtime_error {
  explicit InputError(std::vector<Diagnostic> problems);
  std::vector<Diagnostic> problems;
};

}  // namespace gwp::model
