// A small result for the picture tests, written with ResultWriter, whose fields are closed-form
// so every drawn position can be checked against geometry:
//
// - a 40 x 40 x 2 grid of 10 m cells (400 m square), origin (1000, 2000), rotated 30 degrees;
//   top 50 m, layer 1 from 50 to 40 m, layer 2 from 40 to 20 m;
// - ammonia_n: c = 10 exp(-(r / 80 m)^2) mg/L in layer 1 and half of it in layer 2, r the plan
//   distance of the cell centre from the grid's centre, and 0 beyond r = 160 m; limits 0.5
//   (class III) and 1.5 mg/L (class IV), crossed at r = 80 sqrt(ln 20) = 138.5 m and
//   80 sqrt(ln(10 / 1.5)) = 110.2 m in the maximum over depth (layer 1);
// - chloride: 100 times the ammonia field (limits 250 and 350 mg/L, far from ammonia's);
// - heads falling 1 m per 100 m towards world east; or, for the pictures of dry cells, 4 m per
//   100 m, 44 m at the centre, so that layer 1 (bottom 40 m) is dry from 100 m east of the centre
//   on; a Darcy flux pointing away from the centre,
//   q = 1e-3 (x - xc, y - yc) m/d (a field for checking arrows, not the flow of those heads);
// - a fixed-head boundary on the west column (local j = 0) of both layers;
// - optional features: a 60 m landfill square on the centre, an open abandoned well 60 m east of
//   the centre (bore 48 to 22 m), a pumping well and a monitoring point whose series rise as
//   c(t) = 3 (1 - exp(-t / 500 d)) mg/L (ammonia) and 100 times that (chloride) over 2000 d;
// - species labels NH₃-N / 氨氮 and Cl⁻ / 氯化物, CRS "EPSG:4547", and optionally a start date.
#pragma once
#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "../results/result_fixture.hpp"
#include "results/result_writer.hpp"

