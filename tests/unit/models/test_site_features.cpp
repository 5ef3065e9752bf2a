// The site features of a case turned into solver terms (cutoff walls, cleared and pumped bores,
// receptors, reaches along lines, planar surfaces and pinching layers), and the problems they
// report, on the small cases of tests/data/cases/sites.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numeric>

#include "models/case_reader.hpp"
#include "models/model.hpp"

namespace m = gwp::model;

namespace {

std::string site(const std::string& file) { return std::string(GWPLUME_TEST_DATA) + "/cases/sites/" + file; }

m::Model model(const std::string& file, const std::vector<std::string>& overrides = {}) {
  return m::build_model(m::read_case(site(file), overrides));
}

// Every problem reading and building the case reports, formatted; empty when it is valid.
std::vector<std::string> problems(const std::string& file, const std::vector<std::string>& overrides) {
  try {
    model(file, overrides);
  } catch (const m::InputError& e) {
    std::vector<std::string> out;
    for (const auto& p : e.problems) out.push_back(p.format());
    return out;
  }
  return {};
}

bool has(const std::vector<std::string>& messages, const std::string& part) {
  for (const auto& msg : messages)
    if (msg.find(part) != std::string::npos) return true;
  return false;
}

std::size_t term(const m::Model& mm, const std::string& name) {
  for (std::size_t t = 0; t < mm.flow.terms.size(); ++t)
    if (mm.flow.terms[t].name == name) return t;
  ADD_FAILURE() << "no term " << name;
  return 0;
}

}  // namespace

// wall_1d.toml: a wall at x = 100 m across a row of 21 cells of 10 m lies on the one face between
// columns 10 and 11 (0-based 9 and 10); its characteristic is K / thickness = 1e-4 / 0.5 = 2e-4
// 1/d, from the start or, when built later, from then on.
TEST(SiteFeatures, BarrierBecomesTheFacesItCrosses) {
  const m::Model mm = model("wall_1d.toml");
  ASSERT_EQ(mm.flow.barriers.size(), 1u);
  const auto& b = mm.flow.barriers[0];
  EXPECT_EQ(b.n, (std::vector<std::int64_t>{9}));
  EXPECT_EQ(b.m, (std::vector<std::int64_t>{10}));
  EXPECT_DOUBLE_EQ(b.characteristic.at(0.0), 2e-4);
  const m::Model later = model("wall_1d.toml", {"barriers.wall.start=1 yr"});
  const auto& c = later.flow.barriers[0].characteristic;
  EXPECT_TRUE(std::isinf(c.at(100.0)));
  EXPECT_DOUBLE_EQ(c.at(365.25), 2e-4);
  EXPECT_EQ(later.flow.forcing_changes(0.0, 730.5), (std::vector<double>{365.25}));
}

// tiny_site_cleared.toml: AW-1 is open as built, cleared at 1 yr, pumped 50 m3/d until 3 yr,
// then plugged. The pump draws its rate from the bore's cells in shares that add up to 1; the
// pumped water is a receptor of its own.
TEST(SiteFeatures, PumpedBoreIsPumpedThenPlugged) {
  const m::Model mm = model("tiny_site_cleared.toml");
  ASSERT_EQ(mm.abandoned_wells.size(), 1u);
  const auto& bore = mm.abandoned_wells[0];
  ASSERT_EQ(bore.state_times.size(), 3u);
  EXPECT_DOUBLE_EQ(bore.state_times[1], 365.25);
  EXPECT_DOUBLE_EQ(bore.state_times[2], 1095.75);
  EXPECT_GT(bore.segments_at(500.0)[0], 1e6 * bore.segments_at(2000.0)[0]) << "open, then plugged";
  ASSERT_TRUE(bore.pump_term.has_value());
  const gwp::solver::FlowTerm& pump = mm.flow.terms[*bore.pump_term];
  EXPECT_EQ(pump.kind, gwp::solver::TermKind::well);
  EXPECT_EQ(pump.cells, bore.cells);
  // Shares from eliminating the open bore: exact to its rounding, about max(b) / min(c) x 1e-16
  // (solver/flow/bore.hpp), some 1e-11 here.
  EXPECT_NEAR(std::accumulate(pump.weight.begin(), pump.weight.end(), 0.0), 1.0, 1e-9);
  EXPECT_EQ(pump.rate.at(100.0), 0.0);
  EXPECT_EQ(pump.rate.at(500.0), -50.0);
  EXPECT_EQ(pump.rate.at(2000.0), 0.0);
  EXPECT_EQ(bore.extraction.at(500.0), 50.0);
  EXPECT_EQ(mm.pumping_wells.back().name, "AW-1 pumping");
  EXPECT_EQ(mm.term_quality.size(), mm.flow.terms.size());
  bool found = false;
  for (const auto& r : mm.receptors)
    if (r.name == "AW-1 water") found = r.kind == m::ReceptorOutput::Kind::term && r.index == *bore.pump_term;
  EXPECT_TRUE(found);
}

