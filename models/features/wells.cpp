#include "models/features/wells.hpp"

#include <algorithm>

#include "models/features/bore_geometry.hpp"
#include "models/selection.hpp"
#include "solver/flow/bore.hpp"

namespace gwp::model {

double screened_length(const gwp::Grid& grid, std::int64_t n, const std::optional<std::array<double, 2>>& screen) {
  const double top = grid.cell_top(n), bottom = grid.cell_bottom(n);
  if (!screen) return top - bottom;
  const double s_top = std::max((*screen)[0], (*screen)[1]), s_bottom = std::min((*screen)[0], (*screen)[1]);
  return std::max(0.0, std::min(top, s_top) - std::max(bottom, s_bottom));
}

namespace {

// A multi-node well: the screened cells also meet through the open bore, and the pumped rate
// is drawn from the bore, so each cell supplies the share the bore's hydraulics give it
// (solver/flow/bore.hpp, extraction_shares) instead of a share by transmissivity.
bool add_well_bore(const Well& w, const BuiltGrid& g, const CellFields& f, solver::FlowTerm& term,
                   solver::FlowProblem& problem, Diagnostics& d) {
  const auto screen = w.where.screen.value_or(std::array<double, 2>{g.grid.cell_top(term.cells.front()),
                                                                     g.grid.cell_bottom(term.cells.back())});
  std::string error;
  const auto geometry = bore_geometry(g.grid, term.cells, f.kh, w.radius, std::max(screen[0], screen[1]),
                                      std::min(screen[0], screen[1]), &error);
  std::optional<solver::ConnectionGroup> group;
  if (geometry) {
    const auto segments = segment_conductances(*geometry, w.radius, open_bore_conductivity(w.radius));
    group = bore_connections("well_bore:" + w.name, term.cells, geometry->aquifer_conductance, {0.0}, {segments}, &error);
    if (group) term.weight = extraction_shares(solver::Bore{geometry->aquifer_conductance, segments});
  }
  if (!group) {
    d.add(w.location, error);
    return false;
  }
  problem.extra_connections.push_back(std::move(*group));
  return true;
}

}  // namespace

std::vector<std::size_t> add_wells(const Case& c, const BuiltGrid& g, const CellFields& f, solver::FlowProblem& problem,
                                   std::vector<WaterQuality>& quality, Diagnostics& d) {
  std::vector<std::size_t> added;
  for (const Well& w : c.wells) {
    solver::FlowTerm term;
    term.name = w.name;
    term.kind = solver::TermKind::well;
    term.rate = w.rate;
    double total = 0.0;
    const std::size_t problems_before = d.items().size();
    for (std::int64_t n : select_cells(w.where, g, d)) {
      const double transmissivity = f.kh[std::size_t(n)] * screened_length(g.grid, n, w.where.screen);  // m2/d
      if (transmissivity <= 0.0) continue;
      term.cells.push_back(n);
      term.weight.push_back(transmissivity);
      total += transmissivity;
    }
    if (term.cells.empty()) {
      // A point outside the grid or a screen above it was reported already: say nothing more.
      if (d.items().size() == problems_before) d.add(w.location, "the well screens no active cell");
      continue;
    }
    for (double& share : term.weight) share /= total;
    if (w.split == Well::Split::multi_node && term.cells.size() > 1 && !add_well_bore(w, g, f, term, problem, d))
      continue;
    added.push_back(problem.terms.size());
    problem.terms.push_back(std::move(term));
    quality.push_back(constant_quality(w.concentration));
  }
  return added;
}

}  // namespace gwp::model
