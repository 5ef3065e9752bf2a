#include "app/initial_state.hpp"

#include <cmath>

#include "models/diagnostics.hpp"
#include "results/result_reader.hpp"

namespace gwp::app {

void load_initial_concentrations(model::Model& m) {
  model::Diagnostics d;
  const Grid& grid = m.grid->grid;
  for (std::size_t s = 0; s < m.source.species.size(); ++s) {
    const model::Species& species = m.source.species[s];
    if (!species.initial_from) continue;
    const results::ResultReader result(*species.initial_from);
    const std::string field = "/transport/" + species.name + "/concentration";
    if (!result.exists(field)) {
      d.add(species.location, "the result " + *species.initial_from + " holds no concentrations of " + species.name);
      continue;
    }
    const std::vector<double> times = result.read("/transport/times").values;
    std::size_t best = 0;
    for (std::size_t k = 1; k < times.size(); ++k)
      if (std::abs(times[k] - species.initial_from_time) < std::abs(times[best] - species.initial_from_time)) best = k;
    if (times.empty() || std::abs(times[best] - species.initial_from_time) > 1e-6) {
      d.add(species.location, "the result " + *species.initial_from + " stored no concentrations at " +
                                  std::to_string(species.initial_from_time) + " d");
      continue;
    }
    const auto slice = result.read_slice(field, best);
    if (slice.values.size() != std::size_t(grid.cell_count())) {
      d.add(species.location, "the result " + *species.initial_from + " is on another grid (found " +
                                  std::to_string(slice.values.size()) + " cells, expected " +
                                  std::to_string(grid.cell_count()) + ")");
      continue;
    }
    std::vector<double>& initial = m.transport.species[s].initial;
    for (std::size_t n = 0; n < initial.size(); ++n) initial[n] = grid.active[n] ? slice.values[n] : 0.0;
  }
  d.throw_if_any();
}

}  // namespace gwp::app
