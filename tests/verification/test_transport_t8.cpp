// T8 of VERIFICATION.md: rotation invariance. The T2 plume (MT3DMS problem 3) on a grid rotated
// by 30 degrees about its south-west corner at (1000 m, 2000 m), compared in world coordinates
// with the unrotated run and with Wilson and Miller (1978) along the rotated flow.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "analytical/point_source.hpp"
#include "test_transport_common.hpp"

namespace gwp::testing {
namespace {

analytical::PlumeParameters t2_plume() {
  analytical::PlumeParameters p;
  p.velocity = 1.0 / 3.0;
  p.d_long = 10.0 / 3.0;
  p.d_trans = 1.0;
  p.porosity = 0.3;
  p.mass_rate = 100.0;
  return p;
}

// Largest |C - Wilson-Miller| over the cells but the well's, the source at world (x0, y0) and the
// flow towards `angle` degrees.
double wilson_miller_error(const CaseRun& r, double x0, double y0, double angle) {
  const Grid& g = r.model.grid->grid;
  const auto& c = concentration_at(r, "tracer", 365.0);
  const auto well = g.locate(x0, y0);
  const std::int64_t source = g.index(0, (*well)[0], (*well)[1]);
  auto truth = [&](std::int64_t n) {
    const auto xyz = cell_centre(g, n);
    const auto f = analytical::flow_frame(xyz[0], xyz[1], x0, y0, angle);
    return analytical::wilson_miller(t2_plume(), f[0], f[1], 365.0);
  };
  return deviation(g, c, truth, [&](std::int64_t n) { return n != source; }).max_abs;
}

// (1) Every cell of the rotated run sits, in world coordinates, where the rotation carries the
// T2 cell with the same row and column (checked to 1e-9 m), and holds the same concentration:
// to 1e-9 of the peak, the linear solvers' tolerance, as nothing physical differs.
// (2) The difference from Wilson and Miller, evaluated at the world coordinates of the cell
// centres with the flow at 30 degrees, equals T2's to 1e-6 mg/L.
TEST(VerificationTransport, T8RotationInvariance) {
  const CaseRun flat = run_case("t2_point_source_2d.toml", {"transport.cross_dispersion=true"});
  const CaseRun turned = run_case("t8_rotated_grid.toml");
  const Grid& g0 = flat.model.grid->grid;
  const Grid& g1 = turned.model.grid->grid;
  ASSERT_EQ(g0.cell_count(), g1.cell_count());
  const auto& c0 = concentration_at(flat, "tracer", 365.0);
  const auto& c1 = concentration_at(turned, "tracer", 365.0);
  const double a = 30.0 * M_PI / 180.0;
  double peak = 0.0, largest = 0.0, misplaced = 0.0;
  std::vector<std::vector<double>> rows;
  for (std::int64_t n = 0; n < g0.cell_count(); ++n) {
    const auto p0 = cell_centre(g0, n), p1 = cell_centre(g1, n);
    const double x = 1000.0 + p0[0] * std::cos(a) - p0[1] * std::sin(a);
    const double y = 2000.0 + p0[0] * std::sin(a) + p0[1] * std::cos(a);
    misplaced = std::max(misplaced, std::hypot(p1[0] - x, p1[1] - y));
    peak = std::max(peak, c0[std::size_t(n)]);
    largest = std::max(largest, std::abs(c1[std::size_t(n)] - c0[std::size_t(n)]));
    rows.push_back({p1[0], p1[1], c1[std::size_t(n)], c0[std::size_t(n)]});
  }
  write_csv("T8_field", {"x_m", "y_m", "rotated_mg_L", "unrotated_mg_L"}, rows);
  EXPECT_LT(misplaced, 1e-9);
  report("T8", "largest_difference_relative_to_peak", largest / peak, 1e-9, "-");
  EXPECT_LT(largest, 1e-9 * peak);
  const double e0 = wilson_miller_error(flat, 155.0, 155.0, 0.0);
  const double e1 = wilson_miller_error(turned, 1056.7339375866, 2211.7339375866, 30.0);
  report("T8", "max_abs_error_wilson_miller", e1, NAN, "mg/L");
  EXPECT_NEAR(e1, e0, 1e-6);
  check_budgets("T8", turned);
}

}  // namespace
}  // namespace gwp::testing
