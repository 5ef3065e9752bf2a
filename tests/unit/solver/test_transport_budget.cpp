// The mass budget closes (discrepancy under 1e-3 %) with every kind of term at once, in
// transient flow: fixed heads, a river, a drain, recharge and landfill leakage with their own
// concentrations, extracting and injecting wells, an abandoned well joining two aquifers
// through an aquitard, sorption, decay in both phases, a limited zero-order loss, a held
// concentration that is released, and water volumes that change with the water table.
#include <gtest/gtest.h>

#include <cmath>

#include "core/errors.hpp"
#include "test_transport_models.hpp"

namespace gwp::solver {
namespace {

FlowTerm term(std::string name, TermKind kind, std::vector<std::int64_t> cells, double level, double rate,
              std::vector<double> conductance = {}, std::vector<double> weight = {}) {
  FlowTerm t;
  t.name = std::move(name);
  t.kind = kind;
  t.cells = std::move(cells);
  t.level = Schedule::constant(level);
  t.rate = Schedule::constant(rate);
  t.conductance = std::move(conductance);
  t.weight = std::move(weight);
  if (kind == TermKind::river) t.bottom.assign(t.cells.size(), level - 2.0);
  return t;
}

// 12 x 10 cells of 20 m; layer 1 convertible (30 to 20 m, Sy 0.2 against porosity 0.3),
// layer 2 an aquitard (20 to 18 m), layer 3 confined (18 to 0 m).
struct Site {
  Grid grid;
  FlowProblem flow;
};

std::unique_ptr<Site> site() {
  auto s = std::make_unique<Site>();
  Grid& g = s->grid;
  g = test::make_grid(12, 10, 3, 20.0, 20.0, 30.0, 10.0);
  for (std::int64_t p = 0; p < g.column_count(); ++p) {
    g.bottom[std::size_t(p)] = 20.0;
    g.bottom[std::size_t(g.column_count() + p)] = 18.0;
    g.bottom[std::size_t(2 * g.column_count() + p)] = 0.0;
  }
  FlowProblem& f = s->flow;
  f = test::make_problem(g, LayerType::confined, 20.0, 2.0, 1e-4, 0.2, 27.0);
  f.layer_type[0] = LayerType::convertible;
  for (std::int64_t p = 0; p < g.column_count(); ++p) {
    f.properties.kh[std::size_t(g.column_count() + p)] = 0.01;
    f.properties.kv[std::size_t(g.column_count() + p)] = 0.001;
  }
  f.settings.mode = FlowMode::transient;
  std::vector<std::int64_t> west, river, top;
  for (int i = 0; i < 10; ++i) {
    west.push_back(g.index(0, i, 0));
    west.push_back(g.index(2, i, 0));
    river.push_back(g.index(0, i, 11));
  }
  for (int i = 0; i < 10; ++i)
    for (int j = 1; j < 11; ++j) top.push_back(g.index(0, i, j));
  FlowTerm rain = test::recharge(g, top, 5e-4);
  rain.rate = Schedule{{0.0, 50.0}, {5e-4, 2e-3}};  // wetter from 50 d on
  FlowTerm landfill = term("L1", TermKind::landfill, {g.index(0, 4, 3), g.index(0, 5, 3)}, 0.0, 0.02, {}, {400.0, 400.0});
  f.terms = {test::fixed_head("west", west, 28.0),
             term("Yujiang", TermKind::river, river, 25.0, 0.0, std::vector<double>(river.size(), 200.0)),
             term("ditch", TermKind::drain, {g.index(0, 8, 6), g.index(0, 8, 7)}, 26.0, 0.0, {50.0, 50.0}),
             rain,
             landfill,
             test::well("PW-1", {g.index(2, 5, 8)}, -150.0),
             test::well("IW-1", {g.index(2, 2, 6)}, 40.0)};
  // An abandoned well bore from layer 1 to layer 3 beside the landfill.
  ConnectionGroup aw;
  aw.name = "abandoned_well:AW-3";
  aw.n = {g.index(0, 5, 5)};
  aw.m = {g.index(2, 5, 5)};
  aw.state_times = {0.0};
  aw.conductance = {{30.0}};
  f.extra_connections = {aw};
  return s;
}

TransportProblem species_problem(const Site& s) {
  const Grid& g = s.grid;
  const std::size_t cells = std::size_t(g.cell_count());
  TransportProblem p = test::transport_problem(g, 0.3, 10.0);
  p.settings.max_courant = 1.0;
  p.settings.max_step = 5.0;  // two steps per flow step: volumes between its start and end
  SpeciesProblem& nh4 = p.species[0];
  nh4.name = "ammonia_n";
  nh4.diffusion = 1e-4;
  nh4.sorption = SorptionModel::linear;
  nh4.kd.assign(cells, 0.5);
  nh4.decay_dissolved.assign(cells, 1e-3);
  nh4.decay_sorbed.assign(cells, 5e-4);
  nh4.zero_order.assign(cells, 0.0);
  for (int j = 6; j < 12; ++j) nh4.zero_order[std::size_t(g.index(0, 5, j))] = -0.05;  // a loss that runs dry
  nh4.initial.assign(cells, 0.1);
  // Entering water: west 2 mg/L, recharge 0.5, landfill leachate 1200 declining with a 1-yr
  // half-life, injection 10; river, drain and the extraction well take water out only.
  SourceConcentration leachate = test::source(1200.0);
  leachate.decline_rate = std::log(2.0) / 365.0;
  nh4.term_concentration = {test::source(2.0), test::source(0.0), test::source(0.0), test::source(0.5),
                            leachate, test::source(0.0), test::source(10.0)};
  SpeciesProblem cl;
  cl.name = "chloride";
  cl.initial.assign(cells, 20.0);
  cl.term_concentration = {test::source(20.0), test::source(0.0), test::source(0.0), test::source(5.0),
                           test::source(2500.0), test::source(0.0), test::source(0.0)};
  FixedConcentration spill = test::held("spill", {g.index(0, 2, 2)}, 800.0);
  spill.value = Schedule{{0.0, 60.0}, {800.0, std::nan("")}};  // held until 60 d, then free
  cl.fixed = {spill};
  p.species.push_back(cl);
  return p;
}

TEST(TransportBudget, ClosesWithEveryTermInTransientFlow) {
  auto s = site();
  const TransportProblem p = species_problem(*s);
  FlowSolver flow(s->flow);
  TransportSolver transport(p, s->flow, flow.connections());
  FlowSolution previous;
  bool have_previous = false;
  int steps = 0;
  for (double t = 10.0; t <= 120.0 + 1e-9; t += 10.0) {
    const FlowSolution now = flow.solve(t, 10.0);
    ASSERT_LT(std::abs(now.budget.discrepancy_percent), 1e-3);
    transport.advance(t, now, have_previous ? &previous : nullptr, [&](double) { ++steps; });
    for (std::size_t k = 0; k < transport.species_count(); ++k) {
      const MassBudget& b = transport.budget(k);
      // 1e-3 % is the project's tolerance (VERIFICATION.md); what is left is the linear
      // solver's residual (1e-12 relative) summed over the steps.
      EXPECT_LT(std::abs(b.discrepancy_percent), 1e-3) << b.species << " at " << t;
      EXPECT_LT(std::abs(b.step_discrepancy_percent), 1e-3) << b.species << " at " << t;
      EXPECT_NO_THROW(check_transport_budget(b, p.settings.budget_tolerance_percent));
    }
    previous = now;
    have_previous = true;
  }
  EXPECT_GE(steps, 24);

  for (std::size_t k = 0; k < transport.species_count(); ++k) {
    const MassBudget& b = transport.budget(k);
    // Storage lines are the cell-by-cell change of the masses held: their net equals the
    // change of the totals (to rounding of sums of many terms).
    const MassBudgetLine& dissolved = *b.find("storage:dissolved");
    const MassBudgetLine& sorbed = *b.find("storage:sorbed");
    const double scale = b.dissolved_mass + b.initial_dissolved_mass;
    EXPECT_NEAR(b.dissolved_mass - b.initial_dissolved_mass, dissolved.out - dissolved.in, 1e-10 * scale);
    EXPECT_NEAR(b.sorbed_mass - b.initial_sorbed_mass, sorbed.out - sorbed.in, 1e-10 * scale + 1e-12);
    // The abandoned well is internal: what leaves the upper cell enters the lower one.
    const MassBudgetLine& aw = *b.find("abandoned_well:AW-3");
    EXPECT_GT(aw.in, 0.0) << b.species;
    EXPECT_NEAR(aw.in, aw.out, 1e-12 * aw.in);
    // Water tables move and the specific yield (0.2) is not the porosity (0.3): mass comes and
    // goes with the water volume between flow steps, and is reported.
    EXPECT_GT(b.find("volume_change")->in + b.find("volume_change")->out, 0.0);
    // Water enters through the west boundary, the river takes some out.
    EXPECT_GT(b.find("head:west")->in, 0.0);
    EXPECT_GT(b.find("river:Yujiang")->out, 0.0);
  }
  const MassBudget& nh4 = transport.budget(0);
  // Rates by kind of boundary sum the lines of that kind: the two wells in and out.
  for (const KindRates& k : rates_by_kind(nh4))
    if (k.kind == TermKind::well) {
      EXPECT_DOUBLE_EQ(k.in, nh4.find("well:IW-1")->rate_in + nh4.find("well:PW-1")->rate_in);
      EXPECT_DOUBLE_EQ(k.out, nh4.find("well:IW-1")->rate_out + nh4.find("well:PW-1")->rate_out);
      EXPECT_GT(k.out, 0.0);
    }
  EXPECT_GT(nh4.find("decay:dissolved")->out, 0.0);
  EXPECT_GT(nh4.find("decay:sorbed")->out, 0.0);
  EXPECT_GT(nh4.find("zero_order")->out, 0.0);
  EXPECT_GT(nh4.find("landfill:L1")->in, 0.0);
  EXPECT_GT(nh4.find("well:IW-1")->in, 0.0);
  // The held spill cell fed chloride while it was held.
  EXPECT_GT(transport.budget(1).find("concentration:spill")->in, 0.0);
  // No concentration below zero, the zero-order loss included, none above the largest source.
  for (std::size_t k = 0; k < transport.species_count(); ++k)
    for (double c : transport.concentration(k)) {
      EXPECT_GE(c, -1e-9);
      EXPECT_LE(c, k == 0 ? 1200.0 : 2500.0);
    }
}

// The reactions name their own budget lines, and the budget holds exactly those, in the order
// the reactions are registered, after the solver's own lines (storage, volume change).
TEST(TransportBudget, ReactionsNameTheirOwnLines) {
  auto s = site();
  const TransportProblem p = species_problem(*s);
  FlowSolver flow(s->flow);
  TransportSolver transport(p, s->flow, flow.connections());
  std::vector<std::string> expected = DecayReaction().budget_labels();
  for (const std::string& label : FlowImbalance().budget_labels()) expected.push_back(label);
  for (std::size_t k = 0; k < transport.species_count(); ++k) {
    const MassBudget& b = transport.budget(k);
    std::vector<std::string> reaction_lines;
    for (const MassBudgetLine& line : b.lines)
      if (line.category == MassTerm::reaction) reaction_lines.push_back(line.term);
    EXPECT_EQ(reaction_lines, expected) << b.species;
    ASSERT_GE(b.lines.size(), 3 + expected.size());
    EXPECT_EQ(b.lines[0].term, "storage:dissolved");
    EXPECT_EQ(b.lines[1].term, "storage:sorbed");
    EXPECT_EQ(b.lines[2].term, "volume_change");
    for (std::size_t r = 0; r < expected.size(); ++r) EXPECT_EQ(b.lines[3 + r].term, expected[r]);
  }
}

TEST(TransportBudget, ClosesWithEverySchemeAndWeighting) {
  // The same site with every advection scheme and time weighting: the budget closes at every
  // flow step (central differences may overshoot; the others stay within the data).
  for (AdvectionScheme scheme : {AdvectionScheme::upwind, AdvectionScheme::central, AdvectionScheme::tvd})
    for (TimeWeighting weighting : {TimeWeighting::implicit, TimeWeighting::crank_nicolson, TimeWeighting::explicit_}) {
      auto s = site();
      TransportProblem p = species_problem(*s);
      p.settings.advection = scheme;
      p.settings.weighting = weighting;
      FlowSolver flow(s->flow);
      TransportSolver transport(p, s->flow, flow.connections());
      for (double t = 10.0; t <= 60.0 + 1e-9; t += 10.0) {
        const FlowSolution now = flow.solve(t, 10.0);
        transport.advance(t, now, nullptr);
        for (std::size_t k = 0; k < transport.species_count(); ++k)
          EXPECT_LT(std::abs(transport.budget(k).discrepancy_percent), 1e-3)
              << "scheme " << int(scheme) << ", weighting " << int(weighting) << ", t = " << t;
      }
      if (scheme == AdvectionScheme::central) continue;
      for (double c : transport.concentration(1)) {
        EXPECT_GE(c, -1e-9) << "scheme " << int(scheme) << ", weighting " << int(weighting);
        EXPECT_LE(c, 2500.0) << "scheme " << int(scheme) << ", weighting " << int(weighting);
      }
      // Ammonia's zero-order loss is limited to what the cells hold, to the iterations'
      // tolerance (1e-10 of the 1200 mg/L scale).
      for (double c : transport.concentration(0)) EXPECT_GE(c, -1.2e-7) << "weighting " << int(weighting);
    }
}

TEST(TransportBudget, RechargeOverDryCellsEntersTheWaterTable) {
  // A convertible top layer above the water table (dry: heads held at 12 m in the layer below,
  // its bottom at 15 m) with recharge at 100 mg/L named on the top cells: the flow puts it into
  // the wet cells below (the highest wet cell of each column), so the dry cells receive nothing
  // and hold no mass; the recharge's mass enters the layer below and the budget closes.
  Grid g = test::make_grid(10, 1, 2, 10.0, 10.0, 20.0, 5.0);
  for (int j = 0; j < 10; ++j) g.bottom[std::size_t(10 + j)] = 0.0;
  FlowProblem f = test::make_problem(g, LayerType::confined, 5.0, 0.5, 1e-5, 0.2, 12.0);
  f.layer_type[0] = LayerType::convertible;
  std::vector<std::int64_t> top;
  for (int j = 0; j < 10; ++j) top.push_back(g.index(0, 0, j));
  f.terms = {test::fixed_head("west", {g.index(1, 0, 0)}, 12.0), test::fixed_head("east", {g.index(1, 0, 9)}, 11.0),
             test::recharge(g, top, 1e-3)};
  FlowSolver flow(f);
  const FlowSolution s = flow.solve(0.0, 0.0);
  ASSERT_TRUE(s.dry[std::size_t(g.index(0, 0, 4))]);
  ASSERT_EQ(s.term_cells.size(), 3u);
  for (int j = 0; j < 10; ++j) EXPECT_EQ(s.term_cells[2][std::size_t(j)], g.index(1, 0, j)) << "column " << j;
  TransportProblem p = test::transport_problem(g, 0.3, 1.0);
  p.settings.max_step = 5.0;
  p.species[0].term_concentration = {test::source(0.0), test::source(0.0), test::source(100.0)};
  TransportSolver transport(p, f, flow.connections());
  test::run_steady(transport, s, 200.0);
  const MassBudget& b = transport.budget(0);
  EXPECT_LT(std::abs(b.discrepancy_percent), 1e-3);
  EXPECT_NEAR(b.find("recharge:rain")->in, 1e-3 * 100.0 * 100.0 * 10 * 200.0, 1e-9 * 2e4);
  for (double c : transport.concentration(0)) {
    EXPECT_GE(c, -1e-12);
    EXPECT_LE(c, 100.0 * (1.0 + 1e-12));
  }
  EXPECT_GT(transport.concentration(0)[std::size_t(g.index(1, 0, 4))], 1.0);  // the water table took it
}

TEST(TransportBudget, DryCellsThatPassALittleCarryTheirInflowsConcentration) {
  // Two strips side by side: the north one (K 1000 m/d) with its middle cells on a bedrock high
  // (bottom 15 m) above the water table, so they are dry and pass only what their dry
  // conductance fraction lets through (1e-6 of the saturated one: about 0.02 m3/d, 2e-4 m/d over
  // a cell, more than a trickle); the south one ten times as permeable. A dry cell holds no
  // water; its row is its small throughput alone, so the linear solve's tolerance (relative to a
  // system whose rows are the big flows') leaves its value almost free. It must carry the
  // concentration of what flows into it, 1 mg/L like the cells upstream, within rounding.
  Grid g = test::make_grid(20, 2, 1, 10.0, 10.0, 20.0, 20.0);
  for (int j = 8; j < 12; ++j) g.bottom[std::size_t(j)] = 15.0;
  FlowProblem f = test::make_problem(g, LayerType::convertible, 10.0, 10.0, 0.0, 0.2, 10.0);
  for (int j = 0; j < 20; ++j) f.properties.kh[std::size_t(j)] = 1e3;
  for (int j = 0; j < 20; ++j) f.properties.kh[std::size_t(20 + j)] = 1e4;
  f.terms = {test::fixed_head("west", {0, 20}, 12.0), test::fixed_head("east", {19, 39}, 8.0)};
  FlowSolver flow(f);
  const FlowSolution s = flow.solve(0.0, 0.0);
  ASSERT_TRUE(s.dry[9]);
  TransportProblem p = test::transport_problem(g, 0.3, 0.0, AdvectionScheme::upwind);
  p.settings.max_step = 10.0;
  p.species[0].term_concentration = {test::source(1.0), test::source(0.0)};
  p.species[0].initial.assign(40, 1.0);
  for (int j = 8; j < 20; ++j) p.species[0].initial[std::size_t(j)] = 0.0;
  TransportSolver transport(p, f, flow.connections());
  test::run_steady(transport, s, 100.0);
  const std::vector<double>& c = transport.concentration(0);
  for (int j = 8; j < 12; ++j) EXPECT_NEAR(c[std::size_t(j)], c[7], 1e-9) << "dry cell " << j;
  EXPECT_NEAR(c[7], 1.0, 1e-9);
  // Within the data, to the linear solves' tolerance (1e-10 relative) on these strong flows.
  for (double v : c) {
    EXPECT_GE(v, -1e-9);
    EXPECT_LE(v, 1.0 + 1e-9);
  }
}

TEST(TransportBudget, ZeroOrderLossTakesOnlyWhatIsThere) {
  // Still water (no flow), 1 mg/L: a loss of 0.1 mg/L/d empties the cells in 10 d and then
  // stops; production of 0.1 mg/L/d adds 0.1 mg/L a day. After 25 d: 0 and 3.5 mg/L, and the
  // loss took exactly the 1 mg/L the water held (theta V = 0.25 m3 per cell).
  auto col = test::column(4, 1.0, 0.0);
  TransportProblem p = test::transport_problem(col->grid, 0.25, 0.0);
  p.settings.max_step = 1.0;
  p.species[0].initial.assign(4, 1.0);
  p.species[0].zero_order = {-0.1, -0.1, 0.1, 0.1};
  TransportSolver solver(p, col->flow, col->links);
  test::run_steady(solver, col->solution, 25.0);
  const std::vector<double>& c = solver.concentration(0);
  EXPECT_NEAR(c[0], 0.0, 1e-12);
  EXPECT_GE(c[0], 0.0);
  EXPECT_NEAR(c[2], 3.5, 1e-9);
  const MassBudgetLine& z = *solver.budget(0).find("zero_order");
  EXPECT_NEAR(z.out, 2 * 0.25 * 1.0, 1e-12);
  EXPECT_NEAR(z.in, 2 * 0.25 * 2.5, 1e-9);
  EXPECT_LT(std::abs(solver.budget(0).discrepancy_percent), 1e-3);
}

TEST(TransportBudget, CheckFailsLoudlyOverTolerance) {
  MassBudget b;
  b.species = "cadmium";
  b.time = 365.0;
  b.lines = {{"well:PW-1", MassTerm::flow_term, TermKind::well, 0.0, 10.0, 0.0, 0.0}};
  b.total_in = 11.0;
  b.total_out = 10.0;
  b.discrepancy_percent = 9.5;
  try {
    check_transport_budget(b, 1e-3);
    FAIL() << "no failure";
  } catch (const ModelFailure& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("cadmium"), std::string::npos);
    EXPECT_NE(what.find("365"), std::string::npos);
    EXPECT_NE(what.find("well:PW-1"), std::string::npos);
  }
}

}  // namespace
}  // namespace gwp::solver
