// Risk-control measures on a small site (tests/data/cases/sites/tiny_site*.toml) against what
// physics requires of them: sealing an abandoned well keeps mass out of the karst, a cutoff wall
// shrinks the plume downstream, pump-and-treat removes what its wells report, capping cuts the
// source by the leakage ratio, and with no source nothing appears.
#include <gtest/gtest.h>

#include <cmath>

#include "test_sites_common.hpp"

namespace gwp::testing {
namespace {

constexpr int kKarst = 3;        // grid layer of the karst (0-based)
constexpr std::size_t kEnd = 1;  // the second output, 6 yr
const Polygon kLandfill{{240.0, 260.0}, {360.0, 260.0}, {360.0, 340.0}, {240.0, 340.0}};

// The open bore carries water down from the gravel into the karst (the supply well draws the
// karst down); plugged, it carries practically none. Sealing it must leave less chloride in the
// karst, and the difference cannot exceed what went down the bore (the only pathway the seal
// closes; the red clay passes the rest in both runs).
TEST(SitesMeasures, SealingTheWellKeepsMassOutOfTheKarst) {
  const CaseRun open = run_site("tiny_site.toml");
  const CaseRun sealed = run_site("tiny_site.toml", {"abandoned_wells.AW-1.state=plugged"});
  const double down_open = open.results.series.at("wells/AW-1/flow").back()[1];
  const double down_sealed = sealed.results.series.at("wells/AW-1/flow").back()[1];
  EXPECT_GT(down_open, 1.0) << "m3/d down the open bore";
  EXPECT_LT(std::abs(down_sealed), 1e-5 * down_open);
  const double karst_open = dissolved_mass(open, "chloride", kEnd, kKarst, kKarst);
  const double karst_sealed = dissolved_mass(sealed, "chloride", kEnd, kKarst, kKarst);
  const double through_bore = budget_line(open, "chloride", kEnd, "abandoned_well:AW-1").in;
  EXPECT_LT(karst_sealed, karst_open);
  EXPECT_LE(karst_open - karst_sealed, through_bore);
  RecordProperty("karst_chloride_open_g", figure(karst_open));
  RecordProperty("karst_chloride_sealed_g", figure(karst_sealed));
}

// A wall round the landfill keyed into the red clay, with 10 m3/d pumped inside it, leaves less
// aquifer outside the landfill above the class IV limits (ammonium 1.5 mg/L, chloride 350 mg/L).
TEST(SitesMeasures, CutoffWallShrinksThePlumeOutsideTheLandfill) {
  const CaseRun base = run_site("tiny_site.toml");
  const CaseRun walled = run_site("tiny_site_wall.toml");
  for (const auto& [species, limit] : {std::pair{"ammonia_n", 1.5}, std::pair{"chloride", 350.0}}) {
    const double without = area_above_outside(base, species, kEnd, limit, kLandfill);
    const double with = area_above_outside(walled, species, kEnd, limit, kLandfill);
    EXPECT_LT(with, without) << species;
    RecordProperty(std::string(species) + "_area_without_m2", figure(without));
    RecordProperty(std::string(species) + "_area_with_m2", figure(with));
  }
  // Inward gradient on the downstream side: the head just inside the south wall, at (290, 250),
  // lies below the head just outside it, at (290, 230) (lower gravel layer, rows 8 and 9).
  const auto& head = walled.results.flows.back().head;
  const Grid& g = walled.model.grid->grid;
  EXPECT_LT(head[std::size_t(g.index(1, 7, 14))], head[std::size_t(g.index(1, 8, 14))]);
}

// Pump-and-treat: the mass the wells report removing (their receptors' mass flux, every step,
// integrated over time) is what the mass budget loses through them, and the aquifer's chloride
// (concentrations times water volumes, computed here) is what came in less what left through
// every boundary and well, with the wells' share taken from that report. Tolerances: 1e-9 of the
// removal for the integral (the same numbers, summed two ways); 1e-6 of the mass for the balance
// (the transport budget closes to 1e-10 %, the water volumes to the flow solver's 1e-6 m).
TEST(SitesMeasures, PumpAndTreatRemovalEqualsTheBudgetLoss) {
  const CaseRun pumped = run_site("tiny_site_pump.toml");
  const CaseRun base = run_site("tiny_site.toml");
  double reported = 0.0, budget = 0.0;
  for (const char* w : {"PT-1", "PT-2", "PT-3"}) {
    const auto& series = pumped.results.series.at(std::string("monitoring/") + w + " water/mass_flux/chloride");
    double t0 = 0.0;
    for (const auto& row : series) {
      reported += row[1] * (row[0] - t0);
      t0 = row[0];
    }
    budget += budget_line(pumped, "chloride", kEnd, std::string("well:") + w).out;
  }
  EXPECT_GT(reported, 0.0);
  EXPECT_NEAR(reported, budget, 1e-9 * budget);

  double in = 0.0, out_other = 0.0;
  for (const results::MassBudgetRow& row : pumped.results.transport.at(kEnd).budget.at("chloride")) {
    if (row.term.rfind("storage", 0) == 0) continue;
    in += row.in;
    if (row.term.rfind("well:PT-", 0) != 0) out_other += row.out;
  }
  const double mass = dissolved_mass(pumped, "chloride", kEnd, 0, kKarst);
  EXPECT_NEAR(mass, in - out_other - reported, 1e-6 * mass);
  // And the aquifer holds less chloride than without the wells.
  EXPECT_LT(mass, dissolved_mass(base, "chloride", kEnd, 0, kKarst));
  RecordProperty("removed_g", figure(reported));
}

// Capping at 3 yr (200 -> 40 mm/yr of leakage): the leachate entering through the landfill
// (its budget line; no decline) falls by exactly the leakage ratio 0.2, and before capping it is
// leakage x area x concentration x time = (0.2 / 365.25 m/d) x 9600 m2 x 2000 g/m3 x 1095.75 d.
// Tolerance 1e-9 relative: these are products of the inputs, summed step by step.
TEST(SitesMeasures, CappingCutsTheSourceByTheLeakageRatio) {
  const CaseRun r = run_site("tiny_site.toml", {"landfills.landfill.leakage=[[\"0 d\", \"200 mm/yr\"], [\"3 yr\", \"40 mm/yr\"]]"});
  const double before = budget_line(r, "chloride", 0, "landfill:landfill").in;
  const double after = budget_line(r, "chloride", kEnd, "landfill:landfill").in - before;
  const double expected_before = 0.2 / 365.25 * 9600.0 * 2000.0 * 1095.75;
  EXPECT_NEAR(before, expected_before, 1e-9 * expected_before);
  EXPECT_NEAR(after / before, 40.0 / 200.0, 1e-9);
}

// No source of any species (the landfill leaks nothing; recharge, the river and the upland
// bring clean water): every concentration stays exactly zero, in every cell and at every step.
TEST(SitesMeasures, NoSourceLeavesEveryConcentrationExactlyZero) {
  const CaseRun r = run_site("tiny_site.toml", {"landfills.landfill.leakage=0"});
  for (const StoredTransport& t : r.results.transport)
    for (const auto& [species, c] : t.concentration)
      for (double v : c) ASSERT_EQ(v, 0.0) << species << " at " << t.time << " d";
  for (const auto& [path, rows] : r.results.series) {
    if (path.find("/head") != std::string::npos || path.rfind("wells/", 0) == 0) continue;
    for (const auto& row : rows) ASSERT_EQ(row[1], 0.0) << path;
  }
}

// A leachate pond lined with a geomembrane (10 holes/ha of 1 cm2, poor contact, 1 m of head on
// 0.5 m of soil of 1e-8 m/s): by hand, Giroud et al. (1992)
//   Q = 1.15 x (1 + 0.1 x 2^0.95) x (1e-4)^0.1 x 1^0.9 x (1e-8)^0.74
//     = 1.15 x 1.193187 x 0.398107 x 1.202264e-6 = 6.56760e-7 m3/s = 0.0567440 m3/d per hole,
// so the pond (4 cells, 1600 m2, 1.6 holes) lets in 0.0907905 m3/d of 3000 mg/L chloride:
// 272.371 g/d, 596.90 kg in 6 yr. Tolerance 1e-5, the rounding of the hand figures.
TEST(SitesMeasures, LinedPondLeaksWhatGiroudsEquationGives) {
  const CaseRun r = run_site("tiny_site_lined.toml");
  const double in = budget_line(r, "chloride", kEnd, "landfill:pond").in;
  const double expected = 0.0567440 * 1.6 * 3000.0 * 2191.5;
  EXPECT_NEAR(in, expected, 1e-5 * expected);
}

}  // namespace
}  // namespace gwp::testing
