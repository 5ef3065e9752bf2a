// T4 of VERIFICATION.md: MT3DMS problem 5, radial flow from an injection well held at 1 mg/L,
// against a converged fine-grid solution of the radial transport equation.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <vector>

#include "analytical/reference_column.hpp"
#include "test_transport_common.hpp"

namespace gwp::testing {
namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kRate = 100.0;      // m3/d
constexpr double kPorosity = 0.3;
constexpr double kThickness = 1.0;   // m
constexpr double kCentre = 155.0;    // m, the well's x and y

// The radial equation on rings of `ring` m from r_w = 10 / sqrt(pi) m (the radius of a circle of
// the well cell's area, held at 1 mg/L) to 250 m, with steps of `step` d.
analytical::ReferenceProfile radial_reference(double ring, double step) {
  analytical::ReferenceColumn c;
  c.geometry = analytical::ReferenceColumn::Geometry::radial;
  c.inner = 10.0 / std::sqrt(kPi);
  c.outer = 250.0;
  c.cells = int(std::lround((c.outer - c.inner) / ring));
  c.area = kThickness;
  c.flow = kRate;
  c.porosity = kPorosity;
  c.dispersivity = 10.0;
  c.diffusion = 1e-9;
  c.inlet_concentration = [](double) { return 1.0; };
  c.step = step;
  return analytical::solve_reference_column(c, {27.0}).front();
}

// Tolerance: 0.05 mg/L of the held 1 mg/L, within 100 m of the well (beyond, the square boundary's
// flow is no longer radial). The front (C = 0.5 at 54 m) has a spread sigma = sqrt(4/3 alpha_L r)
// = 8.5 m (Gelhar and Collins 1971) and a steepest slope 1 / (sqrt(2 pi) sigma) = 0.047 /m; 0.05
// mg/L lets it sit about 1 m, a tenth of a cell, from the reference's: what mass conservation
// leaves once the injected volume is right, plus the square grid's departure from radial
// symmetry.
//
// The flow first: the heads of a well in a square of fixed heads are nearly those of a well in
// an infinite aquifer near it; the pore velocity from the head difference between the cells 40
// and 60 m east of the well must be the radial Q / (2 pi r b theta) at 50 m to 4 % (the square's
// held sides, 150 m away, draw the flow towards them by about 3 % there).
TEST(VerificationTransport, T4RadialInjection) {
  const CaseRun r = run_case("t4_radial_injection.toml");
  const Grid& g = r.model.grid->grid;
  const auto& h = r.results.flows.at(0).head;
  const double v = 1.0 * (h[std::size_t(g.index(0, 15, 19))] - h[std::size_t(g.index(0, 15, 21))]) / 20.0 / kPorosity;
  const double radial = kRate / (2 * kPi * 50.0 * kThickness * kPorosity);
  report("T4", "velocity_at_50m_relative_to_radial", v / radial, 0.04, "-");
  EXPECT_NEAR(v / radial, 1.0, 0.04);
  const auto& c = concentration_at(r, "tracer", 27.0);
  const analytical::ReferenceProfile fine = radial_reference(0.1, 0.02), coarse = radial_reference(0.2, 0.04);
  double reference_change = 0.0;
  for (double radius = 10.0; radius < 150.0; radius += 1.0)
    reference_change = std::max(reference_change, std::abs(profile_at(fine, radius) - profile_at(coarse, radius)));
  report("T4", "reference_change_on_halving", reference_change, 1e-3, "mg/L");
  EXPECT_LT(reference_change, 1e-3);  // the reference is converged far below the tolerance
  const auto well = g.locate(kCentre, kCentre);
  const std::int64_t source = g.index(0, (*well)[0], (*well)[1]);
  auto radius = [&](std::int64_t n) {
    const auto xyz = cell_centre(g, n);
    return std::hypot(xyz[0] - kCentre, xyz[1] - kCentre);
  };
  auto truth = [&](std::int64_t n) { return profile_at(fine, radius(n)); };
  // Within 100 m of the well (beyond that the square boundary's flow is no longer radial).
  const Deviation all = deviation(g, c, truth, [&](std::int64_t n) { return n != source && radius(n) < 100.0; });
  const Deviation axis = deviation(g, c, truth, [&](std::int64_t n) {
    return n != source && g.cell(n).i == (*well)[0] && radius(n) < 100.0;
  });
  report("T4", "max_abs_error", all.max_abs, 0.05, "mg/L");
  report("T4", "max_abs_error_along_row", axis.max_abs, 0.05, "mg/L");
  EXPECT_LT(all.max_abs, 0.05) << "at r = " << radius(all.cell) << " m: computed " << all.computed << ", reference "
                               << all.truth;
  std::vector<std::vector<double>> rows;
  for (int j = (*well)[1]; j < g.nx; ++j) {
    const std::int64_t n = g.index(0, (*well)[0], j);
    rows.push_back({radius(n), c[std::size_t(n)], truth(n)});
  }
  write_csv("T4_profile", {"r_m", "computed_mg_L", "reference_mg_L"}, rows);
  rows.clear();
  for (std::size_t i = 0; i < fine.position.size(); i += 10) rows.push_back({fine.position[i], fine.concentration[i]});
  write_csv("T4_reference", {"r_m", "reference_mg_L"}, rows);
  check_budgets("T4", r);
}

}  // namespace
}  // namespace gwp::testing
