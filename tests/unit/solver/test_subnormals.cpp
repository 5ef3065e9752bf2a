// While a SubnormalsAsZero lives, a product that would be subnormal (1e-300 x 1e-10 = 1e-310,
// below the smallest normal double 2.2e-308) comes out as zero on every thread; afterwards it
// is subnormal again.
#include <gtest/gtest.h>
#include <omp.h>

#include <vector>

#include "solver/common/subnormals.hpp"

namespace gwp::solver {
namespace {

double tiny_product() {
  volatile double a = 1e-300, b = 1e-10;  // volatile: computed at run time, not by the compiler
  return a * b;
}

TEST(SubnormalsAsZero, FlushedOnEveryThreadWhileAlive) {
#if !defined(__SSE__)
  GTEST_SKIP() << "only x86 (SSE) has the flush-to-zero modes";
#endif
  ASSERT_GT(tiny_product(), 0.0);  // subnormal, not zero, by default
  {
    const SubnormalsAsZero guard;
    EXPECT_EQ(tiny_product(), 0.0);
    std::vector<double> per_thread(std::size_t(omp_get_max_threads()), 1.0);
#pragma omp parallel
    per_thread[std::size_t(omp_get_thread_num())] = tiny_product();
    for (double x : per_thread) EXPECT_EQ(x, 0.0);
  }
  EXPECT_GT(tiny_product(), 0.0);
  EXPECT_LT(tiny_product(), 2.3e-308);
}

}  // namespace
}  // namespace gwp::solver
