// Caps the OpenMP threads of the calling thread for the lifetime of the object, and restores
// the previous cap afterwards. Eigen's threaded products and parallel_for both follow the cap
// (Eigen reads omp_get_max_threads() unless told otherwise). Small systems run faster on one
// thread: each threaded kernel costs a fork and join, and on a machine whose other cores are
// busy the join waits for a descheduled thread.
#pragma once
#include <cstdint>

namespace gwp::solver {

// Below this many unknowns a solve runs on one thread.
inline constexpr std::int64_t kParallelMinimumUnknowns = 50000;

class ThreadLimit {
 public:
  explicit ThreadLimit(int max_threads);
  ~ThreadLimit();
  ThreadLimit(const ThreadLimit&) = delete;
  ThreadLimit& operator=(const ThreadLimit&) = delete;

 private:
  int previous_ = 1;
};

// One thread for systems smaller than kParallelMinimumUnknowns, the current cap otherwise.
int threads_for(std::int64_t unknowns);

}  // namespace gwp::solver
