#include "analytical/bateman.hpp"

#include <cmath>
#include <stdexcept>

namespace gwp::analytical {

std::vector<double> bateman(const BatemanChain& chain, double t) {
  const std::size_t n = chain.rate.size();
  if (chain.yield.size() != n || chain.initial.size() != n)
    throw std::invalid_argument("bateman: rate, yield and initial must have one entry per member");
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t b = a + 1; b < n; ++b)
      if (chain.rate[a] == chain.rate[b]) throw std::invalid_argument("bateman: the rates must be distinct");
  std::vector<double> out(n, 0.0);
  for (std::size_t m = 0; m < n; ++m) {
    if (chain.initial[m] == 0.0) continue;
    double product = 1.0;  // prod_{j=m}^{i-1} y_{j+1} k_j
    for (std::size_t i = m; i < n; ++i) {
      if (i > m) product *= chain.yield[i] * chain.rate[i - 1];
      double sum = 0.0;
      for (std::size_t j = m; j <= i; ++j) {
        double denominator = 1.0;
        for (std::size_t p = m; p <= i; ++p)
          if (p != j) denominator *= chain.rate[p] - chain.rate[j];
        sum += std::exp(-chain.rate[j] * t) / denominator;
      }
      out[i] += chain.initial[m] * product * sum;
    }
  }
  return out;
}

}  // namespace gwp::analytical
