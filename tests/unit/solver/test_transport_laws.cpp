// The constitutive laws of transport, each alone: the dispersion tensor, retardation and the
// sorption isotherms, the limiter of the tvd scheme, the zero-order loss limit, the flux
// limiter and the division of a flow interval into steps.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "core/errors.hpp"
#include "solver/transport/advection.hpp"
#include "solver/transport/decay.hpp"
#include "solver/transport/dispersion_tensor.hpp"
#include "solver/transport/flux_correction.hpp"
#include "solver/transport/isotherm.hpp"
#include "solver/transport/sub_steps.hpp"
#include "test_transport_models.hpp"

namespace gwp::solver {
namespace {

// Tensor products are exact up to rounding of a few operations: 1e-12 relative.
constexpr double kExact = 1e-12;

TEST(DispersionTensor, FlowAlongXGivesTheDiagonalOfMt3dms) {
  // MT3DMS (Zheng and Wang 1999, eq. 2.5) with v along x: D_xx = aL |v|, D_yy = aTH |v|,
  // D_zz = aTV |v|, no cross terms; theta D from the Darcy flux q = theta v.
  const Dispersivity a{10.0, 1.0, 0.1};
  const double q = 0.3, diffusion = 0.25 * 1e-4;  // theta Dm
  const DispersionTensor d = dispersion_tensor({q, 0.0, 0.0}, a, diffusion);
  EXPECT_NEAR(d.xx, 10.0 * q + diffusion, kExact);
  EXPECT_NEAR(d.yy, 1.0 * q + diffusion, kExact);
  EXPECT_NEAR(d.zz, 0.1 * q + diffusion, kExact);
  EXPECT_EQ(d.xy, 0.0);
  EXPECT_EQ(d.xz, 0.0);
  EXPECT_EQ(d.yz, 0.0);
}

TEST(DispersionTensor, DiagonalFlowHasCrossTerms) {
  // q at 45 degrees in plan: D_xx = D_yy = (aL + aTH) |q| / 2, D_xy = (aL - aTH) |q| / 2.
  const Dispersivity a{10.0, 1.0, 0.1};
  const double s = 0.2, speed = s * std::sqrt(2.0);
  const DispersionTensor d = dispersion_tensor({s, s, 0.0}, a, 0.0);
  EXPECT_NEAR(d.xx, 5.5 * speed, kExact);
  EXPECT_NEAR(d.yy, 5.5 * speed, kExact);
  EXPECT_NEAR(d.xy, 4.5 * speed, kExact);
  EXPECT_NEAR(d.zz, 0.1 * speed, kExact);
  EXPECT_EQ(d(1, 0), d.xy);
}

TEST(DispersionTensor, EigenvectorsAreTheFlowAndItsNormals) {
  // With aTH = aTV = aT the tensor is aT |q| I + (aL - aT) q q^T / |q| (Bear): q itself is an
  // eigenvector with eigenvalue aL |q|, every vector normal to q one with aT |q|. Checked for
  // random directions in 3-D.
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> u(-1.0, 1.0);
  const Dispersivity a{5.0, 0.5, 0.5};
  for (int trial = 0; trial < 20; ++trial) {
    const std::array<double, 3> q{u(rng), u(rng), u(rng)};
    const double speed = std::sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2]);
    const DispersionTensor d = dispersion_tensor(q, a, 0.0);
    // A normal to q: q x e, with e the axis least aligned with q.
    const std::array<double, 3> e = std::abs(q[0]) < 0.5 ? std::array<double, 3>{1, 0, 0} : std::array<double, 3>{0, 1, 0};
    const std::array<double, 3> nrm{q[1] * e[2] - q[2] * e[1], q[2] * e[0] - q[0] * e[2], q[0] * e[1] - q[1] * e[0]};
    for (int i = 0; i < 3; ++i) {
      double dq = 0.0, dn = 0.0;
      for (int j = 0; j < 3; ++j) {
        dq += d(i, j) * q[std::size_t(j)];
        dn += d(i, j) * nrm[std::size_t(j)];
      }
      EXPECT_NEAR(dq, 5.0 * speed * q[std::size_t(i)], 1e-12 * 5.0 * speed);
      EXPECT_NEAR(dn, 0.5 * speed * nrm[std::size_t(i)], 1e-12 * 5.0 * speed);
    }
  }
}

TEST(DispersionTensor, NoFlowLeavesDiffusionAlone) {
  const DispersionTensor d = dispersion_tensor({0.0, 0.0, 0.0}, {10.0, 1.0, 0.1}, 0.003);
  EXPECT_EQ(d.xx, 0.003);
  EXPECT_EQ(d.yy, 0.003);
  EXPECT_EQ(d.zz, 0.003);
  EXPECT_EQ(d.xy, 0.0);
}