namespace gwp::test {

inline constexpr double kPeak = 10.0;       // mg/L at the centre, layer 1
inline constexpr double kRadius = 80.0;     // m, of the Gaussian
inline constexpr double kCutoff = 160.0;    // m, zero beyond
inline constexpr double kClassIII = 0.5, kClassIV = 1.5;  // mg/L

inline double plume_radius_at(double level) { return kRadius * std::sqrt(std::log(kPeak / level)); }
inline double plume_c(double r) { return r > kCutoff ? 0.0 : kPeak * std::exp(-(r / kRadius) * (r / kRadius)); }
inline double series_c(double t) { return 3.0 * (1.0 - std::exp(-t / 500.0)); }
inline constexpr double kChlorideFactor = 100.0;
inline constexpr double kChlorideIII = 250.0, kChlorideIV = 350.0;  // mg/L
inline constexpr double kFluxPerMetre = 1e-3;                      // 1/d, of the radial flux

inline Grid render_grid() {
  Grid g;
  g.nx = g.ny = 40;
  g.nz = 2;
  g.dx.assign(40, 10.0);
  g.dy.assign(40, 10.0);
  g.origin_x = 1000.0;
  g.origin_y = 2000.0;
  g.rotation_deg = 30.0;
  g.top.assign(1600, 50.0);
  for (int k = 0; k < 2; ++k) g.bottom.insert(g.bottom.end(), 1600, k == 0 ? 40.0 : 20.0);
  g.active.assign(3200, 1);
  return g;
}

// World coordinates of the grid's centre (local 200, 200).
inline std::array<double, 2> render_centre() { return render_grid().to_world(200.0, 200.0); }

// A world point at distance r (m) and angle (degrees from east, counter-clockwise) from the centre.
inline std::array<double, 2> around_centre(double r, double degrees) {
  const auto c = render_centre();
  const double a = degrees * 3.14159265358979323846 / 180.0;
  return {c[0] + r * std::cos(a), c[1] + r * std::sin(a)};
}

inline std::vector<double> plume_cells(const Grid& g) {
  const auto c = render_centre();
  std::vector<double> v(std::size_t(g.cell_count()));
  for (int k = 0; k < g.nz; ++k)
    for (int i = 0; i < g.ny; ++i)
      for (int j = 0; j < g.nx; ++j) {
        const auto w = g.to_world(g.x_centre(j), g.y_centre(i));
        v[std::size_t(g.index(k, i, j))] = (k == 0 ? 1.0 : 0.5) * plume_c(std::hypot(w[0] - c[0], w[1] - c[1]));
      }
  return v;
}

inline results::ResultFeatures render_features() {
  const auto c = render_centre();
  results::ResultFeatures f;
  f.areas.push_back({"cell 1", "landfill", {{c[0] - 30, c[1] - 30}, {c[0] + 30, c[1] - 30}, {c[0] + 30, c[1] + 30}, {c[0] - 30, c[1] + 30}}});
  results::FeatureWell aw;
  aw.name = "AW-1";
  aw.kind = "abandoned_well";
  aw.x = c[0] + 60.0;
  aw.y = c[1];
  aw.top = 48.0;
  aw.bottom = 22.0;
  aw.state = "open";
  f.wells.push_back(aw);
  results::FeatureWell pw;
  pw.name = "PW-1";
  pw.kind = "well";
  pw.x = c[0] - 170.0;
  pw.y = c[1] - 120.0;
  pw.top = 45.0;
  pw.bottom = 30.0;
  f.wells.push_back(pw);
  results::FeatureWell mw;
  mw.name = "MW-1";
  mw.kind = "monitoring";
  mw.x = c[0] - 165.0;
  mw.y = c[1] + 150.0;
  mw.top = mw.bottom = 45.0;
  f.wells.push_back(mw);
  f.species.push_back({"ammonia_n", "mg/L", kClassIV, kClassIII, kClassIV, "NH\u2083-N", "氨氮"});
  f.species.push_back({"chloride", "mg/L", kChlorideIV, kChlorideIII, kChlorideIV, "Cl\u207b", "氯化物"});
  results::FeatureBoundary west{"west", "head", {}};
  const Grid g = render_grid();
  for (int k = 0; k < g.nz; ++k)
    for (int i = 0; i < g.ny; ++i) west.cells.push_back(g.index(k, i, 0));
  f.boundaries.push_back(west);
  return f;
}

// Head (m) at a world point.
inline double head_at_world(double x, bool dry_east) {
  return dry_east ? 44.0 - 0.04 * (x - render_centre()[0]) : 45.0 - 0.01 * (x - 1000.0);
}

// Writes the result to `path`; the concentrations are stored at 100 d and 2000 d (the same field
// scaled by 0.05 and 1), heads and fluxes at the same times. `start_date` ("2005-01-01") is the
// date of t = 0, none when empty; `dry_east` chooses the steep heads that dry layer 1 in the east;
// `background` (mg/L) is added to every ammonia concentration, as recharge carrying some would;
// `extra_wells` are added to the features, and `before_finish` may write more (metrics tables).
inline void write_render_result(const std::string& path, bool with_features = true,
                                const std::string& start_date = "", bool dry_east = false,
                                double background = 0.0, const std::vector<results::FeatureWell>& extra_wells = {},
                                const std::function<void(results::ResultWriter&)>& before_finish = {}) {
  const Grid g = render_grid();
  results::ResultHeader h;
  h.case_name = "render-fixture";
  h.case_title = "Gaussian plume";
  h.case_toml = "[case]\nname = \"render-fixture\"\ntitle = \"Gaussian plume\"\n";
  h.program_version = "test";
  h.grid = &g;
  h.layer_names = {"upper", "lower"};
  h.crs = "EPSG:4547";
  h.start_date = start_date;
  h.features = render_features();
  if (!with_features) {
    h.features.areas.clear();
    h.features.wells.clear();
    h.features.boundaries.clear();
  }
  h.features.wells.insert(h.features.wells.end(), extra_wells.begin(), extra_wells.end());
  results::ResultWriter w(path, h);
  const std::vector<double> c = plume_cells(g);
  const auto centre = render_centre();
  std::vector<double> head(c.size()), flux(3 * c.size(), 0.0);
  for (std::int64_t n = 0; n < g.cell_count(); ++n) {
    const CellIndex ci = g.cell(n);
    const auto at = g.to_world(g.x_centre(ci.j), g.y_centre(ci.i));
    head[std::size_t(n)] = head_at_world(at[0], dry_east);
    flux[3 * std::size_t(n)] = kFluxPerMetre * (at[0] - centre[0]);
    flux[3 * std::size_t(n) + 1] = kFluxPerMetre * (at[1] - centre[1]);
  }
  for (double t : {100.0, 2000.0}) {
    std::vector<double> scaled = c, chloride = c;
    for (double& v : scaled) v = v * t / 2000.0 + background;
    for (double& v : chloride) v *= kChlorideFactor * t / 2000.0;
    w.append_field("flow", "head", "m", t, head);
    w.append_field("flow", "darcy_flux", "m/d", t, flux, 3);
    w.append_field("transport", "ammonia_n/concentration", "mg/L", t, scaled);
    w.append_field("transport", "chloride/concentration", "mg/L", t, chloride);
  }
  for (double t = 0.0; t <= 2000.0; t += 20.0) {
    w.on_series("monitoring/MW-1/ammonia_n", "mg/L", t, {series_c(t)});
    w.on_series("monitoring/MW-1/chloride", "mg/L", t, {kChlorideFactor * series_c(t)});
  }
  if (before_finish) before_finish(w);
  w.finish_complete();
}

}  // namespace gwp::test
