#include "sweep/sweep_designs.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gwp::sweep {

double exceedance_fraction(const std::vector<double>& first_exceedance, const std::vector<unsigned char>& used,
                           const std::vector<std::size_t>& design_of_member, std::size_t design, double time) {
  double counted = 0.0, exceeded = 0.0;
  for (std::size_t m = 0; m < first_exceedance.size(); ++m) {
    if (!used[m] || design_of_member[m] != design || std::isnan(first_exceedance[m])) continue;
    counted += 1.0;
    exceeded += first_exceedance[m] <= time ? 1.0 : 0.0;
  }
  return counted > 0.0 ? exceeded / counted : std::numeric_limits<double>::quiet_NaN();
}

Designs designs_of(const SweepFile& sweep, const MemberPlan& plan) {
  Designs out;
  if (sweep.method != Method::latin_hypercube && sweep.method != Method::monte_carlo) return out;
  std::vector<std::size_t> columns;
  for (std::size_t c = 0; c < sweep.parameters.size(); ++c)
    if (sweep.parameters[c].mode == Parameter::Mode::levels) {
      columns.push_back(c);
      out.keys.push_back(sweep.parameters[c].key);
    }
  if (columns.empty()) return out;
  for (const Member& m : plan.members) {
    std::vector<std::string> combination;
    for (std::size_t c : columns) combination.push_back(m.values[c]);
    const auto it = std::find(out.levels.begin(), out.levels.end(), combination);
    out.of_member.push_back(std::size_t(it - out.levels.begin()));
    if (it == out.levels.end()) out.levels.push_back(std::move(combination));
  }
  return out;
}

}  // namespace gwp::sweep
