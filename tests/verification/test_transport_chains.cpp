// C1-C3 of docs/verification.md: reaction chains ([[species]] parent). C1, a batch chain against
// Bateman, with the order of accuracy in the step; C2, PCE -> TCE -> DCE -> VC in a column with
// different retardation against the exact solution; C3, nitrogen conserved in three dimensions.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "analytical/bateman.hpp"
#include "analytical/chain_column.hpp"
#include "test_transport_common.hpp"

namespace gwp::testing {
namespace {

// ---- C1: batch ----------------------------------------------------------------------------

constexpr double kTheta1 = 0.25, kRho1 = 1.7;  // -, kg/L
const std::vector<std::string> kBatchSpecies = {"a", "b", "c", "d"};
const std::vector<double> kBatchKd = {0.0, 0.5, 0.1, 0.2};  // L/kg
const analytical::BatemanChain kBatch{{0.2, 0.05, 0.12, 0.0}, {0.0, 0.8, 0.6, 1.0}, {10.0, 1.0, 0.0, 0.5}};
const std::vector<double> kBatchTimes = {5.0, 10.0, 20.0, 40.0};  // d

double retardation(std::size_t i) { return 1.0 + kRho1 * kBatchKd[i] / kTheta1; }

// Largest |c - Bateman| over the output times, relative to the species' largest Bateman value
// there, over the four species; `reactions` set when not empty ([transport] reactions).
double batch_error(const std::string& weighting, double step, const std::string& reactions = "") {
  analytical::BatemanChain amounts = kBatch;  // initial concentrations -> theta R c per m3
  for (std::size_t i = 0; i < 4; ++i) amounts.initial[i] *= kTheta1 * retardation(i);
  std::vector<std::string> settings = {"transport.weighting=\"" + weighting + "\"",
                                       "time.max_step=" + std::to_string(step)};
  if (!reactions.empty()) settings.push_back("transport.reactions=\"" + reactions + "\"");
  const CaseRun r = run_case("c1_chain_batch.toml", settings);
  EXPECT_LT(largest_mass_discrepancy(r), 1e-3);
  if (!reactions.empty()) {
    report("C1_" + reactions, "mass_balance_discrepancy_percent_" + weighting + "_" + figure(step) + "_d",
           largest_mass_discrepancy(r), 1e-3, "%");
    // The exact step: no negative value, and each production line is the yield times its
    // parent's decay lines (to 1e-12 of it) at every output.
    for (const auto& stored : r.results.transport) {
      for (const auto& [species, c] : stored.concentration)
        EXPECT_GE(*std::min_element(c.begin(), c.end()), 0.0) << species << " at " << stored.time << " d";
      for (std::size_t i = 1; i < 4; ++i) {
        double produced = 0.0, decayed = 0.0;
        for (const results::MassBudgetRow& row : stored.budget.at(kBatchSpecies[i]))
          if (row.term == "production:" + kBatchSpecies[i - 1]) produced = row.in;
        for (const results::MassBudgetRow& row : stored.budget.at(kBatchSpecies[i - 1]))
          if (row.term.rfind("decay:", 0) == 0) decayed += row.out;
        EXPECT_NEAR(produced, kBatch.yield[i] * decayed, 1e-12 * produced) << kBatchSpecies[i] << " " << stored.time;
      }
    }
  }
  double worst = 0.0;
  for (std::size_t i = 0; i < 4; ++i) {
    double peak = 0.0, error = 0.0;
    for (double t : kBatchTimes) {
      const double truth = analytical::bateman(amounts, t)[i] / (kTheta1 * retardation(i));
      peak = std::max(peak, truth);
      error = std::max(error, std::abs(concentration_at(r, kBatchSpecies[i], t)[0] - truth));
    }
    worst = std::max(worst, error / peak);
  }
  return worst;
}

// Implicit steps are backward Euler on the chain (the daughter fed by its parent's new
// concentration), so first order; Crank-Nicolson steps the trapezoidal rule, second order.
// Orders from steps of 1, 0.5 and 0.25 d must lie within 0.1 of 1 and 2. With Crank-Nicolson
// the relative error must fall under 1e-6 at the step the order predicts from 0.25 d (with a
// margin of 1.5 in the step), which the test reports.
TEST(VerificationChains, C1BatchChainAgainstBateman) {
  std::map<std::string, std::vector<double>> errors;
  const std::vector<double> steps = {1.0, 0.5, 0.25};
  for (const std::string weighting : {"implicit", "crank-nicolson"})
    for (double dt : steps) errors[weighting].push_back(batch_error(weighting, dt));
  for (const auto& [weighting, e] : errors) {
    const std::string tag = weighting == "implicit" ? "C1_implicit" : "C1_crank_nicolson";
    for (std::size_t k = 0; k < steps.size(); ++k)
      report(tag, "relative_error_at_" + figure(steps[k]) + "_d", e[k], std::nan(""), "-");
    const double order = observed_order(e[1], e[2], steps[1], steps[2]);
    report(tag, "observed_order", order, std::nan(""), "-");
    const double expected = weighting == "implicit" ? 1.0 : 2.0;
    EXPECT_NEAR(observed_order(e[0], e[1], steps[0], steps[1]), expected, 0.1) << weighting;
    EXPECT_NEAR(order, expected, 0.1) << weighting;
  }
  const std::vector<double>& cn = errors["crank-nicolson"];
  const double needed = 0.25 * std::sqrt(1e-6 / cn[2]) / 1.5;  // d
  const double fine = batch_error("crank-nicolson", needed);
  report("C1_crank_nicolson", "step_for_1e-6_d", needed, std::nan(""), "d");
  report("C1_crank_nicolson", "relative_error_at_that_step", fine, 1e-6, "-");
  EXPECT_LT(fine, 1e-6);
  // What implicit steps would need for 1e-6, from their first-order error constant.
  report("C1_implicit", "step_for_1e-6_d", 0.25 * 1e-6 / errors["implicit"][2], std::nan(""), "d");
}

// The exact reaction step ([transport] reactions = "exact"): in still water transport does
// nothing, and the pass integrates the chain exactly, so Bateman must hold to 1e-6 of each
// species' peak (the requirement; round-off is far below) at the default implicit 1 d steps and
// at 10 d steps, with every weighting, budgets closed (batch_error) and nothing negative.
TEST(VerificationChains, C1ExactReactionsAreBatemanAtAnyStep) {
  for (const std::string weighting : {"implicit", "crank-nicolson", "explicit"})
    for (double dt : {1.0, 10.0}) {
      if (weighting != "implicit" && dt == 1.0) continue;
      const double e = batch_error(weighting, dt, "exact");
      const std::string tag = weighting == "implicit" ? "C1_exact" : "C1_exact_" + weighting;
      report(tag, "relative_error_at_" + figure(dt) + "_d", e, 1e-6, "-");
      EXPECT_LT(e, 1e-6) << weighting << " " << dt << " d";
    }
}

// ---- C2: column ---------------------------------------------------------------------------

const std::vector<std::string> kColumnSpecies = {"pce", "tce", "dce", "vc"};

analytical::ChainColumn pce_column() {
  analytical::ChainColumn p;
  p.velocity = 0.1;    // m/d
  p.dispersion = 0.1;  // m2/d, alpha_L v
  p.retardation = {7.13, 2.87, 2.80, 1.43};
  p.decay = {0.005, 0.003, 0.002, 0.001};
  p.yield = {0.0, 0.792, 0.738, 0.645};
  p.inlet = {1.0, 0.0, 0.0, 0.0};
  return p;
}

// Largest |C - truth| (mg/L, inlet 1 mg/L) over every cell but the held one, over the species,
// at time t; profiles go to the dump folder.
double column_error(const CaseRun& r, double t, const std::string& tag) {
  const Grid& g = r.model.grid->grid;
  const analytical::ChainColumn p = pce_column();
  std::vector<std::vector<double>> truth(std::size_t(g.cell_count()));
  for (std::int64_t n = 1; n < g.cell_count(); ++n)
    truth[std::size_t(n)] = analytical::chain_column(p, g.x_centre(g.cell(n).j) - g.x_centre(0), t);
  double worst = 0.0;
  std::vector<std::vector<double>> rows;
  for (std::size_t i = 0; i < kColumnSpecies.size(); ++i) {
    const auto& c = concentration_at(r, kColumnSpecies[i], t);
    const Deviation d = deviation(g, c, [&](std::int64_t n) { return truth[std::size_t(n)][i]; },
                                  [](std::int64_t n) { return n > 0; });
    report(tag, kColumnSpecies[i] + "_max_abs_error_" + figure(t) + "_d", d.max_abs, std::nan(""), "mg/L");
    // The production is the parent's decay, never negative: no daughter goes below zero.
    EXPECT_GE(*std::min_element(c.begin(), c.end()), -1e-12) << kColumnSpecies[i] << " at " << t << " d";
    worst = std::max(worst, d.max_abs);
  }
  for (std::int64_t n = 1; n < g.cell_count(); ++n) {
    std::vector<double> row{g.x_centre(g.cell(n).j) - g.x_centre(0)};
    for (const std::string& s : kColumnSpecies) row.push_back(concentration_at(r, s, t)[std::size_t(n)]);
    for (double v : truth[std::size_t(n)]) row.push_back(v);
    rows.push_back(row);
  }
  write_csv(tag + "_profile_" + figure(t) + "_d",
            {"x_m", "pce", "tce", "dce", "vc", "pce_exact", "tce_exact", "dce_exact", "vc_exact"}, rows);
  return worst;
}

// Tolerance 0.005 mg/L of the 1 mg/L inlet (0.5 %): the grid Peclet number is 0.5 and the TVD
// scheme nearly exact in space there; what is left is backward Euler in time on 2-day steps,
// whose numerical dispersion v^2 dt / (2 R) (at most 0.007 m2/d for VC, 7 % of D) and lag in the
// production (first order, as C1) leave errors of a few thousandths at the steepest part of the
// profiles (T1's single species, with 10 m cells and 20 d steps, is allowed 0.03). The test also
// halves both the cells and the steps: the error must fall by at least 1.8 (first order in dt),
// which shows it is the discretisation's and not a wrong equation's.
TEST(VerificationChains, C2ColumnWithDifferentRetardation) {
  const CaseRun r = run_case("c2_chain_column.toml");
  const auto& h = r.results.flows.at(0).head;
  EXPECT_NEAR(1.0 * (h.front() - h.back()) / 100.0 / 0.3, 0.1, 1e-9);  // v = K dh / (L theta)
  double worst = 0.0;
  for (double t : {500.0, 1000.0}) worst = std::max(worst, column_error(r, t, "C2"));
  report("C2", "max_abs_error", worst, 0.005, "mg/L");
  EXPECT_LT(worst, 0.005);
  check_budgets("C2", r);

  const CaseRun fine = run_case("c2_chain_column.toml", {"grid.nx=401", "grid.dx=0.25", "time.max_step=1"});
  double worst_fine = 0.0;
  for (double t : {500.0, 1000.0}) worst_fine = std::max(worst_fine, column_error(fine, t, "C2_fine"));
  report("C2_fine", "max_abs_error", worst_fine, std::nan(""), "mg/L");
  report("C2", "error_ratio_halving_dx_and_dt", worst / worst_fine, 1.8, "-");
  EXPECT_GT(worst / worst_fine, 1.8);
}

// C2 with the exact reaction step: each cell's chain exactly over the step, then transport.
// Splitting reactions from transport leaves an error of first order in the step where the plume
// is (largest next to the held inlet, where the profiles are steepest); the coupled scheme's
// tolerance (0.005 mg/L) must hold, and halving cells and steps must reduce the error at least
// at first order (ratio > 1.8); the observed order is reported.
TEST(VerificationChains, C2ColumnWithExactReactions) {
  const CaseRun r = run_case("c2_chain_column.toml", {"transport.reactions=\"exact\""});
  double worst = 0.0;
  for (double t : {500.0, 1000.0}) worst = std::max(worst, column_error(r, t, "C2_exact"));
  report("C2_exact", "max_abs_error", worst, 0.005, "mg/L");
  EXPECT_LT(worst, 0.005);
  check_budgets("C2_exact", r);

  const CaseRun fine = run_case("c2_chain_column.toml", {"transport.reactions=\"exact\"", "grid.nx=401",
                                                         "grid.dx=0.25", "time.max_step=1"});
  double worst_fine = 0.0;
  for (double t : {500.0, 1000.0}) worst_fine = std::max(worst_fine, column_error(fine, t, "C2_exact_fine"));
  check_budgets("C2_exact_fine", fine);
  report("C2_exact_fine", "max_abs_error", worst_fine, std::nan(""), "mg/L");
  report("C2_exact", "error_ratio_halving_dx_and_dt", worst / worst_fine, 1.8, "-");
  report("C2_exact", "observed_order", observed_order(worst, worst_fine, 2.0, 1.0), std::nan(""), "-");
  EXPECT_GT(worst / worst_fine, 1.8);
}

// ---- C3: nitrogen in 3-D ------------------------------------------------------------------

// The nitrogen the run holds (g), from the concentrations: theta V c dissolved plus
// rho_b Kd V c sorbed (ammonia, Kd 0.5 L/kg) in every cell; the layers are confined and full.
double nitrogen_held(const CaseRun& r, const StoredTransport& stored) {
  const Grid& g = r.model.grid->grid;
  const std::map<std::string, double> kd = {{"ammonia_n", 0.5}, {"nitrite_n", 0.0}, {"nitrate_n", 0.0}};
  double total = 0.0;
  for (const auto& [species, k] : kd) {
    const std::vector<double>& c = stored.concentration.at(species);
    for (std::int64_t n = 0; n < g.cell_count(); ++n) {
      const CellIndex ci = g.cell(n);
      const double volume = g.dx[std::size_t(ci.j)] * g.dy[std::size_t(ci.i)] * (g.cell_top(n) - g.cell_bottom(n));
      total += (0.3 + 1.7 * k) * volume * c[std::size_t(n)];
    }
  }
  return total;
}

bool is_storage(const std::string& term) { return term.rfind("storage:", 0) == 0; }
bool is_chain(const std::string& term) {
  return term.rfind("decay:", 0) == 0 || term.rfind("production:", 0) == 0 || term == "zero_order";
}

// Nitrogen held at the end minus at the start must equal what the flow terms brought in and
// took out (summed over the three species), to the budget tolerance 0.001 % of what came in:
// the chain's lines (ammonia's and nitrite's decay out, nitrite's and nitrate's production in)
// cancel, to round-off, so the chain neither makes nor loses nitrogen.
void check_nitrogen(const std::string& tag, const CaseRun& r) {
  check_budgets(tag, r);
  const Grid& g = r.model.grid->grid;
  double initial = 0.0;  // 1 mg/L nitrate in the water of every cell
  for (std::int64_t n = 0; n < g.cell_count(); ++n) {
    const CellIndex ci = g.cell(n);
    initial += 0.3 * g.dx[std::size_t(ci.j)] * g.dy[std::size_t(ci.i)] * (g.cell_top(n) - g.cell_bottom(n));
  }
  for (const StoredTransport& stored : r.results.transport) {
    double external = 0.0, brought_in = 0.0, chain = 0.0, decayed = 0.0;
    for (const auto& [species, rows] : stored.budget)
      for (const results::MassBudgetRow& row : rows) {
        if (is_storage(row.term)) continue;
        if (is_chain(row.term)) {
          chain += row.in - row.out;
          decayed += row.out;
          continue;
        }
        external += row.in - row.out;
        brought_in += row.in;
      }
    const double held = nitrogen_held(r, stored);
    const double imbalance = std::abs(held - initial - external) / brought_in;
    report(tag, "nitrogen_imbalance_percent_" + figure(stored.time) + "_d", 100.0 * imbalance, 1e-3, "%");
    report(tag, "chain_lines_net_share_" + figure(stored.time) + "_d", std::abs(chain) / decayed, 1e-12, "-");
    EXPECT_LT(100.0 * imbalance, 1e-3) << stored.time;
    EXPECT_LT(std::abs(chain), 1e-12 * decayed) << stored.time;
    EXPECT_GT(decayed, 0.1 * brought_in) << "the chain must carry a fair share of the nitrogen";
  }
}

TEST(VerificationChains, C3NitrogenIsConservedIn3D) { check_nitrogen("C3", run_case("c3_nitrogen_3d.toml")); }

// The same with the exact reaction step: its lines come from the integral of each cell's masses,
// and must conserve nitrogen as tightly (a zone's faster nitrite decay included).
TEST(VerificationChains, C3NitrogenIsConservedWithExactReactions) {
  check_nitrogen("C3_exact", run_case("c3_nitrogen_3d.toml", {"transport.reactions=\"exact\""}));
}

}  // namespace
}  // namespace gwp::testing