TEST(Sorption, RetardationFactorOfTheDomainTable) {
  // docs/guigang-site.md section 5: rho_b 1.7 kg/L, n_e 0.25; NH4-N Kd 0.5 L/kg gives R = 4.4,
  // Cd 50 L/kg gives 341 (1 + 1.7 x 50 / 0.25).
  EXPECT_NEAR(retardation_factor(1.7, 0.5, 0.25), 4.4, kExact);
  EXPECT_NEAR(retardation_factor(1.7, 50.0, 0.25), 341.0, kExact);
  EXPECT_EQ(retardation_factor(1.7, 0.0, 0.25), 1.0);
}

TEST(Sorption, LinearCellMassIsRetardedDissolvedMass) {
  // A cell of 100 m3 saturated volume: theta V C dissolved plus rho_b V Kd C sorbed, which is
  // theta V C R (g, with C in mg/L and rho_b in kg/L).
  const Isotherm iso{SorptionModel::linear, 0.5, 1.0, 0.0};
  const CellCapacity cap{0.25 * 100.0, 1.7 * 100.0};
  EXPECT_NEAR(cell_mass(cap, iso, 2.0), 0.25 * 100.0 * 2.0 * 4.4, kExact * 220.0);
}

TEST(Sorption, FreundlichAndLangmuirValuesAndSlopes) {
  const Isotherm fr{SorptionModel::freundlich, 3.0, 0.7, 0.0};
  EXPECT_NEAR(sorbed_concentration(fr, 2.0), 3.0 * std::pow(2.0, 0.7), kExact);
  EXPECT_EQ(sorbed_concentration(fr, 0.0), 0.0);
  EXPECT_EQ(sorbed_concentration(fr, -1e-12), 0.0);
  EXPECT_TRUE(std::isinf(sorbed_slope(fr, 0.0)));
  // Langmuir: half the capacity at C = 1 / K.
  const Isotherm la{SorptionModel::langmuir, 0.5, 1.0, 40.0};
  EXPECT_NEAR(sorbed_concentration(la, 2.0), 20.0, kExact);
  EXPECT_NEAR(sorbed_slope(la, 0.0), 20.0, kExact);  // S_max K
  // Slopes against central differences (h = 1e-6: truncation ~1e-12, rounding ~1e-10).
  for (const Isotherm& iso : {fr, la})
    for (double c : {0.01, 0.3, 1.0, 7.0}) {
      const double h = 1e-6;
      const double numeric = (sorbed_concentration(iso, c + h) - sorbed_concentration(iso, c - h)) / (2.0 * h);
      EXPECT_NEAR(sorbed_slope(iso, c), numeric, 1e-7 * std::max(1.0, std::abs(numeric))) << "c = " << c;
    }
}

TEST(Sorption, ConcentrationForMassInvertsTheCellMass) {
  // The inverse used by the flux correction: round trip within 1e-12 relative.
  const CellCapacity cap{25.0, 170.0};
  for (const Isotherm& iso : {Isotherm{SorptionModel::freundlich, 3.0, 0.7, 0.0},
                              Isotherm{SorptionModel::freundlich, 0.4, 1.6, 0.0},
                              Isotherm{SorptionModel::langmuir, 0.5, 1.0, 40.0},
                              Isotherm{SorptionModel::linear, 0.5, 1.0, 0.0}})
    for (double c : {1e-6, 0.2, 3.0, 50.0}) {
      const double m = cell_mass(cap, iso, c);
      EXPECT_NEAR(concentration_for_mass(cap, iso, m, 0.0, 100.0), c, 1e-12 * c + 1e-15);
    }
}

TEST(TvdLimiter, VanLeerIsSymmetricSecondOrderAndBounded) {
  EXPECT_EQ(van_leer(-1.0), 0.0);
  EXPECT_EQ(van_leer(0.0), 0.0);
  EXPECT_NEAR(van_leer(1.0), 1.0, kExact);
  EXPECT_EQ(van_leer(std::numeric_limits<double>::infinity()), 2.0);
  for (double r : {0.1, 0.5, 2.0, 10.0, 1e8}) {
    EXPECT_NEAR(van_leer(r) / r, van_leer(1.0 / r), kExact) << r;  // symmetry psi(r)/r = psi(1/r)
    EXPECT_LT(van_leer(r), 2.0);
    EXPECT_LE(van_leer(r), 2.0 * r);  // TVD region of Sweby (1984)
  }
}

TEST(ZeroOrderLoss, LimitLiftsTheCellToZero) {
  // A cell whose equation 4 c = rhs - f L came out at c = -0.5 with f = 1 and L = 10 g/d: with
  // the neighbours held, lowering the loss by 4 x 0.5 = 2 g/d lifts it to zero: f = 0.8.
  EXPECT_NEAR(limited_loss_scale(10.0, 4.0, -0.5, 1.0), 0.8, kExact);
  EXPECT_EQ(limited_loss_scale(10.0, 4.0, 0.2, 1.0), 1.0);    // nothing to limit
  EXPECT_EQ(limited_loss_scale(10.0, 4.0, -50.0, 1.0), 0.0);  // never a gain
}

