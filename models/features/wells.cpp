#include "models/features/wells.hpp"

#include <algorithm>

#include "models/selection.hpp"

namespace gwp::model {

double screened_length(const gwp::Grid& grid, std::int64_t n, const std::optional<std::array<double, 2>>& screen) {
  const double top = grid.cell_top(n), bottom = grid.cell_bottom(n);
  if (!screen) return top - bottom;
  const double s_top = std::max((*screen)[0], (*screen)[1]), s_bottom = std::min((*screen)[0], (*screen)[1]);
  return std::max(0.0, std::min(top, s_top) - std::max(bottom, s_bottom));
}

std::vector<std::size_t> add_wells(const Case& c, const BuiltGrid& g, const CellFields& f, FlowProblem& problem,
                                   Diagnostics& d) {
  std::vector<std::size_t> added;
  for (const Well& w : c.wells) {
    FlowTerm term;
    term.name = w.name;
    term.kind = TermKind::well;
    term.rate = w.rate;
    double total = 0.0;
    for (std::int64_t n : select_cells(w.where, g, d)) {
      const double transmissivity = f.kh[std::size_t(n)] * screened_length(g.grid, n, w.where.screen);  // m2/d
      if (transmissivity <= 0.0) continue;
      term.cells.push_back(n);
      term.weight.push_back(transmissivity);
      total += transmissivity;
    }
    if (term.cells.empty()) {
      d.add(w.location, "the well screens no active cell");
      continue;
    }
    for (double& share : term.weight) share /= total;
    added.push_back(problem.terms.size());
    problem.terms.push_back(std::move(term));
  }
  return added;
}

}  // namespace gwp::model
