#include "postprocess/reporting/bore_transfer.hpp"

#include <algorithm>

#include "postprocess/reporting/result_series.hpp"

namespace gwp::reporting {

namespace {

// The rows of `well` at `time`, as layers with the columns `pick` chooses.
template <class Pick>
BoreTransfer layers_at(const std::vector<metrics::BoreLayerMass>& rows, const std::string& well, double time,
                       Pick pick) {
  BoreTransfer t;
  t.well = well;
  t.time = time;
  for (const metrics::BoreLayerMass& r : rows) {
    if (r.well != well || !same_time(r.time, time)) continue;
    BoreLayer layer{r.layer};
    pick(r, layer);
    t.layers.push_back(std::move(layer));
  }
  return t;
}

}  // namespace

std::vector<std::string> bore_wells(const std::vector<metrics::BoreLayerMass>& rows) {
  std::vector<std::string> wells;
  for (const metrics::BoreLayerMass& r : rows)
    if (std::find(wells.begin(), wells.end(), r.well) == wells.end()) wells.push_back(r.well);
  return wells;
}

std::vector<double> bore_times(const std::vector<metrics::BoreLayerMass>& rows, const std::string& well) {
  std::vector<double> times;
  for (const metrics::BoreLayerMass& r : rows) {
    if (r.well != well) continue;
    if (std::none_of(times.begin(), times.end(), [&](double t) { return same_time(t, r.time); }))
      times.push_back(r.time);
  }
  std::sort(times.begin(), times.end());
  return times;
}

BoreTransfer split_by_direction(BoreTransfer t) {
  t.down = t.up = 0.0;
  for (std::size_t k = 0; k < t.layers.size(); ++k) {
    BoreLayer& layer = t.layers[k];
    const double above = k == 0 ? 0.0 : t.layers[k - 1].carried_down;  // nothing enters the top from above
    const double below = k + 1 == t.layers.size() ? 0.0 : layer.carried_down;  // nor the lowest from below
    layer.from_above = above > 0.0 ? std::max(0.0, above - std::max(below, 0.0)) : 0.0;
    layer.from_below = below < 0.0 ? std::max(0.0, -below - std::max(-above, 0.0)) : 0.0;
    t.down += layer.from_above;
    t.up += layer.from_below;
  }
  return t;
}

BoreTransfer bore_transfer(const std::vector<metrics::BoreLayerMass>& rows, const std::string& well, double time) {
  return split_by_direction(layers_at(rows, well, time, [](const metrics::BoreLayerMass& r, BoreLayer& l) {
    l.in = r.mass_in;
    l.out = r.mass_out;
    l.carried_down = r.carried_down;
  }));
}

BoreTransfer bore_transfer_between(const std::vector<metrics::BoreLayerMass>& rows, const std::string& well,
                                   double from, double to) {
  const BoreTransfer start = bore_transfer(rows, well, from);
  BoreTransfer end = bore_transfer(rows, well, to);
  if (start.empty() || end.empty()) return {well, to, {}, 0.0, 0.0};
  for (BoreLayer& layer : end.layers) {
    const auto before = std::find_if(start.layers.begin(), start.layers.end(),
                                     [&](const BoreLayer& b) { return b.layer == layer.layer; });
    if (before == start.layers.end()) continue;  // a layer first recorded later: all since the start
    layer.in -= before->in;
    layer.out -= before->out;
    layer.carried_down -= before->carried_down;
  }
  return split_by_direction(std::move(end));
}

BoreTransfer bore_rates(const std::vector<metrics::BoreLayerMass>& rows, const std::string& well, double time) {
  return split_by_direction(layers_at(rows, well, time, [](const metrics::BoreLayerMass& r, BoreLayer& l) {
    l.in = r.rate_in;
    l.out = r.rate_out;
    l.carried_down = r.rate_down;
  }));
}

}  // namespace gwp::reporting
