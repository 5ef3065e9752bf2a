// The transport matrix is assembled once and reused while nothing in it changes (same species,
// step length, flow and held cells): a reused step must solve exactly the equations a freshly
// assembled one would.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "solver/transport/flow_interface.hpp"
#include "solver/transport/transport_system.hpp"
#include "test_transport_models.hpp"

namespace gwp::solver {
namespace {

// A step view of species 0 of `p` over [t0, t1] from concentrations c.
StepView step_view(const TransportProblem& p, const Connections& links, const TransportFlow& flow, double t0,
                   double t1, const std::vector<double>& c) {
  StepView v;
  v.grid = p.grid;
  v.links = &links;
  v.flow = &flow;
  v.porosity = &p.porosity;
  v.bulk_density = &p.bulk_density;
  v.species = &p.species[0];
  v.t0 = t0;
  v.t1 = t1;
  v.c_old = v.c_iter = c.data();
  return v;
}

TEST(TransportMatrixReuse, RightHandSideAloneEqualsAFreshAssembly) {
  // Column of 30 cells with linear sorption and decay, an inlet held at 1: assemble a step
  // from concentrations a, then one from b with the same step length. The second fills only
  // the right-hand side; its matrix and right-hand side must be those a fresh system assembles
  // from b (bit for bit: the same operations on the same numbers).
  auto col = test::column(30, 1.0, 0.25);
  TransportProblem p = test::transport_problem(col->grid, 0.25, 0.5);
  p.species[0].sorption = SorptionModel::linear;
  p.species[0].kd.assign(30, 0.4);
  p.species[0].decay_dissolved.assign(30, 0.01);
  p.species[0].fixed = {test::held("inlet", {0}, 1.0)};
  TransportFlow flow;
  read_flow(col->flow, col->links, p.porosity, col->solution, flow);
  std::vector<double> a(30), b(30);
  for (std::size_t i = 0; i < 30; ++i) {
    a[i] = std::exp(-0.2 * double(i));
    b[i] = 1.0 / (1.0 + double(i));
  }

  TransportSystem reused(p, col->flow, col->links);
  reused.prepare(flow);
  StepView first = step_view(p, col->links, flow, 0.0, 2.0, a);
  reused.prepare_step(first);
  EXPECT_TRUE(reused.assemble(first));
  StepView second = step_view(p, col->links, flow, 2.0, 4.0, b);
  reused.prepare_step(second);
  EXPECT_FALSE(reused.assemble(second));  // the matrix was kept

  TransportSystem fresh(p, col->flow, col->links);
  fresh.prepare(flow);
  fresh.prepare_step(second);
  EXPECT_TRUE(fresh.assemble(second));
  ASSERT_EQ(reused.matrix().nonZeros(), fresh.matrix().nonZeros());
  for (Eigen::Index k = 0; k < fresh.matrix().nonZeros(); ++k)
    EXPECT_EQ(reused.matrix().valuePtr()[k], fresh.matrix().valuePtr()[k]) << "entry " << k;
  for (Eigen::Index r = 0; r < fresh.rhs().size(); ++r) EXPECT_EQ(reused.rhs()[r], fresh.rhs()[r]) << "row " << r;

  // Another step length, or the inlet let go, changes the matrix: it is assembled again.
  StepView longer = step_view(p, col->links, flow, 4.0, 7.0, b);
  reused.prepare_step(longer);
  EXPECT_TRUE(reused.assemble(longer));
  p.species[0].fixed[0].value = Schedule{{0.0, 5.0}, {1.0, std::numeric_limits<double>::quiet_NaN()}};
  StepView freed = step_view(p, col->links, flow, 7.0, 10.0, b);
  reused.prepare_step(freed);
  EXPECT_TRUE(reused.assemble(freed));
}

TEST(TransportMatrixReuse, ReusingRunMatchesOneThatAssemblesEveryStep) {
  // The same column run twice: linear sorption (Kd 0.4 L/kg), whose steps reuse the matrix,
  // and Freundlich sorption with exponent 1 (the same isotherm, S = 0.4 C), which the solver
  // treats as nonlinear and so assembles at every iteration of every step. The inlet is held
  // at 1 mg/L until day 3 and then freed, and the steps change length at day 6 (1 d, then
  // 0.9 d): both must give the same concentrations, to the linear solver's tolerance (1e-10
  // relative; 1e-8 mg/L allowed after 11 steps).
  auto col = test::column(50, 1.0, 0.25);
  auto run = [&](SorptionModel model) {
    TransportProblem p = test::transport_problem(col->grid, 0.25, 0.5);
    SpeciesProblem& s = p.species[0];
    s.sorption = model;
    s.kd.assign(50, 0.4);
    if (model == SorptionModel::freundlich) s.exponent.assign(50, 1.0);
    s.fixed = {test::held("inlet", {0}, 1.0)};
    s.fixed[0].value = Schedule{{0.0, 3.0}, {1.0, std::numeric_limits<double>::quiet_NaN()}};
    p.settings.max_step = 1.0;
    TransportSolver solver(p, col->flow, col->links);
    solver.advance(6.0, col->solution, nullptr);    // 6 steps of 1 d
    solver.advance(10.5, col->solution, nullptr);   // 5 steps of 0.9 d
    EXPECT_LT(std::abs(solver.budget(0).discrepancy_percent), 1e-6);
    return solver.concentration(0);
  };
  const std::vector<double> linear = run(SorptionModel::linear);
  const std::vector<double> freundlich = run(SorptionModel::freundlich);
  double peak = 0.0;
  for (std::size_t i = 0; i < 50; ++i) {
    EXPECT_NEAR(linear[i], freundlich[i], 1e-8) << "cell " << i;
    peak = std::max(peak, linear[i]);
  }
  EXPECT_GT(peak, 0.1);  // the plume is there to compare
}

TEST(TransportMatrixReuse, SteadyFlowCarriedOnIsNotReadAgain) {
  // A steady solution carried to a later output time keeps its solve number (the run only
  // moves its time): advancing in two calls, with the time moved between them as the run does,
  // must give what one call gives, step for step the same equations (1e-12 mg/L).
  auto col = test::column(40, 1.0, 0.25);
  TransportProblem p = test::transport_problem(col->grid, 0.25, 0.5);
  p.species[0].fixed = {test::held("inlet", {0}, 1.0)};
  p.settings.max_step = 1.0;
  TransportSolver once(p, col->flow, col->links);
  once.advance(10.0, col->solution, nullptr);
  FlowSolution carried = col->solution;
  ASSERT_GT(carried.solve_number, 0);
  TransportSolver twice(p, col->flow, col->links);
  carried.time = 5.0;
  twice.advance(5.0, carried, nullptr);
  carried.time = 10.0;
  twice.advance(10.0, carried, nullptr);
  for (std::size_t i = 0; i < 40; ++i)
    EXPECT_NEAR(once.concentration(0)[i], twice.concentration(0)[i], 1e-12) << "cell " << i;
  EXPECT_GT(once.concentration(0)[10], 0.1);  // the front has come this far
}

}  // namespace
}  // namespace gwp::solver
