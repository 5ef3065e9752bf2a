#include "solver/transport/decay.hpp"

#include <algorithm>

#include "solver/transport/sorption.hpp"

namespace gwp::solver {

namespace {

double at(const std::vector<double>& v, std::int64_t cell) {
  return v.empty() ? 0.0 : v[std::size_t(cell)];
}

}  // namespace

void DecayReaction::fill_row(const StepView& s, std::int64_t cell, RowRef& row) const {
  const SpeciesProblem& sp = *s.species;
  const std::size_t c = std::size_t(cell);
  const double w = s.cell_weight(cell);
  const double lambda = at(sp.decay_dissolved, cell);
  if (lambda != 0.0) {
    const double k = lambda * s.water_new(cell);
    row.add_diagonal(w * k);
    row.rhs -= (1.0 - w) * k * s.c_old[c];
  }
  const double lambda_s = at(sp.decay_sorbed, cell);
  if (lambda_s != 0.0 && sp.sorption != SorptionModel::none) {
    const double k = lambda_s * (*s.bulk_density)[c] * s.volume_new(cell);
    const Isotherm iso = isotherm_of(sp, cell);
    if (iso.model == SorptionModel::linear) {
      row.add_diagonal(w * k * iso.k);
    } else {
      const double ck = s.c_iter[c];
      const double slope = SorbedStorage::linearisation_slope(iso, ck, s.slope_floor);
      row.add_diagonal(w * k * slope);
      row.rhs -= w * k * (sorbed_concentration(iso, ck) - slope * ck);
    }
    row.rhs -= (1.0 - w) * k * sorbed_concentration(iso, s.c_old[c]);
  }
  row.rhs += zero_order_rate(s, cell);
}

std::vector<std::string> DecayReaction::budget_labels() const {
  return {"decay:dissolved", "decay:sorbed", "zero_order"};
}

void DecayReaction::rates(const StepView& s, std::int64_t cell, const double* c_new, double* out) const {
  out[0] = dissolved_rate(s, cell, c_new);
  out[1] = sorbed_rate(s, cell, c_new);
  out[2] = zero_order_rate(s, cell);
}

double DecayReaction::dissolved_rate(const StepView& s, std::int64_t cell, const double* c_new) const {
  const double lambda = at(s.species->decay_dissolved, cell);
  return lambda == 0.0 ? 0.0 : -lambda * s.water_new(cell) * s.weighted(cell, c_new);
}

double DecayReaction::sorbed_rate(const StepView& s, std::int64_t cell, const double* c_new) const {
  const double lambda_s = at(s.species->decay_sorbed, cell);
  if (lambda_s == 0.0 || s.species->sorption == SorptionModel::none) return 0.0;
  const std::size_t c = std::size_t(cell);
  const Isotherm iso = isotherm_of(*s.species, cell);
  const double w = s.cell_weight(cell);
  const double sorbed = w * sorbed_concentration(iso, c_new[c]) + (1.0 - w) * sorbed_concentration(iso, s.c_old[c]);
  return -lambda_s * (*s.bulk_density)[c] * s.volume_new(cell) * sorbed;
}

double DecayReaction::zero_order_rate(const StepView& s, std::int64_t cell) const {
  const double gamma = at(s.species->zero_order, cell);
  if (gamma == 0.0) return 0.0;
  const double scale = gamma < 0.0 && s.zero_order_scale ? s.zero_order_scale[std::size_t(cell)] : 1.0;
  return gamma * s.water_new(cell) * scale;
}

bool DecayReaction::has_zero_order_loss(const SpeciesProblem& species) {
  return std::any_of(species.zero_order.begin(), species.zero_order.end(), [](double g) { return g < 0.0; });
}

double limited_loss_scale(double loss, double diagonal, double c, double scale) {
  if (c >= 0.0 || loss <= 0.0) return scale;
  // The row reads diagonal c + ... = rhs - scale loss; lowering the loss by -diagonal c lifts c
  // to zero with the neighbours held.
  const double applied = std::max(0.0, scale * loss + diagonal * c);
  return std::clamp(applied / loss, 0.0, scale);
}

}  // namespace gwp::solver