// Receptors: a boundary by name, a monitoring point flagged as one, a point of their own (which
// becomes a monitoring point after the others).
TEST(SiteFeatures, ReceptorsResolveToTermsAndPoints) {
  const m::Model mm = model("tiny_site.toml", {"monitoring.shallow.receptor=true"});
  ASSERT_EQ(mm.receptors.size(), 2u);
  EXPECT_EQ(mm.receptors[0].name, "shallow");
  EXPECT_EQ(mm.receptors[0].kind, m::ReceptorOutput::Kind::point);
  EXPECT_EQ(mm.receptors[0].index, 0u);
  EXPECT_EQ(mm.receptors[1].kind, m::ReceptorOutput::Kind::term);
  EXPECT_EQ(mm.receptors[1].index, term(mm, "river"));
}

TEST(SiteFeatures, ReceptorProblemsAreLocated) {
  const auto found = problems("tiny_site.toml", {"receptors.river reach.boundary=rivr"});
  EXPECT_TRUE(has(found, "tiny_site.toml:")) << found.front();
  EXPECT_TRUE(has(found, "no [[flow.boundary]] named 'rivr' (did you mean 'river'?)"));
  EXPECT_TRUE(has(problems("tiny_site.toml", {"receptors.river reach.z=40"}),
                  "--set:1:1: receptors.river reach.z: applies only to a point receptor"));
}

// A well the model refuses (its point outside the grid, its screen above it) reports that one
// problem: neither "screens no active cell" nor the receptor that names it follows on. A
// receptor naming a well that does not exist still does.
TEST(SiteFeatures, ReceptorOfARefusedWellStaysSilent) {
  const std::string pump = site("tiny_site_pump.toml") + ":";
  EXPECT_EQ(problems("tiny_site_pump.toml", {"wells.PT-1.at=[5000, 100]"}),
            std::vector<std::string>{pump + "9:1: wells[1]: point (5000, 100) is outside the grid (x from 0 to 600, "
                                            "y from 0 to 400)"});
  EXPECT_EQ(problems("tiny_site_pump.toml", {"wells.PT-1.screen=[80, 70]"}),
            std::vector<std::string>{pump + "9:1: wells[1]: screen (80, 70) m is entirely above the top of the "
                                            "grid (50 m) at (270, 190)"});
  // The pump of a cleared abandoned well, refused with its bore.
  EXPECT_EQ(problems("tiny_site_cleared.toml", {"abandoned_wells.AW-1.at=[5000, 100]"}),
            std::vector<std::string>{site("tiny_site.toml") + ":62:1: abandoned_wells[0]: point (5000, 100) is "
                                                              "outside the grid (x from 0 to 600, y from 0 to 400)"});
  const auto both = problems("tiny_site_pump.toml", {"wells.PT-1.at=[5000, 100]", "receptors.PT-2 water.well=PT-9"});
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(both[1], pump + "28:1: receptors[2]: no pumping well named 'PT-9' (did you mean 'PT-2'?)");
  // A pump that an abandoned well does not have is no refused well.
  EXPECT_TRUE(has(problems("tiny_site_cleared.toml", {"abandoned_wells.AW-1.at=[5000, 100]",
                                                      "receptors.AW-1 water.well=karst supply pumping"}),
                  "no pumping well named 'karst supply pumping'"));
}

// The same for a boundary the model refuses (a river along a line with bed_k needs its width).
TEST(SiteFeatures, ReceptorOfARefusedBoundaryStaysSilent) {
  const std::string file = std::string(GWPLUME_TEST_DATA) + "/broken/receptor_of_refused_reach.toml";
  std::vector<std::string> found;
  try {
    m::build_model(m::read_case(file));
  } catch (const m::InputError& e) {
    for (const auto& p : e.problems) found.push_back(p.format());
  }
  EXPECT_EQ(found, (std::vector<std::string>{
                       file + ":16:1: flow.boundary[0]: a river along a line with bed_k needs the reach's width "
                              "(or bed_conductance per cell)",
                       file + ":34:1: receptors[1]: no [[flow.boundary]] named 'creek' (names: river)"}));
}

// A river along y = 10 m with bed_k 1 m/d, 1 m thick, 10 m wide: the band covers half of each
// 20 m x 20 m cell of the south row (y 5..15 of 0..20): 200 m2 of bed, 200 m2/d per cell.
TEST(SiteFeatures, RiverAlongALineTakesItsBedAreaFromTheWidth) {
  m::Case c = m::read_case(site("tiny_site.toml"));
  m::Boundary& river = c.flow.boundaries[1];
  river.conductance.reset();
  river.bed_k = 1.0;
  river.bed_thickness = 1.0;
  river.where.width = 10.0;
  const m::Model mm = m::build_model(c);
  const gwp::solver::FlowTerm& t = mm.flow.terms[term(mm, "river")];
  ASSERT_EQ(t.cells.size(), 60u) << "30 columns x 2 gravel layers";
  for (double cond : t.conductance) EXPECT_NEAR(cond, 200.0, 1e-9);
  river.where.width.reset();
  EXPECT_THROW(m::build_model(c), m::InputError) << "bed_k along a line needs the width";
}

