#include "sweep/sampling.hpp"

#include <numeric>
#include <stdexcept>
#include <string>

#include "sweep/random_stream.hpp"

namespace gwp::sweep {

Probabilities latin_hypercube(std::size_t members, std::size_t parameters, std::uint64_t seed) {
  Probabilities u(members, std::vector<double>(parameters, 0.0));
  RandomStream random(seed);
  std::vector<std::size_t> stratum(members);
  for (std::size_t k = 0; k < parameters; ++k) {
    std::iota(stratum.begin(), stratum.end(), std::size_t{0});
    // Fisher-Yates: member i gets stratum[i], every permutation as likely.
    for (std::size_t i = members; i > 1; --i) std::swap(stratum[i - 1], stratum[random.below(i)]);
    for (std::size_t i = 0; i < members; ++i) u[i][k] = (double(stratum[i]) + random.uniform()) / double(members);
  }
  return u;
}

Probabilities monte_carlo(std::size_t members, std::size_t parameters, std::uint64_t seed) {
  Probabilities u(members, std::vector<double>(parameters, 0.0));
  RandomStream random(seed);
  for (auto& row : u)
    for (double& v : row) v = random.uniform();
  return u;
}

std::vector<std::vector<std::size_t>> grid_levels(const std::vector<std::size_t>& level_counts) {
  constexpr double kMostMembers = 1e7;
  double product = 1.0;
  for (std::size_t k = 0; k < level_counts.size(); ++k) {
    if (level_counts[k] == 0) throw std::invalid_argument("parameter " + std::to_string(k + 1) + " has no level");
    product *= double(level_counts[k]);
  }
  if (product > kMostMembers)
    throw std::invalid_argument("the grid has " + std::to_string(product) + " members, more than 1e7");
  const std::size_t members = level_counts.empty() ? 0 : std::size_t(product);
  std::vector<std::vector<std::size_t>> levels(members, std::vector<std::size_t>(level_counts.size(), 0));
  for (std::size_t m = 0; m < members; ++m) {
    std::size_t rest = m;
    for (std::size_t k = level_counts.size(); k-- > 0;) {
      levels[m][k] = rest % level_counts[k];
      rest /= level_counts[k];
    }
  }
  return levels;
}

}  // namespace gwp::sweep
