// Small flow problems built by hand for the solver tests: a regular grid, uniform properties,
// and a few ways to add terms.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/grid.hpp"
#include "solver/flow/flow_solution.hpp"

namespace gwp::test {

// nx x ny x nz grid with uniform widths, flat top and equally thick layers, all active.
inline Grid make_grid(int nx, int ny, int nz, double dx, double dy, double top, double thickness) {
  Grid g;
  g.nx = nx;
  g.ny = ny;
  g.nz = nz;
  g.dx.assign(std::size_t(nx), dx);
  g.dy.assign(std::size_t(ny), dy);
  g.top.assign(std::size_t(nx * ny), top);
  g.bottom.resize(std::size_t(nx * ny * nz));
  for (int k = 0; k < nz; ++k)
    for (std::int64_t p = 0; p < std::int64_t(nx) * ny; ++p)
      g.bottom[std::size_t(k * nx * ny + p)] = top - (k + 1) * thickness;
  g.active.assign(std::size_t(nx * ny * nz), 1);
  return g;
}

// Uniform properties and initial head on every cell; every layer of the same type.
inline solver::FlowProblem make_problem(const Grid& g, solver::LayerType type, double kh, double kv, double ss,
                                double sy, double initial_head) {
  solver::FlowProblem p;
  p.grid = &g;
  p.layer_type.assign(std::size_t(g.nz), type);
  const std::size_t n = std::size_t(g.cell_count());
  p.properties.kh.assign(n, kh);
  p.properties.kv.assign(n, kv);
  p.properties.ss.assign(n, ss);
  p.properties.sy.assign(n, sy);
  p.initial_head.assign(n, initial_head);
  return p;
}

inline solver::FlowTerm fixed_head(std::string name, std::vector<std::int64_t> cells, double level) {
  solver::FlowTerm t;
  t.name = std::move(name);
  t.kind = solver::TermKind::fixed_head;
  t.cells = std::move(cells);
  t.level = solver::Schedule::constant(level);
  return t;
}

// A well of total rate (m3/d, negative extracts) split over cells by weight fractions.
inline solver::FlowTerm well(std::string name, std::vector<std::int64_t> cells, double rate,
                     std::vector<double> weights = {}) {
  solver::FlowTerm t;
  t.name = std::move(name);
  t.kind = solver::TermKind::well;
  if (weights.empty()) weights.assign(cells.size(), 1.0 / double(cells.size()));
  t.cells = std::move(cells);
  t.weight = std::move(weights);
  t.rate = solver::Schedule::constant(rate);
  return t;
}

// Recharge at `rate` (m/d) on the given cells, weighted by their plan areas.
inline solver::FlowTerm recharge(const Grid& g, std::vector<std::int64_t> cells, double rate) {
  solver::FlowTerm t;
  t.name = "rain";
  t.kind = solver::TermKind::recharge;
  for (std::int64_t c : cells) t.weight.push_back(g.area(c));
  t.cells = std::move(cells);
  t.rate = solver::Schedule::constant(rate);
  return t;
}

// Sum of the inflows of a budget (m3/d).
inline double total_inflow(const solver::FlowBudget& b) {
  double in = 0.0;
  for (const solver::BudgetLine& l : b.lines) in += l.inflow;
  return in;
}

inline const solver::BudgetLine* find_line(const solver::FlowBudget& b, const std::string& term) {
  for (const solver::BudgetLine& l : b.lines)
    if (l.term == term) return &l;
  return nullptr;
}

}  // namespace gwp::test