// terrace_plane.toml: the top at the column centres (y = 35, 25, 15, 5) is 47 + 0.2 y = 54, 52,
// 50, 48 m; the clay (bottom 50 m) is 4 and 2 m thick in the two northern rows and absent in the
// two southern ones, where the gravel starts at the ground.
TEST(SiteFeatures, PlaneTopAndPinchingLayer) {
  const m::Model mm = model("terrace_plane.toml");
  const gwp::Grid& g = mm.grid->grid;
  const double tops[] = {54.0, 52.0, 50.0, 48.0};
  for (int i = 0; i < 4; ++i) {
    EXPECT_NEAR(g.top[std::size_t(i) * 3 + 1], tops[i], 1e-9);
    const std::int64_t clay = g.index(0, i, 1), gravel = g.index(1, i, 1);
    EXPECT_EQ(bool(g.active[std::size_t(clay)]), i < 2) << "row " << i;
    EXPECT_NEAR(g.cell_top(gravel), std::min(50.0, tops[i]), 1e-9);
  }
  EXPECT_TRUE(has(problems("terrace_plane.toml", {"grid.layers.clay.pinch_out=false"}), "bottom above its top"));
  EXPECT_TRUE(has(problems("terrace_plane.toml", {"grid.top={ plane = [[0.0, 0.0, 1.0], [10.0, 10.0, 2.0], [20.0, 20.0, 3.0]] }"}),
                  "the three points lie on one line in plan"));
}

TEST(SiteFeatures, AreaSourcesReachingBeyondTheGridAreRefused) {
  // The grid spans x 0 to 600 m, y 0 to 400 m: a landfill or recharge polygon with a vertex
  // beyond it would lose its water there without a word, so each such vertex is an error.
  const auto landfill = problems("tiny_site.toml", {"landfills.landfill.polygon=[[500.0, 260.0], [650.0, 260.0], "
                                                    "[650.0, 340.0], [500.0, 340.0]]"});
  ASSERT_EQ(landfill.size(), 2u);
  EXPECT_EQ(landfill[0], "--set:1:1: landfills.landfill.polygon: polygon vertex 2 (650, 260) is outside the grid "
                         "(x from 0 to 600, y from 0 to 400)");
  EXPECT_TRUE(has(landfill, "polygon vertex 3 (650, 340) is outside the grid"));
  EXPECT_TRUE(has(problems("tiny_site.toml", {"flow.recharge.polygon=[[-10.0, 0.0], [100.0, 0.0], [100.0, 100.0]]"}),
                  "polygon vertex 1 (-10, 0) is outside the grid"));
}

TEST(SiteFeatures, ConflictingKeysAreReported) {
  EXPECT_TRUE(has(problems("tiny_site_cleared.toml", {"abandoned_wells.AW-1.plugged_at=5 yr"}),
                  "plugged_at: conflicts with 'pumped'"));
  EXPECT_TRUE(has(problems("tiny_site.toml", {"landfills.landfill.liner={ holes_per_hectare = 2.5, hole_area = 1e-4, "
                                              "head = 0.3, soil_k = 1e-4, soil_thickness = 0.6 }"}),
                  "liner: conflicts with 'leakage'"));
  EXPECT_TRUE(has(problems("tiny_site.toml", {"flow.boundary.upland.width=10"}), "width: applies only together with 'line'"));
  EXPECT_TRUE(has(problems("tiny_site_cleared.toml", {"abandoned_wells.AW-1.pumped.end=0.5 yr"}), "not after start"));
  EXPECT_TRUE(has(problems("tiny_site_cleared.toml", {"abandoned_wells.AW-1.pumped.rate=50"}), "out of range"));
}

// A reactive barrier as a zone along a line (y = 210 m, x 205..395 m: row 9 and columns 10..19,
// 0-based, whose footprints it crosses) in the gravel's two grid layers: there kh is 100 m/d,
// ammonium's Kd 3.75 L/kg and cadmium decays (ln 2 / 13.3 d); elsewhere the case's own values.
TEST(SiteFeatures, ReactiveBarrierZoneAlongALine) {
  const m::Model mm = model("tiny_site_prb.toml");
  const gwp::Grid& g = mm.grid->grid;
  const auto& nh4 = mm.transport.species[1];
  const auto& cd = mm.transport.species[2];
  ASSERT_EQ(nh4.name, "ammonia_n");
  int in_zone = 0;
  for (std::int64_t n = 0; n < g.cell_count(); ++n) {
    const gwp::CellIndex c = g.cell(n);
    const bool zone = c.k <= 1 && c.i == 9 && c.j >= 10 && c.j <= 19;
    in_zone += zone;
    EXPECT_DOUBLE_EQ(mm.fields.kh[std::size_t(n)], zone ? 100.0 : (c.k == 2 ? 4e-3 : c.k == 3 ? 3.0 : 30.0));
    EXPECT_DOUBLE_EQ(nh4.kd[std::size_t(n)], zone ? 3.75 : 0.5);
    EXPECT_NEAR(cd.decay_dissolved[std::size_t(n)], zone ? std::log(2.0) / 13.3 : 0.0, 1e-15);
  }
  EXPECT_EQ(in_zone, 20);
}

