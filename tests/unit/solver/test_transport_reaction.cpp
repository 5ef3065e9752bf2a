// A reaction added the way a new one would be: a class of its own (here, in the test) carried
// by the species, with nothing else changed. In still water it is a batch, whose implicit steps
// follow c' = (c + dt p) / (1 + k dt) exactly; the budget shows its two lines, in the order it
// names them, with the masses that recursion moves, and closes.
#include <gtest/gtest.h>

#include <cmath>
#include <memory>

#include "solver/transport/cell_reaction.hpp"
#include "test_transport_models.hpp"

namespace gwp::solver {
namespace {

// Zero-order production p (mg/L/d) and first-order loss k (1/d) of the dissolved phase.
class ProductionAndLoss final : public CellReaction {
 public:
  ProductionAndLoss(double production, double rate) : p_(production), k_(rate) {}
  void fill_row(const StepView& s, std::int64_t cell, RowRef& row) const override {
    const double w = s.cell_weight(cell), kv = k_ * s.water_new(cell);
    row.add_diagonal(w * kv);
    row.rhs -= (1.0 - w) * kv * s.c_old[std::size_t(cell)];
    row.rhs += p_ * s.water_new(cell);
  }
  std::vector<std::string> budget_labels() const override { return {"test:production", "test:loss"}; }
  void rates(const StepView& s, std::int64_t cell, const double* c_new, double* out) const override {
    out[0] = p_ * s.water_new(cell);
    out[1] = -k_ * s.water_new(cell) * s.weighted(cell, c_new);
  }

 private:
  double p_, k_;
};

TEST(TransportReaction, ASpeciesReactionIsSolvedAndBudgetedWithoutTouchingTheSolver) {
  constexpr double kTheta = 0.25, kP = 0.05, kK = 0.02, kEnd = 30.0;  // -, mg/L/d, 1/d, d
  auto col = test::column(4, 1.0, 0.0);  // still water, 1 m3 cells
  TransportProblem p = test::transport_problem(col->grid, kTheta, 0.0);
  p.settings.max_step = 1.5;
  p.species[0].initial.assign(4, 1.0);
  p.species[0].reactions.push_back(std::make_shared<ProductionAndLoss>(kP, kK));
  TransportSolver solver(p, col->flow, col->links);
  int steps = 0;
  solver.advance(kEnd, col->solution, &col->solution, [&](double) { ++steps; });
  ASSERT_GT(steps, 0);

  // The implicit recursion over equal steps, and the masses it moves (theta V = 0.25 m3).
  const double dt = kEnd / steps;
  double c = 1.0, produced = 0.0, lost = 0.0;
  for (int n = 0; n < steps; ++n) {
    c = (c + dt * kP) / (1.0 + kK * dt);
    produced += dt * kP * kTheta;
    lost += dt * kK * kTheta * c;
  }
  for (double v : solver.concentration(0)) EXPECT_NEAR(v, c, 1e-12 * c);

  const MassBudget& b = solver.budget(0);
  const MassBudgetLine* production = b.find("test:production");
  const MassBudgetLine* loss = b.find("test:loss");
  ASSERT_NE(production, nullptr);
  ASSERT_NE(loss, nullptr);
  EXPECT_EQ(production->category, MassTerm::reaction);
  EXPECT_EQ(loss - production, 1) << "its lines in the order it names them";
  EXPECT_NEAR(production->in, 4 * produced, 1e-12 * 4 * produced);
  EXPECT_NEAR(loss->out, 4 * lost, 1e-10 * 4 * lost);
  EXPECT_EQ(loss->in, 0.0);
  EXPECT_LT(std::abs(b.discrepancy_percent), 1e-9);
  // Between decay's lines and the flow-imbalance correction.
  EXPECT_LT(b.find("zero_order"), production);
  EXPECT_GT(b.find("flow_imbalance"), loss);
}

// A reaction that names no budget line is refused when the solver is built.
class Silent final : public CellReaction {
 public:
  void fill_row(const StepView&, std::int64_t, RowRef&) const override {}
  std::vector<std::string> budget_labels() const override { return {}; }
  void rates(const StepView&, std::int64_t, const double*, double*) const override {}
};

TEST(TransportReaction, AReactionWithoutBudgetLinesIsRefused) {
  auto col = test::column(4, 1.0, 0.0);
  TransportProblem p = test::transport_problem(col->grid, 0.25, 0.0);
  p.species[0].reactions.push_back(std::make_shared<Silent>());
  EXPECT_THROW(TransportSolver(p, col->flow, col->links), std::invalid_argument);
}

}  // namespace
}  // namespace gwp::solver
