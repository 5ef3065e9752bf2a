// What an abandoned well's bore moves between layers, worked out by hand for a bore open in three
// cells A (10), B (20) and C (30) of a 40-cell model, A and B in the case layer "sand-gravel", C in
// "karst". The transport solver reports each cell's exchange with the bore over a step (g/d, > 0
// into the cell), its connection group listing the cells as B, A, C. Sums of products of short
// decimals: exact to 1e-12 relative.
#include "app/bore_mass.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace gwp::app {
namespace {

constexpr double kRelative = 1e-12;

BoreCells bore() { return {"AW-1", {10, 20, 30}, {0, 0, 1}, {"sand-gravel", "karst"}}; }

TEST(BoreMass, GroupCellsFindTheirPlaceInTheBore) {
  EXPECT_EQ(bore_slots({20, 10, 30}, bore()), (std::vector<std::size_t>{1, 0, 2}));
  EXPECT_THROW(bore_slots({20, 11}, bore()), std::invalid_argument);
}

// Two steps: per layer since the start, the rates of the last step, and the mass carried down
// past the bottom of sand-gravel.
TEST(BoreMass, LedgerSumsCellsByCaseLayer) {
  BoreMassLedger ledger(bore(), bore_slots({20, 10, 30}, bore()), 0.0);
  // Step 1, 0 to 2 d: A gives 30 g/d, B takes 21 and C 9: over 2 d 60 g out of A, 42 into B, 18 into C.
  ledger.add_step(2.0, {21.0, -30.0, 9.0});
  // Step 2, 2 to 3 d, twice the rates: 60 g out of A, 42 into B, 18 into C.
  ledger.add_step(3.0, {42.0, -60.0, 18.0});
  const std::vector<metrics::BoreLayerMass> rows = ledger.rows(3.0);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].well, "AW-1");
  EXPECT_EQ(rows[0].layer, "sand-gravel");
  EXPECT_EQ(rows[0].time, 3.0);
  EXPECT_NEAR(rows[0].mass_in, 42.0 + 42.0, 84.0 * kRelative);
  EXPECT_NEAR(rows[0].mass_out, 60.0 + 60.0, 120.0 * kRelative);
  EXPECT_NEAR(rows[0].carried_down, 36.0, 36.0 * kRelative);  // what karst gained, net
  EXPECT_NEAR(rows[0].rate_in, 42.0, 42.0 * kRelative);       // g/d over the last step
  EXPECT_NEAR(rows[0].rate_out, 60.0, 60.0 * kRelative);
  EXPECT_NEAR(rows[0].rate_down, 18.0, 18.0 * kRelative);
  EXPECT_EQ(rows[1].layer, "karst");
  EXPECT_NEAR(rows[1].mass_in, 36.0, 36.0 * kRelative);
  EXPECT_EQ(rows[1].mass_out, 0.0);
  EXPECT_EQ(rows[1].carried_down, 0.0);
  EXPECT_NEAR(rows[1].rate_in, 18.0, 18.0 * kRelative);
  EXPECT_NEAR(ledger.total_in(), 120.0, 120.0 * kRelative);
  const std::vector<double> net = ledger.net_in();
  EXPECT_NEAR(net[0], -36.0, 36.0 * kRelative);
  EXPECT_NEAR(net[1], 36.0, 36.0 * kRelative);
}

TEST(BoreMass, ExchangesOfTheWrongLengthAreRejected) {
  BoreMassLedger ledger(bore(), bore_slots({20, 10, 30}, bore()), 0.0);
  EXPECT_THROW(ledger.add_step(1.0, {1.0, 2.0}), std::invalid_argument);
}

}  // namespace
}  // namespace gwp::app
