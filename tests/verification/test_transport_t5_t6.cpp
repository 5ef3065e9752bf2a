// T5 and T6 of VERIFICATION.md: three-dimensional plumes in uniform flow. T5, MT3DMS problem 7,
// a continuous point injection, against Hunt (1978); T6, a continuous planar source, against the
// exact patch-source solution and the Domenico (1987) approximation that screening tools use.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "analytical/planar_source.hpp"
#include "analytical/point_source.hpp"
#include "test_transport_common.hpp"

namespace gwp::testing {
namespace {

// MT3DMS problem 7 as its script builds it: K = 0.5 m/d, heads 13.333 m and 0 m 200 m apart,
// theta = 0.2, so v = 1/6 m/d; alpha 10 / 3 / 3 m; 0.5 m3/d at 100 mg/L at (25, 75, -65).
analytical::PlumeParameters t5_plume() {
  analytical::PlumeParameters p;
  p.velocity = 0.5 * (13.333333333333334 / 200.0) / 0.2;
  p.d_long = 10.0 * p.velocity;
  p.d_trans = 3.0 * p.velocity;
  p.d_vert = 3.0 * p.velocity;
  p.porosity = 0.2;
  p.mass_rate = 0.5 * 100.0;
  return p;
}

// Hunt's solution with the source's mirror images in the impermeable base (z = -80 m, 15 m below
// the source) and top (z = 0): the base's image adds up to 10 % of the plume's centre-line value
// in the bottom layer at 100 d; further images add under 1e-6 mg/L.
double t5_truth(const analytical::PlumeParameters& p, double x, double y, double z) {
  const double t = 100.0, along = x - 25.0, across = y - 75.0;
  return analytical::hunt(p, along, across, z + 65.0, t) + analytical::hunt(p, along, across, z + 95.0, t) +
         analytical::hunt(p, along, across, z - 65.0, t);
}

// Tolerance: MODFLOW 6's largest difference from Hunt with TVD on this grid, 0.52 mg/L at 100 d
// (every cell but the well's own), taken as it is quoted (gwplume's is 0.469). It sits in the cell just
// downstream of the well, where Hunt's 1/r singularity makes the value at the cell's centre
// (3.3 mg/L) a poor stand-in for what a 10 m cube can hold; both the comparison with Hunt alone
// (as MODFLOW 6's) and with the base's image added must meet it.
TEST(VerificationTransport, T5PointSource3d) {
  const CaseRun r = run_case("t5_point_source_3d.toml");
  const Grid& g = r.model.grid->grid;
  const auto& h = r.results.flows.at(0).head;
  const analytical::PlumeParameters p = t5_plume();
  // The heads give v = K dh/dx / theta = 1/6 m/d (row 8, layer 4, 100 m apart).
  const double v = 0.5 * (h[std::size_t(g.index(3, 7, 5))] - h[std::size_t(g.index(3, 7, 15))]) / 100.0 / 0.2;
  EXPECT_NEAR(v, p.velocity, 1e-3 * p.velocity);
  const auto& c = concentration_at(r, "tracer", 100.0);
  const std::int64_t source = g.index(6, 7, 2);
  auto truth = [&](std::int64_t n) {
    const auto xyz = cell_centre(g, n);
    return t5_truth(p, xyz[0], xyz[1], xyz[2]);
  };
  const Deviation d = deviation(g, c, truth, [&](std::int64_t n) { return n != source; });
  const Deviation layer7 = deviation(g, c, truth, [&](std::int64_t n) { return n != source && g.cell(n).k == 6; });
  report("T5", "computed_in_well_cell", c[std::size_t(source)], NAN, "mg/L");
  report("T5", "max_abs_error", d.max_abs, 0.52, "mg/L");
  report("T5", "max_abs_error_layer_7", layer7.max_abs, 0.52, "mg/L");
  report("T5", "analytical_peak_outside_well_cell", d.truth_peak, NAN, "mg/L");
  // The same against Hunt alone, without the base's image, as a comparison with an infinite
  // aquifer would report it.
  auto plain = [&](std::int64_t n) {
    const auto xyz = cell_centre(g, n);
    return analytical::hunt(p, xyz[0] - 25.0, xyz[1] - 75.0, xyz[2] + 65.0, 100.0);
  };
  const double alone = deviation(g, c, plain, [&](std::int64_t n) { return n != source; }).max_abs;
  report("T5", "max_abs_error_without_images", alone, 0.52, "mg/L");
  EXPECT_LT(alone, 0.52);
  const CellIndex at = g.cell(d.cell);
  EXPECT_LT(d.max_abs, 0.52) << "at layer " << at.k + 1 << ", row " << at.i + 1 << ", column " << at.j + 1
                             << ": computed " << d.computed << ", analytical " << d.truth;
  std::vector<std::vector<double>> rows;
  for (int j = 0; j < g.nx; ++j) {  // the centre line through the well, row 8 of layer 7
    const std::int64_t n = g.index(6, 7, j);
    rows.push_back({cell_centre(g, n)[0], c[std::size_t(n)], n == source ? NAN : truth(n)});
  }
  write_csv("T5_profile", {"x_m", "computed_mg_L", "analytical_mg_L"}, rows);
  check_budgets("T5", r);
}

// T6: the source plane is the centre of the held cells, x = 2 m; depth below the top at 10 m.
analytical::PlanarSourceParameters t6_source(double retardation, double decay) {
  analytical::PlanarSourceParameters p;
  p.velocity = 10.0 * 0.006 / 0.3;
  p.alpha_long = 5.0;
  p.alpha_trans = 0.5;
  p.alpha_vert = 0.05;
  p.retardation = retardation;
  p.decay = decay;
  p.width = 10.0;
  p.depth = 3.0;
  return p;
}

struct PlanarFigures {
  double exact = 0.0, domenico = 0.0;  // largest |C - truth| over the compared cells, mg/L
};

// Compares the cells 20 to 120 m downstream of the source plane, within 14 m of the centre line
// and 6 m of the top. Nearer the plane the plume's vertical edge, sqrt(alpha_V x) wide, is
// thinner than a 1 m layer (0.45 m at the first cell), and no cell value can follow the
// patch's discontinuous edge; beyond 120 m the outflow face is no semi-infinite aquifer; and
// beyond 14 m and 6 m the aquifer's sides (21 m) and base (10 m) would add over 1 % of c0 by
// reflection.
PlanarFigures compare_planar(const CaseRun& r, const std::string& species, double t,
                             const analytical::PlanarSourceParameters& p, const std::string& label) {
  const Grid& g = r.model.grid->grid;
  const auto& c = concentration_at(r, species, t);
  auto position = [&](std::int64_t n) {
    const auto xyz = cell_centre(g, n);
    return std::array<double, 3>{xyz[0] - 2.0, xyz[1], 10.0 - xyz[2]};
  };
  auto compared = [&](std::int64_t n) {
    const auto s = position(n);
    return s[0] > 19.0 && s[0] < 120.0 && std::abs(s[1]) < 14.0 && s[2] < 6.0;
  };
  auto exact = [&](std::int64_t n) {
    const auto s = position(n);
    return analytical::patch_source(p, s[0], s[1], s[2], t);
  };
  auto domenico = [&](std::int64_t n) {
    const auto s = position(n);
    return analytical::domenico(p, s[0], s[1], s[2], t);
  };
  PlanarFigures f;
  const Deviation de = deviation(g, c, exact, compared), dd = deviation(g, c, domenico, compared);
  f.exact = de.max_abs;
  f.domenico = dd.max_abs;
  const auto se = position(de.cell), sd = position(dd.cell);
  std::printf("%s: exact %.4g at (%g, %g, %g) %.4g vs %.4g; domenico %.4g at (%g, %g, %g) %.4g vs %.4g\n", label.c_str(),
              de.max_abs, se[0], se[1], se[2], de.computed, de.truth, dd.max_abs, sd[0], sd[1], sd[2], dd.computed, dd.truth);
  std::vector<std::vector<double>> rows;
  for (int j = 1; j < g.nx; ++j) {  // the centre line of the top layer
    const std::int64_t n = g.index(0, 10, j);
    const auto s = position(n);
    rows.push_back({s[0], c[std::size_t(n)], exact(n), domenico(n)});
  }
  write_csv(label + "_centre_line", {"x_m", "computed_mg_L", "exact_mg_L", "domenico_mg_L"}, rows);
  report(label, "max_abs_error_exact", f.exact, 0.05, "mg/L");
  report(label, "max_abs_error_domenico", f.domenico, 0.12, "mg/L");
  return f;
}

// Tolerances, of the held 1 mg/L: 0.05 against the exact solution (at 20 m the plume's vertical
// edge, sqrt(alpha_V x) = 1 m, spans one layer, and its lateral edge, 3.2 m, under two rows: a
// second-order scheme leaves a few percent there, less further on); 0.12 against Domenico, whose
// own departure from the exact solution reaches 0.07 of c0 in the compared region (the unit
// tests measure it on the centre line), on top of the model's 0.05.
TEST(VerificationTransport, T6PlanarSource) {
  const CaseRun r = run_case("t6_planar_source.toml");
  ASSERT_EQ(r.results.transport.size(), 2u);
  struct Run {
    const char* species;
    double retardation, decay;
  };
  for (const Run& run : {Run{"conservative", 1.0, 0.0}, Run{"reactive", 2.0, 0.001}})
    for (double t : {500.0, 1500.0}) {
      const std::string label = std::string("T6 ") + run.species + " " + std::to_string(int(t)) + " d";
      const PlanarFigures f = compare_planar(r, run.species, t, t6_source(run.retardation, run.decay),
                                             std::string("T6_") + run.species + "_" + std::to_string(int(t)));
      EXPECT_LT(f.exact, 0.05) << label;
      EXPECT_LT(f.domenico, 0.12) << label;
    }
  check_budgets("T6", r);
}

}  // namespace
}  // namespace gwp::testing
