// The fine-grid 1-D reference of T4 (radial flow) and T7 (nonlinear sorption): against
// Ogata-Banks where that applies, against itself under refinement (second order), and against
// mass conservation; plus the isotherms it uses.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "analytical/ogata_banks.hpp"
#include "analytical/reference_column.hpp"

namespace gwp::analytical {
namespace {

constexpr double kPi = std::numbers::pi;

TEST(AnalyticalIsotherm, InverseOfTotalMass) {
  const Isotherm isotherms[] = {
      {Isotherm::Kind::none, 0, 1, 0, 0},          {Isotherm::Kind::linear, 4.0, 1, 0, 0},
      {Isotherm::Kind::freundlich, 0.3, 0.7, 0, 0}, {Isotherm::Kind::freundlich, 2.0, 1.6, 0, 0},
      {Isotherm::Kind::langmuir, 0, 1, 100.0, 0.003}};
  for (const Isotherm& iso : isotherms)
    for (double c : {1e-9, 1e-4, 0.01, 0.05, 1.0, 30.0}) {
      const double u = total_mass(iso, 0.37, 1.587, c);
      EXPECT_NEAR(dissolved_from_total(iso, 0.37, 1.587, u), c, 1e-13 * c) << int(iso.kind) << " " << c;
    }
  const Isotherm langmuir{Isotherm::Kind::langmuir, 0, 1, 100.0, 0.003};
  EXPECT_NEAR(sorbed(langmuir, 1e6), 0.003, 1e-10);          // saturates at the capacity
  EXPECT_NEAR(sorbed_slope(langmuir, 0.0), 0.3, 1e-15);       // S_max K at C = 0
}

// MT3DMS problem 1d (R = 5, lambda = 0.002 1/d) solved on 0.5 m cells with steps of 2 d: within
// 1e-3 of Ogata-Banks, and the error falls about fourfold when cells and steps are halved
// (second order in space and time).
TEST(AnalyticalReferenceColumn, MatchesOgataBanks) {
  ReferenceColumn c;
  c.outer = 400.0;
  c.area = 1.0;
  c.porosity = 0.25;
  c.flow = 0.24 * 0.25;
  c.bulk_density = 0.25;
  c.dispersivity = 10.0;
  c.sorption = {Isotherm::Kind::linear, 4.0, 1.0, 0.0, 0.0};
  c.decay = 0.002;
  c.inlet_concentration = [](double) { return 1.0; };
  const ColumnParameters exact{0.24, 2.4, 5.0, 0.002, 1.0};
  auto error = [&](int cells, double step) {
    c.cells = cells;
    c.step = step;
    const ReferenceProfile p = solve_reference_column(c, {2000.0}).front();
    double worst = 0.0;
    for (std::size_t i = 0; i < p.position.size(); ++i)
      worst = std::max(worst, std::abs(p.concentration[i] - ogata_banks(exact, p.position[i], 2000.0)));
    return worst;
  };
  const double coarse = error(400, 4.0), fine = error(800, 2.0);
  EXPECT_LT(fine, 1e-3);
  EXPECT_GT(coarse / fine, 3.0);
}

// With a flux inlet and no decay, every gram that entered is in the column or has left it.
// BDF2 conserves its own three-level combination (3 u^n - u^(n-1)) / 2 exactly; the plain mass
// differs from it by half a step's change wherever the inlet jumps (at the start and, for the
// Langmuir column, when the inlet closes): 1e-6 of the injected mass for the radial column
// started once, at most 0.5 dt / (injection time) = 1.6e-3 for the Langmuir column (4e-5 seen).
// A wrong volume, area or inlet flux would be off by far more.
TEST(AnalyticalReferenceColumn, ConservesMass) {
  ReferenceColumn radial;
  radial.geometry = ReferenceColumn::Geometry::radial;
  radial.inner = 5.0;
  radial.outer = 150.0;
  radial.cells = 1450;
  radial.area = 1.0;
  radial.flow = 100.0;
  radial.porosity = 0.3;
  radial.dispersivity = 10.0;
  radial.inlet = ReferenceColumn::Inlet::flux;
  radial.inlet_concentration = [](double) { return 1.0; };
  radial.step = 0.05;
  const ReferenceProfile r = solve_reference_column(radial, {27.0}).front();
  EXPECT_NEAR(r.mass_in, 100.0 * 27.0, 1e-9);
  EXPECT_NEAR((r.mass + r.mass_out) / r.mass_in, 1.0, 1e-6);

  ReferenceColumn sorbing;
  sorbing.outer = 0.1616;
  sorbing.cells = 808;
  sorbing.area = 0.0016 * 0.01;
  sorbing.porosity = 0.37;
  sorbing.flow = 86.4 * 0.37 * sorbing.area;  // v = 0.1 cm/s
  sorbing.bulk_density = 1.587;
  sorbing.dispersivity = 0.01;
  sorbing.sorption = {Isotherm::Kind::langmuir, 0, 1, 100.0, 0.003};
  sorbing.inlet = ReferenceColumn::Inlet::flux;
  sorbing.inlet_concentration = [](double t) { return t < 160.0 / 86400.0 ? 0.05 : 0.0; };
  sorbing.inlet_changes = {160.0 / 86400.0};
  sorbing.step = 0.5 / 86400.0;
  const ReferenceProfile s = solve_reference_column(sorbing, {600.0 / 86400.0}).front();
  EXPECT_NEAR(s.mass_in, 0.05 * sorbing.flow * 160.0 / 86400.0, 1e-12 * s.mass_in);
  EXPECT_NEAR((s.mass + s.mass_out) / s.mass_in, 1.0, 1.6e-3);
}

// Radial injection of a held concentration: the half-concentration radius sits at the
// plug-flow front r_f = sqrt(r_w^2 + Q t / (pi b theta)) = 53.8 m, within a tenth of the spread
// that dispersion gives the front in radial flow, sqrt(4/3 alpha_L r_f) = 8.5 m (Gelhar and
// Collins 1971).
TEST(AnalyticalReferenceColumn, RadialFrontPosition) {
  ReferenceColumn c;
  c.geometry = ReferenceColumn::Geometry::radial;
  c.inner = 5.0;
  c.outer = 200.0;
  c.cells = 1950;
  c.flow = 100.0;
  c.porosity = 0.3;
  c.dispersivity = 1.0;
  c.inlet_concentration = [](double) { return 1.0; };
  c.step = 0.05;
  const ReferenceProfile p = solve_reference_column(c, {27.0}).front();
  const double front = std::sqrt(25.0 + 100.0 * 27.0 / (kPi * 0.3));
  double half = 0.0;
  for (std::size_t i = 1; i < p.position.size(); ++i)
    if (p.concentration[i - 1] >= 0.5 && p.concentration[i] < 0.5) half = p.position[i];
  EXPECT_NEAR(half, front, 0.1 * std::sqrt(4.0 / 3.0 * 1.0 * front));
}

// A Freundlich isotherm with exponent 1 is the linear one: the two runs must agree to the Newton
// tolerance, and the nonlinear run must converge under refinement (second order).
TEST(AnalyticalReferenceColumn, FreundlichConvergesAndReducesToLinear) {
  ReferenceColumn c;
  c.outer = 0.1616;
  c.area = 1e-5;
  c.porosity = 0.37;
  c.flow = 86.4 * 0.37 * c.area;
  c.bulk_density = 1.587;
  c.dispersivity = 0.01;
  c.inlet = ReferenceColumn::Inlet::flux;
  c.inlet_concentration = [](double t) { return t < 160.0 / 86400.0 ? 0.05 : 0.0; };
  c.inlet_changes = {160.0 / 86400.0};
  c.cells = 202;
  c.step = 2.0 / 86400.0;
  c.sorption = {Isotherm::Kind::freundlich, 0.3, 1.0, 0.0, 0.0};
  const ReferenceProfile as_freundlich = solve_reference_column(c, {500.0 / 86400.0}).front();
  c.sorption = {Isotherm::Kind::linear, 0.3, 1.0, 0.0, 0.0};
  const ReferenceProfile as_linear = solve_reference_column(c, {500.0 / 86400.0}).front();
  for (std::size_t i = 0; i < as_linear.position.size(); ++i)
    EXPECT_NEAR(as_freundlich.concentration[i], as_linear.concentration[i], 1e-12);

  c.sorption = {Isotherm::Kind::freundlich, 0.3, 0.7, 0.0, 0.0};
  auto at_middle = [&](int cells, double step_s) {
    c.cells = cells;
    c.step = step_s / 86400.0;
    return solve_reference_column(c, {500.0 / 86400.0}).front();
  };
  const ReferenceProfile a = at_middle(101, 4.0), b = at_middle(202, 2.0), d = at_middle(404, 1.0);
  double ab = 0.0, bd = 0.0;
  for (double x : {0.02, 0.05, 0.0808, 0.12}) {
    ab = std::max(ab, std::abs(profile_at(a, x) - profile_at(b, x)));
    bd = std::max(bd, std::abs(profile_at(b, x) - profile_at(d, x)));
  }
  EXPECT_LT(bd, 2e-4 * 0.05 * 10);
  EXPECT_GT(ab / bd, 2.5);
}

TEST(AnalyticalReferenceColumn, RejectsCoarseCells) {
  ReferenceColumn c;
  c.outer = 100.0;
  c.cells = 10;  // 10 m cells with alpha_L = 1 m: Peclet 10
  c.dispersivity = 1.0;
  c.inlet_concentration = [](double) { return 1.0; };
  EXPECT_THROW(solve_reference_column(c, {1.0}), std::invalid_argument);
}

}  // namespace
}  // namespace gwp::analytical
