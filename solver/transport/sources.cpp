#include "solver/transport/sources.hpp"

#include <algorithm>
#include <limits>

namespace gwp::solver {

Sources::Sources(const FlowProblem& flow)
    : term_count_(flow.terms.size()), inflow_mass_(std::size_t(flow.grid->cell_count()), 0.0) {}

double Sources::entering(const StepView& s, std::size_t term, double t) {
  const std::vector<SourceConcentration>& c = s.species->term_concentration;
  return term < c.size() ? c[term].at(t) : 0.0;
}

void Sources::prepare(const StepView& s) {
  std::fill(inflow_mass_.begin(), inflow_mass_.end(), 0.0);
  source_low_.assign(inflow_mass_.size(), std::numeric_limits<double>::infinity());
  source_high_.assign(inflow_mass_.size(), -std::numeric_limits<double>::infinity());
  const double t = s.t_mid();
  for (std::size_t k = 0; k < term_count_; ++k) {
    const std::vector<double>& q = s.flow->term_flow[k];
    double c = 0.0;
    bool evaluated = false;
    for (std::size_t i = 0; i < q.size(); ++i) {
      if (!(q[i] > 0.0)) continue;
      if (!evaluated) {
        c = entering(s, k, t);
        evaluated = true;
      }
      const std::size_t cell = std::size_t(s.flow->term_cells[k][i]);
      inflow_mass_[cell] += q[i] * c;
      source_low_[cell] = std::min(source_low_[cell], c);
      source_high_[cell] = std::max(source_high_[cell], c);
    }
  }
}

void Sources::fill_row(const StepView& s, std::int64_t cell, RowRef& row) const {
  const std::size_t c = std::size_t(cell);
  row.rhs += inflow_mass_[c];
  const double out = s.flow->term_outflow[c];
  if (out == 0.0) return;
  const double w = s.cell_weight(cell);
  row.add_diagonal(w * out);
  row.rhs -= (1.0 - w) * out * s.c_old[c];
}

double Sources::rate(const StepView& s, std::int64_t cell, const double* c_new) const {
  const std::size_t c = std::size_t(cell);
  return inflow_mass_[c] - s.flow->term_outflow[c] * s.weighted(cell, c_new);
}

void Sources::term_rates(const StepView& s, std::size_t term, const double* c_new, double& in,
                         double& out) const {
  in = out = 0.0;
  const std::vector<double>& q = s.flow->term_flow[term];
  const double c_in = entering(s, term, s.t_mid());
  for (std::size_t i = 0; i < q.size(); ++i) {
    if (q[i] > 0.0) in += q[i] * c_in;
    else if (q[i] < 0.0) out -= q[i] * s.weighted(s.flow->term_cells[term][i], c_new);
  }
}

}  // namespace gwp::solver
