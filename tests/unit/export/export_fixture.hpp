// A small result for the export tests: the postprocess fixture's rotated 2-layer, 3-row,
// 4-column grid (one inactive cell, varying tops and widths) with its heads and fluxes stored at
// 0 and 365.25 d, plus two species stored at 100, 365.25 and 500 d (so the head shown at 100 d
// is the one of 0 d), concentrations given by a closed form, species limits, and one feature of
// every kind. Also the independent truths the tests compare with: world corners computed here
// from the widths and the rotation, and plan areas.
#pragma once
#include <cmath>
#include <string>
#include <vector>

#include "results/result_writer.hpp"
#include "tests/unit/results/result_fixture.hpp"

namespace gwp::test {

inline std::vector<double> transport_times() { return {100.0, 365.25, 500.0}; }

struct SpeciesCase {
  const char* name;
  double scale;       // mg/L per unit of the closed form
  double limit;       // mg/L
  double class_iii;   // mg/L
  double class_iv;    // mg/L
};
inline std::vector<SpeciesCase> species_cases() {
  return {{"chloride", 1.0, 250.0, 250.0, 350.0}, {"ammonia_n", 0.002, 1.5, 0.5, 1.5}};
}

// Concentration of cell (k, i, j) at time t (d), mg/L: grows east, south, downwards and in time.
inline double concentration_at(const SpeciesCase& s, int k, int i, int j, double t) {
  return s.scale * (t / 100.0) * (10.0 * j + 40.0 * i + 60.0 * k);
}

inline results::ResultFeatures fixture_features() {
  results::ResultFeatures f;
  f.areas.push_back({"North landfill", "landfill", {{505.0, 1210.0}, {520.0, 1212.0}, {518.0, 1225.0}}});
  f.wells.push_back({"PW-1", "well", 520.0, 1215.0, 45.0, 30.0, "", -1.0});
  f.wells.push_back({"AW-3", "abandoned_well", 515.0, 1220.0, 49.0, 22.0, "open", 1000.0});
  f.wells.push_back({"MW-2", "monitoring", 510.0, 1218.0, 38.0, 38.0, "", -1.0});
  f.lines.push_back({"Yujiang", "river", {{500.0, 1200.0}, {530.0, 1208.0}}});
  for (const SpeciesCase& s : species_cases()) f.species.push_back({s.name, "mg/L", s.limit, s.class_iii, s.class_iv});
  return f;
}

// Writes a complete result of `grid` at `path` (complete = false leaves it interrupted, at the
// partial name), with the grid's `crs` ("" for none) and a start date ("" for none).
inline void write_fixture_result(const std::string& path, const Grid& grid, bool complete = true,
                                 const std::string& crs = "EPSG:4546", const std::string& start_date = "") {
  results::ResultHeader header = small_header(grid);
  header.crs = crs;
  header.start_date = start_date;
  header.features = fixture_features();
  results::ResultWriter writer(path, header);
  feed(writer, grid);
  for (double t : transport_times()) {
    std::vector<std::vector<double>> fields;
    for (const SpeciesCase& s : species_cases()) {
      std::vector<double> c;
      for (int k = 0; k < grid.nz; ++k)
        for (int i = 0; i < grid.ny; ++i)
          for (int j = 0; j < grid.nx; ++j) c.push_back(concentration_at(s, k, i, j, t));
      fields.push_back(std::move(c));
    }
    results::TransportOutput out;
    out.time = t;
    for (std::size_t s = 0; s < fields.size(); ++s) {
      results::SpeciesOutput so;
      so.name = species_cases()[s].name;
      so.concentration = &fields[s];
      out.species.push_back(so);
    }
    writer.on_transport_output(out);
  }
  if (complete) writer.finish_complete();
}

// The fixture grid with equal widths (one GeoTIFF pixel per column).
inline Grid uniform_grid() {
  Grid g = small_grid();
  g.dx.assign(std::size_t(g.nx), 10.0);
  g.dy.assign(std::size_t(g.ny), 8.0);
  return g;
}

// World x, y of the grid-line crossing west of column `j_edge` and north of row `i_edge`
// (edges counted 0..nx and 0..ny), worked out here from the widths and the rotation.
inline std::array<double, 2> world_corner(const Grid& g, int i_edge, int j_edge) {
  double x = 0.0, y = 0.0;
  for (int j = 0; j < j_edge; ++j) x += g.dx[std::size_t(j)];
  for (int i = i_edge; i < g.ny; ++i) y += g.dy[std::size_t(i)];  // measured north from the south edge
  const double a = g.rotation_deg * 3.14159265358979323846 / 180.0;
  return {g.origin_x + x * std::cos(a) - y * std::sin(a), g.origin_y + x * std::sin(a) + y * std::cos(a)};
}

// Plan centre of column (i, j), world x, y.
inline std::array<double, 2> world_centre(const Grid& g, int i, int j) {
  const auto a = world_corner(g, i, j), b = world_corner(g, i + 1, j + 1);
  return {0.5 * (a[0] + b[0]), 0.5 * (a[1] + b[1])};
}

// Maximum concentration over the active cells of column (i, j); NaN without one.
inline double column_maximum(const Grid& g, const SpeciesCase& s, int i, int j, double t) {
  double m = std::nan("");
  for (int k = 0; k < g.nz; ++k)
    if (g.active[std::size_t(g.index(k, i, j))] && !(concentration_at(s, k, i, j, t) <= m))
      m = concentration_at(s, k, i, j, t);
  return m;
}

}  // namespace gwp::test
