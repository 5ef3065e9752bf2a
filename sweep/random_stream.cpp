#include "sweep/random_stream.hpp"

#include <limits>
#include <stdexcept>

namespace gwp::sweep {

double RandomStream::uniform() {
  // (k + 0.5) / 2^53 for a 53-bit k: the midpoints of 2^53 equal bins of (0, 1).
  const std::uint64_t k = engine_() >> 11;
  return (double(k) + 0.5) * 0x1.0p-53;
}

std::uint64_t RandomStream::below(std::uint64_t n) {
  if (n == 0) throw std::invalid_argument("a random integer below 0");
  const std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
  const std::uint64_t limit = max - (max % n + 1) % n;  // largest multiple of n, minus one
  std::uint64_t x = engine_();
  while (x > limit) x = engine_();
  return x % n;
}

}  // namespace gwp::sweep
