#include "solver/transport/fixed_concentration.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace gwp::solver {

FixedConcentrations::FixedConcentrations(const Grid& grid, const std::vector<SpeciesProblem>& species)
    : value_(std::size_t(grid.cell_count()), 0.0), holder_(std::size_t(grid.cell_count()), -1) {
  for (const SpeciesProblem& sp : species)
    for (const FixedConcentration& f : sp.fixed)
      for (std::int64_t cell : f.cells) {
        if (cell < 0 || cell >= grid.cell_count())
          throw std::invalid_argument("fixed concentration '" + f.name + "' of species '" + sp.name +
                                      "' names cell " + std::to_string(cell) + " outside the grid of " +
                                      std::to_string(grid.cell_count()) + " cells");
        if (!grid.active[std::size_t(cell)])
          throw std::invalid_argument("fixed concentration '" + f.name + "' of species '" + sp.name +
                                      "' holds inactive cell " + cell_label(grid, cell));
      }
}

void FixedConcentrations::prepare(const StepView& s) {
  for (std::int64_t cell : held_cells_) holder_[std::size_t(cell)] = -1;
  held_cells_.clear();
  const double t = s.t_mid();
  const std::vector<FixedConcentration>& sets = s.species->fixed;
  for (std::size_t k = 0; k < sets.size(); ++k) {
    const double v = sets[k].value.at(t);
    if (std::isnan(v)) continue;
    for (std::int64_t cell : sets[k].cells) {
      if (holder_[std::size_t(cell)] < 0) held_cells_.push_back(cell);
      holder_[std::size_t(cell)] = int(k);
      value_[std::size_t(cell)] = v;
    }
  }
  std::sort(held_cells_.begin(), held_cells_.end());
}

void FixedConcentrations::fill_row(std::int64_t cell, RowRef& row) const {
  if (held(cell)) row.hold(value_[std::size_t(cell)]);
}

void FixedConcentrations::impose(const SpeciesProblem& species, double t, std::vector<double>& c) {
  for (const FixedConcentration& f : species.fixed) {
    const double v = f.value.at(t);
    if (std::isnan(v)) continue;
    for (std::int64_t cell : f.cells) c[std::size_t(cell)] = v;
  }
}

}  // namespace gwp::solver
