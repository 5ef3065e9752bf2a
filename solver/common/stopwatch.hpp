// Wall-clock time of a scope, added to a running total (s) when the scope ends: how the solvers
// report the time of their phases (assembly, linear solve, corrections, output) without
// threading clocks through their code.
#pragma once
#include <chrono>

namespace gwp::solver {

class ScopedTimer {
 public:
  explicit ScopedTimer(double& total_seconds) : total_(&total_seconds), start_(Clock::now()) {}
  ~ScopedTimer() { *total_ += std::chrono::duration<double>(Clock::now() - start_).count(); }
  ScopedTimer(const ScopedTimer&) = delete;
  ScopedTimer& operator=(const ScopedTimer&) = delete;

 private:
  using Clock = std::chrono::steady_clock;
  double* total_;
  Clock::time_point start_;
};

}  // namespace gwp::solver
