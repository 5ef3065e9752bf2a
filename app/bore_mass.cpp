#include "app/bore_mass.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace gwp::app {

std::vector<std::size_t> bore_slots(const std::vector<std::int64_t>& group_cells, const BoreCells& bore) {
  std::vector<std::size_t> slots;
  for (std::int64_t cell : group_cells) {
    const auto it = std::find(bore.cells.begin(), bore.cells.end(), cell);
    if (it == bore.cells.end())
      throw std::invalid_argument("the bore of " + bore.well + " joins cell " + std::to_string(cell) +
                                  ", which is not one of its open cells");
    slots.push_back(std::size_t(it - bore.cells.begin()));
  }
  return slots;
}

BoreMassLedger::BoreMassLedger(BoreCells bore, std::vector<std::size_t> slots, double t_start)
    : bore_(std::move(bore)),
      slots_(std::move(slots)),
      t_last_(t_start),
      in_(bore_.layers.size(), 0.0),
      out_(bore_.layers.size(), 0.0),
      rate_in_(bore_.layers.size(), 0.0),
      rate_out_(bore_.layers.size(), 0.0) {
  if (bore_.layer.size() != bore_.cells.size())
    throw std::invalid_argument("bore " + bore_.well + ": a layer for each of its cells is needed");
}

void BoreMassLedger::add_step(double t, const std::vector<double>& exchange) {
  if (exchange.size() != slots_.size())
    throw std::invalid_argument("bore " + bore_.well + ": " + std::to_string(exchange.size()) + " exchanges for " +
                                std::to_string(slots_.size()) + " cells");
  const double dt = t - t_last_;
  std::fill(rate_in_.begin(), rate_in_.end(), 0.0);
  std::fill(rate_out_.begin(), rate_out_.end(), 0.0);
  for (std::size_t k = 0; k < slots_.size(); ++k) {
    const std::size_t l = bore_.layer[slots_[k]];
    (exchange[k] > 0.0 ? rate_in_[l] : rate_out_[l]) += std::abs(exchange[k]);
  }
  if (dt > 0.0)
    for (std::size_t l = 0; l < in_.size(); ++l) {
      in_[l] += dt * rate_in_[l];
      out_[l] += dt * rate_out_[l];
    }
  t_last_ = t;
}

std::vector<double> BoreMassLedger::net_in() const {
  std::vector<double> net(in_.size());
  for (std::size_t l = 0; l < in_.size(); ++l) net[l] = in_[l] - out_[l];
  return net;
}

double BoreMassLedger::total_in() const { return std::accumulate(in_.begin(), in_.end(), 0.0); }

std::vector<metrics::BoreLayerMass> BoreMassLedger::rows(double time) const {
  std::vector<metrics::BoreLayerMass> rows;
  const std::size_t layers = bore_.layers.size();
  for (std::size_t l = 0; l < layers; ++l) {
    // What the layers below gained, net, came down past this one's bottom.
    double down = 0.0, rate_down = 0.0;
    for (std::size_t below = l + 1; below < layers; ++below) {
      down += in_[below] - out_[below];
      rate_down += rate_in_[below] - rate_out_[below];
    }
    rows.push_back({time, bore_.well, bore_.layers[l], in_[l], out_[l], down, rate_in_[l], rate_out_[l], rate_down});
  }
  return rows;
}

}  // namespace gwp::app
