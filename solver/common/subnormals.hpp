// Arithmetic on subnormal numbers (magnitudes below 2.2e-308) takes about a hundred times
// longer than on normal ones on x86 processors. Far from a plume, an implicit transport step
// fills the work vectors of its linear solver with such numbers (a residual decaying cell by
// cell into the far field): on the 1.28 million cell benchmark that doubled the time of the
// linear solves. While an object of this class lives, the calling thread and every OpenMP
// thread treat subnormal inputs and results as zero (the flush-to-zero and denormals-are-zero
// modes of SSE); each thread's previous mode is restored afterwards. Nothing that gwplume
// computes is meaningful at 1e-308; the solvers flush far larger values themselves.
// Elsewhere than x86 the class does nothing.
#pragma once
#include <vector>

namespace gwp::solver {

class SubnormalsAsZero {
 public:
  SubnormalsAsZero();
  ~SubnormalsAsZero();
  SubnormalsAsZero(const SubnormalsAsZero&) = delete;
  SubnormalsAsZero& operator=(const SubnormalsAsZero&) = delete;

 private:
  std::vector<unsigned> previous_;  // the control word of each thread
};

}  // namespace gwp::solver
