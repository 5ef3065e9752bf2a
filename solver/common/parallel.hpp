// The one parallel loop of the solver kernels. Physics code calls parallel_for and stays
// free of pragmas. An exception thrown in the body is caught inside the parallel region
// (OpenMP forbids it leaving) and rethrown on the calling thread afterwards.
#pragma once
#include <cstdint>
#include <exception>
#include <mutex>

namespace gwp {

template <class Body>
void parallel_for(std::int64_t begin, std::int64_t end, Body&& body) {
  std::exception_ptr error;
  std::mutex error_mutex;
#pragma omp parallel for schedule(static)
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

}  // namespace gwp