TEST(FluxLimiter, CorrectionStaysWithinLocalBoundsAndConservesMass) {
  // A column of 30 cells with random concentrations and random link fluxes far too large to
  // apply in full: after limiting, every cell lies within the extremes of itself and its
  // neighbours, and the mass changes sum to zero (to rounding).
  auto col = test::column(30, 1.0, 0.1);
  const Connections& links = col->links;
  std::mt19937 rng(11);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  std::vector<double> c(30), flux(std::size_t(links.grid_count));
  for (double& x : c) x = u(rng);
  for (double& f : flux) f = 5.0 * (u(rng) - 0.5);
  std::vector<std::uint8_t> usable(30, 1);
  FluxLimiter limiter(links);
  limiter.mark_region(c.data(), c.data(), 0.0);  // every cell holds some
  limiter.sum_fluxes(flux);
  std::vector<double> low, high, change(30);
  limiter.local_bounds(usable, c.data(), c.data(), low, high);
  const double volume = 1.0, dt = 1.0;  // water 1 m3 per cell: 1 g per mg/L
  for (std::int64_t n = 0; n < 30; ++n)
    if (limiter.touched(n)) limiter.set_room(n, volume * (high[std::size_t(n)] - c[std::size_t(n)]),
                                             volume * (low[std::size_t(n)] - c[std::size_t(n)]), dt);
  limiter.apply(flux, dt, change);
  double total = 0.0, moved = 0.0;
  for (std::size_t n = 0; n < 30; ++n) {
    const double after = c[n] + change[n] / volume;
    EXPECT_GE(after, low[n] - 1e-12);
    EXPECT_LE(after, high[n] + 1e-12);
    total += change[n];
    moved += std::abs(change[n]);
  }
  EXPECT_NEAR(total, 0.0, 1e-12);
  EXPECT_GT(moved, 0.1);  // and it did correct something
}

TEST(FluxLimiter, NothingMovesOutsideTheMarkedRegion) {
  // A column of 10 cells holding 1 and 0.5 mg/L in its first two, nothing elsewhere: the region
  // is cells 0-2. A flux between two empty cells far away (5 -> 6, as a cross-dispersion flux
  // can be) is not applied and stays whole for no later pass; one inside the region, from the
  // full cell towards the emptier one, is applied within the bounds.
  auto col = test::column(10, 1.0, 0.1);
  const Connections& links = col->links;
  std::vector<double> c(10, 0.0), flux(std::size_t(links.grid_count), 0.0);
  c[0] = 1.0;
  c[1] = 0.5;
  flux[0] = 0.1;  // link 0 joins cells 0 and 1 (n -> m)
  flux[5] = 1.0;  // link 5 joins cells 5 and 6
  ASSERT_EQ(links.n[5], 5);
  FluxLimiter limiter(links);
  limiter.mark_region(c.data(), c.data(), 1e-20);
  for (std::int64_t n = 0; n < 10; ++n) EXPECT_EQ(limiter.in_region(n), n <= 2) << "cell " << n;
  limiter.sum_fluxes(flux);
  std::vector<double> low, high, change(10, 0.0);
  limiter.local_bounds(std::vector<std::uint8_t>(10, 1), c.data(), c.data(), low, high);
  for (std::int64_t n = 0; n < 10; ++n)
    if (limiter.touched(n)) limiter.set_room(n, high[std::size_t(n)] - c[std::size_t(n)], low[std::size_t(n)] - c[std::size_t(n)], 1.0);
  limiter.apply(flux, 1.0, change);
  EXPECT_NEAR(change[0], -0.1, 1e-15);  // within bounds: 1 -> 0.9 and 0.5 -> 0.6
  EXPECT_NEAR(change[1], 0.1, 1e-15);
  EXPECT_EQ(change[5], 0.0);
  EXPECT_EQ(change[6], 0.0);
  EXPECT_EQ(flux[5], 1.0);
}

TEST(TransportSteps, EqualStepsBetweenScheduleBreaks) {
  // (0, 10] with a break at 4 and steps of at most 1.5 d: 3 steps to 4 (4/3 each), 4 steps to 10.
  const std::vector<double> ends = step_ends(0.0, 10.0, 1.5, {4.0});
  ASSERT_EQ(ends.size(), 7u);
  EXPECT_NEAR(ends[0], 4.0 / 3.0, kExact);
  EXPECT_NEAR(ends[2], 4.0, kExact);
  EXPECT_NEAR(ends[3], 5.5, kExact);
  EXPECT_EQ(ends.back(), 10.0);
  // A limit that fits exactly makes no extra step.
  EXPECT_EQ(step_ends(0.0, 10.0, 2.5, {}).size(), 4u);
  EXPECT_THROW(step_ends(0.0, 10.0, 0.0, {}), ModelFailure);
}

}  // namespace
}  // namespace gwp::solver
