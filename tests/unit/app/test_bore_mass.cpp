// What an abandoned well's bore moves between layers, worked out by hand for a bore open in three
// cells A (10), B (20) and C (30) of a 40-cell model, A and B in the case layer "sand-gravel", C in
// "karst". The bore's pairs carry (m3/d, positive from the pair's first cell to its second):
//   A -> B 2.0,   A -> C 1.0,   B -> C -0.5 (that is, 0.5 from C to B).
// Sums of products of short decimals: exact to 1e-12 relative.
#include "app/bore_mass.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace gwp::app {
namespace {

constexpr double kRelative = 1e-12;

ConnectionGroup bore_group() {
  ConnectionGroup g;
  g.name = "abandoned_well:AW-1";
  g.n = {10, 10, 20};
  g.m = {20, 30, 30};
  return g;
}

const std::vector<std::int64_t> kCells{10, 20, 30};

TEST(BoreMass, EachPairCarriesItsUpstreamConcentration) {
  const PairSlots slots = pair_slots(bore_group(), kCells);
  // Implicit, 2 d, ending at A 10, B 4, C 2 mg/L: A -> B 2 x 10 x 2 = 40 g, A -> C 1 x 10 x 2 = 20 g,
  // C -> B 0.5 x 2 x 2 = 2 g. A loses 60 g; B gains 42 g, C 20 - 2 = 18 g.
  const CellExchange e = step_exchange(slots, {2.0, 1.0, -0.5}, {6.0, 2.0, 0.0}, {10.0, 4.0, 2.0}, 1.0, 2.0);
  EXPECT_EQ(e.gain, (std::vector<double>{0.0, 42.0, 18.0}));
  EXPECT_EQ(e.loss, (std::vector<double>{60.0, 0.0, 0.0}));
  // Crank-Nicolson: upstream A at (10 + 6) / 2 = 8 and C at (2 + 0) / 2 = 1 mg/L: 32, 16 and 1 g.
  const CellExchange cn = step_exchange(slots, {2.0, 1.0, -0.5}, {6.0, 2.0, 0.0}, {10.0, 4.0, 2.0}, 0.5, 2.0);
  EXPECT_EQ(cn.gain, (std::vector<double>{0.0, 33.0, 15.0}));
  EXPECT_EQ(cn.loss, (std::vector<double>{48.0, 0.0, 0.0}));
}

TEST(BoreMass, WaterExchangeOfEachCell) {
  // A gives 2 + 1, B takes 2 + 0.5, C takes 1 - 0.5 m3/d.
  EXPECT_EQ(water_exchange(pair_slots(bore_group(), kCells), {2.0, 1.0, -0.5}, 3),
            (std::vector<double>{-3.0, 2.5, 0.5}));
}

TEST(BoreMass, MatchedToTheBudgetTotalsOfTheStep) {
  CellExchange e{{0.0, 42.0, 18.0}, {60.0, 0.0, 0.0}};
  match_budget(e, 90.0, 66.0, {-3.0, 2.5, 0.5});
  EXPECT_NEAR(e.gain[1], 63.0, 63.0 * kRelative);  // x 1.5
  EXPECT_NEAR(e.gain[2], 27.0, 27.0 * kRelative);
  EXPECT_NEAR(e.loss[0], 66.0, 66.0 * kRelative);  // x 1.1
  // The budget moved mass the concentrations seen here do not show: shared by water.
  CellExchange none{{0.0, 0.0, 0.0}, {0.0, 0.0, 0.0}};
  match_budget(none, 3.0, 6.0, {-3.0, 2.5, 0.5});
  EXPECT_NEAR(none.gain[1], 2.5, 2.5 * kRelative);
  EXPECT_NEAR(none.gain[2], 0.5, 0.5 * kRelative);
  EXPECT_NEAR(none.loss[0], 6.0, 6.0 * kRelative);
  EXPECT_EQ(none.gain[0], 0.0);
}

TEST(BoreMass, SlotsOfACellOutsideTheBoreAreRejected) {
  EXPECT_THROW(pair_slots(bore_group(), {10, 20}), std::invalid_argument);
}

// Two steps of the ledger: per layer since the start, the rates of the last step, and the mass
// carried down past the bottom of sand-gravel; the layers sum to the budget line.
TEST(BoreMass, LedgerSumsCellsByCaseLayer) {
  const ConnectionGroup group = bore_group();
  BoreCells bore{"AW-1", kCells, {0, 0, 1}, {"sand-gravel", "karst"}};
  std::vector<double> c(40, 0.0);
  BoreMassLedger ledger(bore, group, 1, 0, c, 0.0);
  FlowSolution water;
  water.extra_flow = {{7.0}, {2.0, 1.0, -0.5}};  // group 0 is another bore
  MassBudget budget;
  budget.lines.push_back({"abandoned_well:AW-1", MassTerm::connection_group, TermKind::flux, 60.0, 60.0, 30.0, 30.0});
  c[10] = 10.0, c[20] = 4.0, c[30] = 2.0;
  // Step 1, 0 to 2 d: the cells' own 42 + 18 = 60 g, the budget's too (scale 1).
  ledger.add_step(2.0, water, c, 1.0, budget);
  // Step 2, 2 to 3 d, the same concentrations: 30 g from A, 21 to B and 9 to C by the pairs; the
  // budget booked 60 g each way, so the cells' gains and losses count double.
  budget.lines[0].in = budget.lines[0].out = 120.0;
  ledger.add_step(3.0, water, c, 1.0, budget);
  const std::vector<post::BoreLayerMass> rows = ledger.rows(3.0);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].well, "AW-1");
  EXPECT_EQ(rows[0].layer, "sand-gravel");
  EXPECT_EQ(rows[0].time, 3.0);
  EXPECT_NEAR(rows[0].mass_in, 42.0 + 42.0, 84.0 * kRelative);
  EXPECT_NEAR(rows[0].mass_out, 60.0 + 60.0, 120.0 * kRelative);
  EXPECT_NEAR(rows[0].carried_down, 36.0, 36.0 * kRelative);  // what karst gained, net
  EXPECT_NEAR(rows[0].rate_in, 42.0, 42.0 * kRelative);       // g over the last 1 d step
  EXPECT_NEAR(rows[0].rate_out, 60.0, 60.0 * kRelative);
  EXPECT_NEAR(rows[0].rate_down, 18.0, 18.0 * kRelative);
  EXPECT_EQ(rows[1].layer, "karst");
  EXPECT_NEAR(rows[1].mass_in, 36.0, 36.0 * kRelative);
  EXPECT_EQ(rows[1].mass_out, 0.0);
  EXPECT_EQ(rows[1].carried_down, 0.0);
  EXPECT_NEAR(rows[1].rate_in, 18.0, 18.0 * kRelative);
  EXPECT_NEAR(rows[0].mass_in + rows[1].mass_in, budget.lines[0].in, 120.0 * kRelative);
  EXPECT_NEAR(rows[0].mass_out + rows[1].mass_out, budget.lines[0].out, 120.0 * kRelative);
  EXPECT_NEAR(ledger.total_in(), 120.0, 120.0 * kRelative);
  const std::vector<double> net = ledger.net_in();
  EXPECT_NEAR(net[0], -36.0, 36.0 * kRelative);
  EXPECT_NEAR(net[1], 36.0, 36.0 * kRelative);
}

}  // namespace
}  // namespace gwp::app
