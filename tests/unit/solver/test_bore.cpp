// Elimination of the bore nodes of a well bore that joins several cells: series
// conductances, conservation, and the share of a pumped extraction.
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "solver/flow/bore.hpp"
#include "solver/flow/conductance.hpp"

namespace gwp::solver {
namespace {

double series(std::initializer_list<double> c) {
  double r = 0.0;
  for (double x : c) r += 1.0 / x;
  return 1.0 / r;
}

TEST(Bore, TwoCellsWithOpenBoreAreThiemResistancesInSeries) {
  // Neville-Tonkin aquifer conductances (m2/d) and an open bore of 0.1 m radius whose
  // Hagen-Poiseuille conductance is ~1.7e6 m2/d (docs/guigang-site.md section 4.2): the bore adds
  // 5e-5 relative.
  const double c1 = 111.3763, c2 = 445.9849, b = 1.7e6;
  const BorePairs pairs = eliminate_bore({{c1, c2}, {b}});
  // Exact network reduction of three resistances in series; rounding only (1e-10 relative).
  EXPECT_NEAR(pairs(0, 1), series({c1, b, c2}), 1e-10 * series({c1, b, c2}));
  EXPECT_NEAR(pairs(0, 1), c1 * c2 / (c1 + c2), 1e-4 * c1 * c2 / (c1 + c2));
  EXPECT_DOUBLE_EQ(pairs(0, 1), pairs(1, 0));
  EXPECT_NEAR(pairs(0, 0) + pairs(0, 1), 0.0, 1e-12);
}

TEST(Bore, PluggedBoreIsThePlugInSeries) {
  // Plug K = 1e-9 m/s over 20 m in a 0.1 m bore: C = pi r^2 K / L = 1.36e-7 m2/d; the
  // aquifer resistances add only 1e-9 relative to it.
  const double plug = bore_conductance(0.1, 1e-9 * 86400.0, 20.0);
  const BorePairs pairs = eliminate_bore({{111.0, 446.0}, {plug}});
  EXPECT_NEAR(pairs(0, 1), series({111.0, plug, 446.0}), 1e-12 * plug);
  EXPECT_NEAR(pairs(0, 1), plug, 1e-6 * plug);
}

TEST(Bore, AquitardCellWithoutScreenPassesWaterThroughTheBoreOnly) {
  // Three cells: the middle one (an aquitard) has no aquifer conductance. The top and bottom
  // cells see each other through both bore segments; the middle cell sees nothing.
  const double c0 = 50.0, c2 = 80.0, b0 = 3.0, b1 = 7.0;
  const BorePairs pairs = eliminate_bore({{c0, 0.0, c2}, {b0, b1}});
  EXPECT_NEAR(pairs(0, 2), series({c0, b0, b1, c2}), 1e-12);
  EXPECT_NEAR(pairs(0, 1), 0.0, 1e-14);
  EXPECT_NEAR(pairs(1, 2), 0.0, 1e-14);
}

TEST(Bore, PairsAreSymmetricNonNegativeAndRowsSumToZero) {
  const Bore bore{{30.0, 5.0, 120.0, 60.0}, {2.0, 900.0, 15.0}};
  const BorePairs pairs = eliminate_bore(bore);
  for (std::size_t i = 0; i < 4; ++i) {
    double row = 0.0;
    for (std::size_t j = 0; j < 4; ++j) {
      row += pairs(i, j);
      if (i != j) {
        EXPECT_GE(pairs(i, j), 0.0);
        EXPECT_NEAR(pairs(i, j), pairs(j, i), 1e-12);
      }
    }
    EXPECT_NEAR(row, 0.0, 1e-12);
  }
}

TEST(Bore, StateConservesWaterAndMatchesThePairs) {
  const Bore bore{{30.0, 5.0, 120.0, 60.0}, {2.0, 900.0, 15.0}};
  const std::vector<double> h{12.0, 10.5, 7.0, 9.0};
  const double extraction = 40.0;  // m3/d pumped from the top bore node
  const BoreState s = bore_state(bore, h, extraction);
  const BorePairs pairs = eliminate_bore(bore);
  const std::vector<double> shares = extraction_shares(bore);
  // Conservation: what the cells lose is what the pump takes (rounding: 1e-10 m3/d).
  EXPECT_NEAR(std::accumulate(s.cell_exchange.begin(), s.cell_exchange.end(), 0.0), -extraction, 1e-10);
  EXPECT_NEAR(std::accumulate(shares.begin(), shares.end(), 0.0), 1.0, 1e-12);
  for (std::size_t k = 0; k < 4; ++k) {
    // Into cell k = -(sum_j C_kj (h_k - h_j) + share_k Q): the pair form reproduces the bore.
    double out = shares[k] * extraction;
    for (std::size_t j = 0; j < 4; ++j) if (j != k) out += pairs(k, j) * (h[k] - h[j]);
    EXPECT_NEAR(s.cell_exchange[k], -out, 1e-10) << "cell " << k;
    // Each cell exchange follows its Thiem law with the bore head.
    EXPECT_NEAR(s.cell_exchange[k], bore.aquifer_conductance[k] * (s.node_head[k] - h[k]), 1e-10);
  }
  // Segment flows (from node balances) obey the segment law b_k (H_k - H_k+1).
  for (std::size_t k = 0; k < 3; ++k)
    EXPECT_NEAR(s.segment_flow[k], bore.segment_conductance[k] * (s.node_head[k] - s.node_head[k + 1]), 1e-9);
}

TEST(Bore, OpenBoreSharesFollowAquiferConductances) {
  // A bore that loses no head shares a pumped rate like a multi-node well: share_k = c_k / sum c
  // (to 1e-5 here, since the bore conductance is 1e7 times the aquifer ones).
  const Bore bore{{10.0, 30.0, 60.0}, {1e8, 1e8}};
  const std::vector<double> shares = extraction_shares(bore);
  EXPECT_NEAR(shares[0], 0.1, 1e-5);
  EXPECT_NEAR(shares[1], 0.3, 1e-5);
  EXPECT_NEAR(shares[2], 0.6, 1e-5);
  // And with no pumping and equal heads nothing moves, downward flow is positive otherwise.
  // Rounding: bore heads carry (b / c) eps h ~ 1e7 * 1e-16 * 5 m, times c = 60 m2/d: 3e-7 m3/d.
  const BoreState still = bore_state(bore, {5.0, 5.0, 5.0});
  for (double q : still.cell_exchange) EXPECT_NEAR(q, 0.0, 1e-6);
  const BoreState down = bore_state(bore, {6.0, 5.0, 4.0});
  EXPECT_GT(down.segment_flow[0], 0.0);
  EXPECT_GT(down.segment_flow[1], 0.0);
}

TEST(Bore, RejectsChainsThatReachNoCell) {
  EXPECT_THROW(eliminate_bore({{10.0, 0.0}, {0.0}}), std::invalid_argument);
  EXPECT_THROW(eliminate_bore({{10.0, 5.0}, {}}), std::invalid_argument);
  EXPECT_THROW(bore_state({{10.0, 5.0}, {1.0}}, {1.0}), std::invalid_argument);
}

}  // namespace
}  // namespace gwp::solver
