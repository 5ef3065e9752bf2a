#include "solver/transport/species_order.hpp"

#include <stdexcept>

namespace gwp::solver {

std::vector<std::size_t> species_order(const std::vector<std::vector<std::size_t>>& before,
                                       const std::vector<std::string>& names) {
  const std::size_t count = before.size();
  auto name = [&](std::size_t s) { return s < names.size() ? names[s] : "#" + std::to_string(s); };
  for (std::size_t s = 0; s < count; ++s)
    for (std::size_t p : before[s]) {
      if (p >= count)
        throw std::invalid_argument("species " + name(s) + ": a reaction reads species #" + std::to_string(p) +
                                    ", but there are " + std::to_string(count));
      if (p == s) throw std::invalid_argument("species " + name(s) + ": a reaction reads its own step");
    }
  // Kahn's algorithm, always taking the lowest-indexed species that is ready (the species
  // counts are small: a quadratic scan is clearer than a heap).
  std::vector<std::size_t> order;
  std::vector<bool> done(count, false);
  while (order.size() < count) {
    bool progressed = false;
    for (std::size_t s = 0; s < count; ++s) {
      if (done[s]) continue;
      bool ready = true;
      for (std::size_t p : before[s]) ready = ready && done[p];
      if (!ready) continue;
      done[s] = true;
      order.push_back(s);
      progressed = true;
      break;
    }
    if (!progressed) {
      std::string cycle;
      for (std::size_t s = 0; s < count; ++s)
        if (!done[s]) cycle += (cycle.empty() ? "" : ", ") + name(s);
      throw std::invalid_argument("species " + cycle + " read one another's steps in a cycle");
    }
  }
  return order;
}

}  // namespace gwp::solver
