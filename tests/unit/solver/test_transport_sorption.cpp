// Nonlinear sorption: Freundlich and Langmuir isotherms conserve mass exactly (Newton on the
// cell masses), and fronts move as the method of characteristics says: a favourable isotherm
// (Langmuir, Freundlich exponent below 1) makes a self-sharpening front that moves at the shock
// speed v / (1 + rho_b [S(c0) - S(0)] / (theta c0)); an unfavourable one (exponent above 1)
// spreads, each concentration c moving at v / (1 + rho_b S'(c) / theta).
#include <gtest/gtest.h>

#include <cmath>

#include "core/errors.hpp"
#include "test_transport_models.hpp"

namespace gwp::solver {
namespace {

constexpr double kTheta = 0.3, kRho = 1.6, kQ = 0.15, kC0 = 10.0;  // -, kg/L, m/d, mg/L
constexpr double kV = kQ / kTheta;                                  // 0.5 m/d

struct Column1d {
  std::vector<double> c;   // mg/L
  MassBudget budget;
};

// 200 cells of 1 m; water enters through the inlet's fixed head at c0 = 10 mg/L into a clean
// column; aL = 0.1 m, so that the isotherm, not dispersion, shapes the front. Implicit tvd steps
// of dt (d) to t_end.
Column1d run(const SpeciesProblem& sorbing, double dt, double t_end, int max_iterations = 50) {
  auto col = test::column(200, 1.0, kQ);
  TransportProblem p = test::transport_problem(col->grid, kTheta, 0.1);
  p.bulk_density.assign(200, kRho);
  p.settings.max_step = dt;
  p.settings.max_nonlinear_iterations = max_iterations;
  SpeciesProblem s = sorbing;
  s.initial.assign(200, 0.0);
  s.term_concentration = {test::source(kC0), test::source(0.0)};
  p.species = {s};
  TransportSolver solver(p, col->flow, col->links);
  test::run_steady(solver, col->solution, t_end);
  return {solver.concentration(0), solver.budget(0)};
}

double crossing(const std::vector<double>& c, double level) {
  for (std::size_t i = 1; i < c.size(); ++i)
    if (c[i - 1] >= level && c[i] < level) return double(i - 1) + (c[i - 1] - level) / (c[i - 1] - c[i]);
  return -1.0;
}

// The mass in the column equals what entered minus what left: the budget's storage change is
// the flow terms' net (there is no other term), and the discrepancy is under 1e-3 %.
void expect_conserved(const MassBudget& b) {
  const double in = b.find("head:inlet")->in, out = b.find("head:outlet")->out;
  const double held = b.dissolved_mass + b.sorbed_mass;
  EXPECT_NEAR(held, in - out, 1e-8 * in);
  EXPECT_LT(std::abs(b.discrepancy_percent), 1e-3);
  EXPECT_GT(b.sorbed_mass, 0.0);
}

SpeciesProblem langmuir(double k, double capacity) {
  SpeciesProblem s;
  s.name = "cadmium";
  s.sorption = SorptionModel::langmuir;
  s.langmuir_k.assign(200, k);
  s.capacity.assign(200, capacity);
  return s;
}

SpeciesProblem freundlich(double k, double exponent) {
  SpeciesProblem s;
  s.name = "zinc";
  s.sorption = SorptionModel::freundlich;
  s.kd.assign(200, k);
  s.exponent.assign(200, exponent);
  return s;
}

TEST(TransportSorption, LangmuirFrontMovesAtTheShockSpeed) {
  // K = 0.2 L/mg, S_max = 50 mg/kg: S(c0) = 33.3 mg/kg, shock speed 0.0266 m/d; 80 m in 3000 d.
  const double s0 = 50.0 * 0.2 * kC0 / (1.0 + 0.2 * kC0);
  const double speed = kV / (1.0 + kRho * s0 / (kTheta * kC0));
  const Column1d r = run(langmuir(0.2, 50.0), 10.0, 3000.0);
  expect_conserved(r.budget);
  // From the inlet cell's upstream face at -0.5 m; within 1.5 m (the front is a few cells wide
  // and the discrete shock sits between cell centres).
  EXPECT_NEAR(crossing(r.c, 0.5 * kC0), speed * 3000.0 - 0.5, 1.5);
  // Self-sharpening: the 10-90 % width stays a few cells, unlike a linear front of the same
  // speed after 80 m of travel.
  EXPECT_LT(crossing(r.c, 0.1 * kC0) - crossing(r.c, 0.9 * kC0), 6.0);
}

TEST(TransportSorption, FavourableFreundlichFrontMovesAtTheShockSpeed) {
  // K_F = 2, a = 0.7: S(c0) = 10.0 mg/kg, shock speed 0.0788 m/d; 79 m in 1000 d.
  const double s0 = 2.0 * std::pow(kC0, 0.7);
  const double speed = kV / (1.0 + kRho * s0 / (kTheta * kC0));
  const Column1d r = run(freundlich(2.0, 0.7), 5.0, 1000.0);
  expect_conserved(r.budget);
  EXPECT_NEAR(crossing(r.c, 0.5 * kC0), speed * 1000.0 - 0.5, 1.5);
}

TEST(TransportSorption, UnfavourableFreundlichFrontSpreadsAsItsCharacteristics) {
  // K_F = 0.1, a = 1.5: concentration c travels at v / (1 + rho_b S'(c) / theta), so c0 / 2 at
  // 0.179 m/d and 0.8 c0 at 0.151 m/d: 72 m and 60 m after 400 d. The spreading wave is smooth;
  // within 2 m (numerical and physical dispersion, 0.05 m2/d, smear it by about a metre).
  const Column1d r = run(freundlich(0.1, 1.5), 2.0, 400.0);
  expect_conserved(r.budget);
  for (double share : {0.5, 0.8}) {
    const double c = share * kC0;
    const double slope = 0.1 * 1.5 * std::sqrt(c);
    const double speed = kV / (1.0 + kRho * slope / kTheta);
    EXPECT_NEAR(crossing(r.c, c), speed * 400.0 - 0.5, 2.0) << "c = " << c;
  }
}

TEST(TransportSorption, NonlinearIterationFailureIsAModelFailure) {
  // One iteration cannot converge a Langmuir step: the run must stop and say which species.
  try {
    run(langmuir(0.2, 50.0), 10.0, 100.0, 1);
    FAIL() << "no failure";
  } catch (const ModelFailure& e) {
    EXPECT_NE(std::string(e.what()).find("cadmium"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("nonlinear"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace gwp::solver
