// Runs the small site cases of tests/data/cases/sites in memory, and measures what the
// physical-sense tests compare: mass per layer, plume area outside a source, budget lines.
#pragma once
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/plane_geometry.hpp"
#include "run_case.hpp"
#include "solver/flow/saturation.hpp"

namespace gwp::testing {

inline std::string site_case(const std::string& file) {
  return std::string(GWPLUME_SOURCE_DIR) + "/tests/data/cases/sites/" + file;
}

inline CaseRun run_site(const std::string& file, const std::vector<std::string>& overrides = {}) {
  CaseRun r{model::build_model(model::read_case(site_case(file), overrides)), {}, {}};
  r.summary = app::run_simulation(r.model, r.results);
  return r;
}

// Water (m3) in every cell for the heads `head`: plan area x saturated thickness x porosity,
// computed here from the grid and the heads, independently of the transport solver.
inline std::vector<double> water_in_cells(const model::Model& m, const std::vector<double>& head) {
  const Grid& g = m.grid->grid;
  std::vector<double> w(std::size_t(g.cell_count()), 0.0);
  for (std::int64_t n = 0; n < g.cell_count(); ++n) {
    if (!g.active[std::size_t(n)]) continue;
    const bool convertible = m.flow.layer_type[std::size_t(g.cell(n).k)] == solver::LayerType::convertible;
    const double b = convertible ? solver::saturated_thickness(head[std::size_t(n)], g.cell_top(n), g.cell_bottom(n))
                                 : g.thickness(n);
    w[std::size_t(n)] = g.area(n) * b * m.fields.porosity[std::size_t(n)];
  }
  return w;
}

// Dissolved mass (g) of `species` in grid layers [k0, k1] at stored transport output `output`.
inline double dissolved_mass(const CaseRun& r, const std::string& species, std::size_t output, int k0, int k1) {
  const Grid& g = r.model.grid->grid;
  const auto& c = r.results.transport.at(output).concentration.at(species);
  const auto water = water_in_cells(r.model, r.results.flows.at(output).head);
  double mass = 0.0;
  for (std::int64_t n = 0; n < g.cell_count(); ++n) {
    const int k = g.cell(n).k;
    if (k >= k0 && k <= k1) mass += c[std::size_t(n)] * water[std::size_t(n)];
  }
  return mass;
}

// Plan area (m2) of the columns outside `polygon` where any cell exceeds `limit` (mg/L).
inline double area_above_outside(const CaseRun& r, const std::string& species, std::size_t output, double limit,
                                 const Polygon& polygon) {
  const Grid& g = r.model.grid->grid;
  const auto& c = r.results.transport.at(output).concentration.at(species);
  double area = 0.0;
  for (int i = 0; i < g.ny; ++i)
    for (int j = 0; j < g.nx; ++j) {
      const auto w = g.to_world(g.x_centre(j), g.y_centre(i));
      if (point_in_polygon({w[0], w[1]}, polygon)) continue;
      bool above = false;
      for (int k = 0; k < g.nz; ++k) above = above || c[std::size_t(g.index(k, i, j))] > limit;
      if (above) area += g.area(g.index(0, i, j));
    }
  return area;
}

// Cumulative mass (g) in and out through the budget line `term` at output `output`.
struct LineMass {
  double in = 0.0, out = 0.0;
};
inline LineMass budget_line(const CaseRun& r, const std::string& species, std::size_t output, const std::string& term) {
  for (const results::MassBudgetRow& row : r.results.transport.at(output).budget.at(species))
    if (row.term == term) return {row.in, row.out};
  ADD_FAILURE() << "no budget line " << term << " for " << species;
  return {};
}

}  // namespace gwp::testing
