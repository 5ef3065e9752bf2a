#include "solver/common/subnormals.hpp"

#include <omp.h>

#if defined(__SSE__)
#include <xmmintrin.h>
#endif

namespace gwp::solver {

namespace {

#if defined(__SSE__)
constexpr unsigned kFlushToZero = 0x8000, kDenormalsAreZero = 0x0040;
unsigned control_word() { return _mm_getcsr(); }
void set_control_word(unsigned word) { _mm_setcsr(word); }
#else
constexpr unsigned kFlushToZero = 0, kDenormalsAreZero = 0;
unsigned control_word() { return 0; }
void set_control_word(unsigned) {}
#endif

}  // namespace

SubnormalsAsZero::SubnormalsAsZero() : previous_(std::size_t(omp_get_max_threads()) + 1, 0) {
  previous_.back() = control_word();
  set_control_word(previous_.back() | kFlushToZero | kDenormalsAreZero);
#pragma omp parallel
  {
    const std::size_t t = std::size_t(omp_get_thread_num());
    if (t + 1 < previous_.size()) {
      previous_[t] = control_word();
      set_control_word(previous_[t] | kFlushToZero | kDenormalsAreZero);
    }
  }
}

SubnormalsAsZero::~SubnormalsAsZero() {
#pragma omp parallel
  {
    const std::size_t t = std::size_t(omp_get_thread_num());
    if (t + 1 < previous_.size()) set_control_word(previous_[t]);
  }
  set_control_word(previous_.back());
}

}  // namespace gwp::solver
