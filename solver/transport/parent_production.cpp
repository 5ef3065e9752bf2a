#include "solver/transport/parent_production.hpp"

#include <stdexcept>
#include <utility>

namespace gwp::solver {

namespace {

double at(const std::vector<double>& v, std::int64_t cell) {
  return v.empty() ? 0.0 : v[std::size_t(cell)];
}

}  // namespace

ParentProduction::ParentProduction(std::size_t parent, std::string parent_name, double yield, ParentPhases phases)
    : parent_(parent), parent_name_(std::move(parent_name)), yield_(yield), phases_(phases) {
  if (!(yield > 0.0)) throw std::invalid_argument("production from " + parent_name_ + ": the yield must be > 0");
}

double ParentProduction::rate(const StepView& s, std::int64_t cell) const {
  if (s.decayed == nullptr || parent_ >= s.decayed->size()) return 0.0;
  const DecayedRates& p = (*s.decayed)[parent_];
  return produced_rate(yield_, at(p.dissolved, cell), at(p.sorbed, cell), phases_);
}

void ParentProduction::fill_row(const StepView& s, std::int64_t cell, RowRef& row) const {
  // A source known before the daughter's solve (the parent has taken the step): the
  // right-hand side only, so the daughter's matrix stays what it was and may be reused.
  row.rhs += rate(s, cell);
}

void ParentProduction::rates(const StepView& s, std::int64_t cell, const double*, double* out) const {
  out[0] = rate(s, cell);
}

}  // namespace gwp::solver
