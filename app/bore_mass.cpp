#include "app/bore_mass.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace gwp::app {

namespace {

std::vector<double> at_cells(const std::vector<double>& field, const std::vector<std::int64_t>& cells) {
  std::vector<double> out;
  out.reserve(cells.size());
  for (std::int64_t n : cells) out.push_back(field.at(std::size_t(n)));
  return out;
}

// Sets `part` (gains or losses) to sum to `total`: scaled where it holds anything, else shared by
// `weights` (non-negative), else evenly.
void scale_to(std::vector<double>& part, double total, const std::vector<double>& weights) {
  const double sum = std::accumulate(part.begin(), part.end(), 0.0);
  if (sum > 0.0) {
    for (double& v : part) v *= total / sum;
    return;
  }
  if (!(total > 0.0) || part.empty()) return;
  const double weight_sum = std::accumulate(weights.begin(), weights.end(), 0.0);
  for (std::size_t c = 0; c < part.size(); ++c)
    part[c] = weight_sum > 0.0 ? total * weights[c] / weight_sum : total / double(part.size());
}

}  // namespace

PairSlots pair_slots(const ConnectionGroup& group, const std::vector<std::int64_t>& cells) {
  const auto slot = [&](std::int64_t cell) {
    const auto it = std::find(cells.begin(), cells.end(), cell);
    if (it == cells.end())
      throw std::invalid_argument("connection group '" + group.name + "' joins cell " + std::to_string(cell) +
                                  ", which is not one of its bore's cells");
    return std::size_t(it - cells.begin());
  };
  PairSlots slots;
  for (std::size_t p = 0; p < group.n.size(); ++p) {
    slots.n.push_back(slot(group.n[p]));
    slots.m.push_back(slot(group.m[p]));
  }
  return slots;
}

CellExchange step_exchange(const PairSlots& slots, const std::vector<double>& pair_flow,
                           const std::vector<double>& c_start, const std::vector<double>& c_end, double weight,
                           double dt) {
  if (pair_flow.size() != slots.n.size())
    throw std::invalid_argument(std::to_string(pair_flow.size()) + " pair flows for " +
                                std::to_string(slots.n.size()) + " pairs");
  if (c_start.size() != c_end.size())
    throw std::invalid_argument("concentrations of " + std::to_string(c_start.size()) + " and " +
                                std::to_string(c_end.size()) + " cells");
  std::vector<double> net(c_end.size(), 0.0);  // g per cell over the step
  for (std::size_t p = 0; p < pair_flow.size(); ++p) {
    const double q = pair_flow[p];  // m3/d, n -> m
    const std::size_t up = q > 0.0 ? slots.n[p] : slots.m[p];
    const double c = weight * c_end.at(up) + (1.0 - weight) * c_start.at(up);  // mg/L = g/m3
    const double mass = q * c * dt;  // g from n to m
    net.at(slots.n[p]) -= mass;
    net.at(slots.m[p]) += mass;
  }
  CellExchange e{std::vector<double>(net.size(), 0.0), std::vector<double>(net.size(), 0.0)};
  for (std::size_t c = 0; c < net.size(); ++c) (net[c] > 0.0 ? e.gain[c] : e.loss[c]) = std::abs(net[c]);
  return e;
}

std::vector<double> water_exchange(const PairSlots& slots, const std::vector<double>& pair_flow, std::size_t cells) {
  std::vector<double> water(cells, 0.0);
  for (std::size_t p = 0; p < pair_flow.size(); ++p) {
    water.at(slots.n[p]) -= pair_flow[p];
    water.at(slots.m[p]) += pair_flow[p];
  }
  return water;
}

void match_budget(CellExchange& exchange, double step_in, double step_out, const std::vector<double>& water) {
  std::vector<double> gaining(water.size()), giving(water.size());
  for (std::size_t c = 0; c < water.size(); ++c) {
    gaining[c] = std::max(0.0, water[c]);
    giving[c] = std::max(0.0, -water[c]);
  }
  scale_to(exchange.gain, std::max(0.0, step_in), gaining);
  scale_to(exchange.loss, std::max(0.0, step_out), giving);
}

BoreMassLedger::BoreMassLedger(BoreCells bore, const ConnectionGroup& group, std::size_t group_index,
                               std::size_t budget_line, const std::vector<double>& c_initial, double t_start)
    : bore_(std::move(bore)),
      slots_(pair_slots(group, bore_.cells)),
      group_(group_index),
      line_(budget_line),
      c_last_(at_cells(c_initial, bore_.cells)),
      t_last_(t_start),
      in_(bore_.layers.size(), 0.0),
      out_(bore_.layers.size(), 0.0),
      rate_in_(bore_.layers.size(), 0.0),
      rate_out_(bore_.layers.size(), 0.0) {
  if (bore_.layer.size() != bore_.cells.size())
    throw std::invalid_argument("bore " + bore_.well + ": a layer for each of its cells is needed");
}

void BoreMassLedger::add_step(double t, const FlowSolution& water, const std::vector<double>& concentration,
                              double weight, const MassBudget& budget) {
  const double dt = t - t_last_;
  const MassBudgetLine& line = budget.lines.at(line_);
  const std::vector<double> c_end = at_cells(concentration, bore_.cells);
  const std::vector<double>& pair_flow = water.extra_flow.at(group_);
  CellExchange e = dt > 0.0 ? step_exchange(slots_, pair_flow, c_last_, c_end, weight, dt)
                            : CellExchange{std::vector<double>(c_end.size(), 0.0), std::vector<double>(c_end.size(), 0.0)};
  match_budget(e, line.in - line_in_, line.out - line_out_, water_exchange(slots_, pair_flow, c_end.size()));
  std::fill(rate_in_.begin(), rate_in_.end(), 0.0);
  std::fill(rate_out_.begin(), rate_out_.end(), 0.0);
  for (std::size_t c = 0; c < c_end.size(); ++c) {
    const std::size_t l = bore_.layer[c];
    in_[l] += e.gain[c];
    out_[l] += e.loss[c];
    if (dt > 0.0) {
      rate_in_[l] += e.gain[c] / dt;
      rate_out_[l] += e.loss[c] / dt;
    }
  }
  c_last_ = c_end;
  t_last_ = t;
  line_in_ = line.in;
  line_out_ = line.out;
}

std::vector<double> BoreMassLedger::net_in() const {
  std::vector<double> net(in_.size());
  for (std::size_t l = 0; l < in_.size(); ++l) net[l] = in_[l] - out_[l];
  return net;
}

double BoreMassLedger::total_in() const { return std::accumulate(in_.begin(), in_.end(), 0.0); }

std::vector<post::BoreLayerMass> BoreMassLedger::rows(double time) const {
  std::vector<post::BoreLayerMass> rows;
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
