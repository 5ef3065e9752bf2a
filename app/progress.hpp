// Progress of a run on standard error: a bar redrawn in place on a terminal, or plain lines
// (one per tenth of the run) when the output is a file or --quiet was given.
#pragma once
#include <chrono>
#include <iosfwd>

namespace gwp::app {

class Progress {
 public:
  Progress(std::ostream& out, bool plain) : out_(out), plain_(plain), start_(std::chrono::steady_clock::now()) {}
  void update(double time, double end);  // d
  void done();

 private:
  std::ostream& out_;
  bool plain_;
  int last_tenth_ = -1;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace gwp::app
