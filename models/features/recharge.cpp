#include "models/features/recharge.hpp"

#include <algorithm>
#include <limits>

#include "core/plane_geometry.hpp"
#include "models/features/liner.hpp"
#include "models/grid_points.hpp"
#include "models/located.hpp"

namespace gwp::model {

std::int64_t top_active_cell(const gwp::Grid& grid, int i, int j) {
  for (int k = 0; k < grid.nz; ++k) {
    const std::int64_t n = grid.index(k, i, j);
    if (grid.active[std::size_t(n)]) return n;
  }
  return -1;
}

solver::Schedule window(const solver::Schedule& s, double start, double end, bool inside) {
  const double before_all = -std::numeric_limits<double>::infinity();
  std::vector<double> times = s.times;
  times.push_back(start);
  if (end < std::numeric_limits<double>::infinity()) times.push_back(end);
  std::sort(times.begin(), times.end());
  times.erase(std::unique(times.begin(), times.end()), times.end());
  auto value = [&](double t) {
    const bool in_window = t >= start && t < end;
    return in_window == inside ? s.at(t) : 0.0;
  };
  // An explicit first entry for all earlier times, because a schedule's first value also
  // holds before its first time.
  solver::Schedule out{{before_all}, {value(before_all)}};
  for (double t : times) {
    out.times.push_back(t);
    out.values.push_back(value(t));
  }
  return out;
}

namespace {

struct Column {
  int i, j;
  std::int64_t cell;
};

// World coordinates of the centre of column (i, j).
Point column_centre(const gwp::Grid& grid, int i, int j) {
  const auto w = grid.to_world(grid.x_centre(j), grid.y_centre(i));
  return {w[0], w[1]};
}

}  // namespace

void add_recharge_and_landfills(const Case& c, const BuiltGrid& g, solver::FlowProblem& problem,
                                std::vector<WaterQuality>& quality, Diagnostics& d) {
  const gwp::Grid& grid = g.grid;
  const int none = -1;
  // For each column: which recharge entry applies (the last whose polygon holds its centre)
  // and which landfill lies over it (the last whose polygon holds its centre).
  std::vector<int> recharge_of(std::size_t(grid.column_count()), none);
  std::vector<int> landfill_of(std::size_t(grid.column_count()), none);
  for (int i = 0; i < grid.ny; ++i)
    for (int j = 0; j < grid.nx; ++j) {
      const Point p = column_centre(grid, i, j);
      const std::size_t col = std::size_t(i) * grid.nx + j;
      for (std::size_t r = 0; r < c.flow.recharge.size(); ++r) {
        const auto& poly = c.flow.recharge[r].polygon;
        if (!poly || point_in_polygon(p, *poly)) recharge_of[col] = int(r);
      }
      for (std::size_t l = 0; l < c.landfills.size(); ++l)
        if (point_in_polygon(p, c.landfills[l].polygon)) landfill_of[col] = int(l);
    }

  // Terms: recharge entry r outside landfills; recharge entry r under landfill l (switched off
  // while l leaks); landfill l leakage.
  const std::size_t nr = c.flow.recharge.size(), nl = c.landfills.size();
  std::vector<solver::FlowTerm> plain(nr), under(nr * nl), leak(nl);
  std::vector<WaterQuality> plain_q(nr), under_q(nr * nl), leak_q(nl);
  for (std::size_t r = 0; r < nr; ++r) {
    plain[r].name = nr == 1 ? "recharge" : "recharge " + std::to_string(r + 1);
    plain[r].kind = solver::TermKind::recharge;
    plain[r].rate = c.flow.recharge[r].rate;
    plain_q[r] = constant_quality(c.flow.recharge[r].concentration);
    for (std::size_t l = 0; l < nl; ++l) {
      const Landfill& lf = c.landfills[l];
      solver::FlowTerm& t = under[r * nl + l];
      t.name = plain[r].name + " (" + lf.name + ")";
      t.kind = solver::TermKind::recharge;
      t.rate = window(c.flow.recharge[r].rate, lf.start, lf.end.value_or(std::numeric_limits<double>::infinity()), false);
      under_q[r * nl + l] = plain_q[r];
    }
  }
  for (std::size_t l = 0; l < nl; ++l) {
    const Landfill& lf = c.landfills[l];
    leak[l].name = lf.name;
    leak[l].kind = solver::TermKind::landfill;
    // A lined landfill leaks what the holes of its liner pass (features/liner.hpp).
    const solver::Schedule leakage = lf.liner ? liner_leakage(*lf.liner) : lf.leakage;
    leak[l].rate = window(leakage, lf.start, lf.end.value_or(std::numeric_limits<double>::infinity()), true);
    for (const auto& [species, schedule] : lf.leachate) leak_q[l][species] = gwp::solver::SourceConcentration{schedule};
    for (auto& [species, source] : leak_q[l]) {
      auto decline = lf.decline.find(species);
      if (decline == lf.decline.end()) continue;
      source.decline_rate = decline->second.rate;
      source.decline_start = lf.start;
    }
  }

  std::vector<std::size_t> landfill_cells(nl, 0);
  for (int i = 0; i < grid.ny; ++i)
    for (int j = 0; j < grid.nx; ++j) {
      const std::int64_t n = top_active_cell(grid, i, j);
      if (n < 0) continue;
      const std::size_t col = std::size_t(i) * grid.nx + j;
      const double area = grid.area(n);
      const int r = recharge_of[col], l = landfill_of[col];
      if (l != none) {
        leak[std::size_t(l)].cells.push_back(n);
        leak[std::size_t(l)].weight.push_back(area);
        ++landfill_cells[std::size_t(l)];
      }
      if (r == none) continue;
      solver::FlowTerm& t = l == none ? plain[std::size_t(r)] : under[std::size_t(r) * nl + std::size_t(l)];
      t.cells.push_back(n);
      t.weight.push_back(area);
    }

  // A polygon reaching beyond the grid would lose its water there without a word.
  for (const Recharge& r : c.flow.recharge)
    if (r.polygon) vertices_inside(grid, *r.polygon, "polygon", r.polygon_where, d);
  for (const Landfill& l : c.landfills) vertices_inside(grid, l.polygon, "polygon", l.polygon_where, d);
  for (std::size_t r = 0; r < nr; ++r)
    if (c.flow.recharge[r].polygon && std::find(recharge_of.begin(), recharge_of.end(), int(r)) == recharge_of.end())
      d.add(located(c.flow.recharge[r].polygon_where, c.flow.recharge[r].location),
            "the recharge polygon covers no cell centre of the grid (or later entries cover all of it)");
  for (std::size_t l = 0; l < nl; ++l)
    if (landfill_cells[l] == 0)
      d.add(located(c.landfills[l].polygon_where, c.landfills[l].location), "the landfill polygon covers no active cell centre");

  const std::pair<std::vector<solver::FlowTerm>*, std::vector<WaterQuality>*> groups[] = {
      {&plain, &plain_q}, {&under, &under_q}, {&leak, &leak_q}};
  for (auto [terms, qualities] : groups)
    for (std::size_t k = 0; k < terms->size(); ++k)
      if (!(*terms)[k].cells.empty()) {
        problem.terms.push_back(std::move((*terms)[k]));
        quality.push_back((*qualities)[k]);
      }
}

}  // namespace gwp::model
