// Budget assembly and the budget check.
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "problem_builders.hpp"
#include "solver/flow/budget.hpp"

namespace gwp::solver {
namespace {

TEST(Budget, LinesAndDiscrepancyFromFlows) {
  // A fabricated solution: storage releases 2 and takes 1, a well takes 5, a head boundary
  // brings 4.5, a group moves 3 between two cells. In 6.5, out 6: discrepancy
  // 100 * 0.5 / 6.25 = 8 %; the group adds 3 to each side: 100 * 0.5 / 9.25 = 5.405 %.
  std::vector<FlowTerm> terms{test::fixed_head("west", {0}, 1.0), test::well("PW", {1}, -5.0)};
  ConnectionGroup group;
  group.name = "abandoned_well:AW-1";
  group.n = {0};
  group.m = {1};
  FlowSolution s;
  s.storage_flow = {2.0, -1.0};
  s.term_flow = {{4.5}, {-5.0}};
  s.extra_flow = {{3.0}};
  const FlowBudget b = flow_budget(terms, {group}, s);
  ASSERT_EQ(b.lines.size(), 4u);
  EXPECT_EQ(b.lines[0].term, "storage");
  EXPECT_DOUBLE_EQ(b.lines[0].inflow, 2.0);
  EXPECT_DOUBLE_EQ(b.lines[0].outflow, 1.0);
  EXPECT_EQ(b.lines[1].term, "head:west");
  EXPECT_EQ(b.lines[1].kind, TermKind::fixed_head);
  EXPECT_EQ(b.lines[2].term, "well:PW");
  EXPECT_DOUBLE_EQ(b.lines[2].outflow, 5.0);
  EXPECT_EQ(b.lines[3].term, "abandoned_well:AW-1");
  EXPECT_DOUBLE_EQ(b.lines[3].inflow, 3.0);
  EXPECT_DOUBLE_EQ(b.lines[3].outflow, 3.0);
  EXPECT_NEAR(b.discrepancy_percent, 100.0 * 0.5 / 9.25, 1e-12);
}

TEST(Budget, KindOfEachLineAsTheResultFileStoresIt) {
  // Storage and connection groups carry no meaningful TermKind; term lines are told by their
  // label "<kind>:<name>" or the kind alone.
  EXPECT_EQ(budget_kind({"storage", TermKind::flux, 3.0, 0.5}), "storage");
  EXPECT_EQ(budget_kind({"head:west", TermKind::fixed_head, 1.0, 0.0}), to_string(TermKind::fixed_head));
  EXPECT_EQ(budget_kind({"head:west", TermKind::fixed_head, 1.0, 0.0}), "head");
  EXPECT_EQ(budget_kind({"river:Yujiang", TermKind::river, 1.0, 10.0}), "river");
  EXPECT_EQ(budget_kind({"recharge", TermKind::recharge, 2.0, 0.0}), "recharge");
  EXPECT_EQ(budget_kind({"well:PW-1", TermKind::well, 0.0, 5.0}), "well");
  EXPECT_EQ(budget_kind({"abandoned_well:AW-1", TermKind::flux, 4.0, 4.0}), "connection");
}

TEST(Budget, CheckThrowsOverTheToleranceAndNamesTheTime) {
  FlowBudget ok;
  ok.lines = {{"storage", TermKind::flux, 1.0, 1.0}};
  ok.discrepancy_percent = 5e-4;
  EXPECT_NO_THROW(check_budget(ok, 1e-3, 10.0));
  FlowBudget bad = ok;
  bad.discrepancy_percent = 0.2;
  try {
    check_budget(bad, 1e-3, 365.0);
    FAIL() << "a 0.2 % discrepancy is over a 1e-3 % tolerance";
  } catch (const ModelFailure& e) {
    EXPECT_NE(std::string(e.what()).find("t = 365 d"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("storage"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace gwp::solver
