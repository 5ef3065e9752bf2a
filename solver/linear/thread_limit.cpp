#include "solver/linear/thread_limit.hpp"

#include <omp.h>

#include <algorithm>

namespace gwp::solver {

ThreadLimit::ThreadLimit(int max_threads) : previous_(omp_get_max_threads()) {
  omp_set_num_threads(std::max(1, std::min(max_threads, previous_)));
}

ThreadLimit::~ThreadLimit() { omp_set_num_threads(previous_); }

int threads_for(std::int64_t unknowns) {
  return unknowns < kParallelMinimumUnknowns ? 1 : omp_get_max_threads();
}

}  // namespace gwp::solver
