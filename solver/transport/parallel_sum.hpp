// Sums over a range computed in parallel through parallel_for, in a fixed number of chunks
// whose partial sums are added in order: the result does not depend on the number of threads,
// so a run gives the same numbers on one core and on many. With the number of sums fixed at
// compile time nothing is allocated.
#pragma once
#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "solver/common/parallel.hpp"

namespace gwp::solver {

inline constexpr int kSumChunks = 64;

// K sums at once: body(i, acc) adds the contributions of index i to acc[0 .. K).
template <int K, class Body>
std::array<double, K> parallel_sums(std::int64_t begin, std::int64_t end, Body&& body) {
  std::array<std::array<double, K>, kSumChunks> part{};
  const std::int64_t count = end - begin;
  const std::int64_t per = (count + kSumChunks - 1) / kSumChunks;
  parallel_for(0, kSumChunks, [&](std::int64_t k) {
    // A local accumulator: the partial sums of neighbouring chunks share cache lines.
    std::array<double, K> acc{};
    const std::int64_t first = begin + k * per, last = std::min(end, first + per);
    for (std::int64_t i = first; i < last; ++i) body(i, acc.data());
    part[std::size_t(k)] = acc;
  });
  std::array<double, K> total{};
  for (const auto& p : part)
    for (int j = 0; j < K; ++j) total[std::size_t(j)] += p[std::size_t(j)];
  return total;
}

// `count` sums chosen at run time (a mass budget with a line per reaction): the same chunks and
// order, with a buffer per chunk.
template <class Body>
std::vector<double> parallel_sums(std::int64_t begin, std::int64_t end, std::size_t count, Body&& body) {
  std::vector<double> part(std::size_t(kSumChunks) * count, 0.0);
  const std::int64_t n = end - begin;
  const std::int64_t per = (n + kSumChunks - 1) / kSumChunks;
  parallel_for(0, kSumChunks, [&](std::int64_t k) {
    std::vector<double> acc(count, 0.0);
    const std::int64_t first = begin + k * per, last = std::min(end, first + per);
    for (std::int64_t i = first; i < last; ++i) body(i, acc.data());
    std::copy(acc.begin(), acc.end(), part.begin() + std::ptrdiff_t(std::size_t(k) * count));
  });
  std::vector<double> total(count, 0.0);
  for (std::size_t k = 0; k < std::size_t(kSumChunks); ++k)
    for (std::size_t j = 0; j < count; ++j) total[j] += part[k * count + j];
  return total;
}

}  // namespace gwp::solver
