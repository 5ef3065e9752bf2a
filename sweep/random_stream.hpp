// Random numbers that are the same on every machine, compiler and library: a sweep's members
// depend only on its file and seed. The standard library's engines are portable but its
// distributions are not (each implementation turns bits into numbers its own way), so the bits
// of std::mt19937_64 are turned into numbers here.
#pragma once
#include <cstdint>
#include <random>

namespace gwp::sweep {

class RandomStream {
 public:
  explicit RandomStream(std::uint64_t seed) : engine_(seed) {}
  // Uniform in the open interval (0, 1): 53 random bits, never 0 or 1 (quantiles are then finite).
  double uniform();
  // Uniform integer in [0, n), n > 0, without modulo bias (rejection of the incomplete last block).
  std::uint64_t below(std::uint64_t n);

 private:
  std::mt19937_64 engine_;
};

}  // namespace gwp::sweep
