// The one parallel loop of the solver kernels. Physics code calls parallel_for and stays
// free of pragmas. An exception thrown in the body is caught inside the parallel region
// (OpenMP forbids it leaving) and rethrown on the calling thread afterwards.
#pragma once
#include <algorithm>
#include <cstdint>
#include <exception>
#include <mutex>

namespace gwp::solver {

template <class Body>
void parallel_for(std::int64_t begin, std::int64_t end, Body&& body) {
  std::exception_ptr error;
  std::mutex error_mutex;
  // The range is dealt out in interleaved chunks, not one contiguous share per thread: much of
  // the transport work is where the plume is, often a few layers of the model, which
  // contiguous shares would leave to one thread while the others wait. Chunks of at most 2048
  // indices keep each thread's accesses contiguous enough for the caches and prefetchers; a
  // short range (the blocks of a preconditioner) goes out one index at a time.
  const std::int64_t chunk = std::clamp<std::int64_t>((end - begin) / 16, 1, 2048);
#pragma omp parallel for schedule(static, chunk)
  for (std::int64_t i = begin; i < end; ++i) {
    try {
      body(i);
    } catch (...) {
      std::lock_guard<std::mutex> lock(error_mutex);
      if (!error) error = std::current_exception();
    }
  }
  if (error) std::rethrow_exception(error);
}

}  // namespace gwp::solver
