// Reading a complete case (tests/data/cases/full.toml, every section of docs/case-format.md): each value is
// compared with the number written in the file converted by the unit's definition (1 cm/s =
// 864 m/d, 1 yr = 365.25 d, 1 L = 1e-3 m3 ...). EXPECT_DOUBLE_EQ (4 ulp) because a conversion
// rounds at most twice; anything coarser would hide a wrong factor.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

#include "models/case_reader.hpp"

namespace gwp::model {
namespace {

namespace fs = std::filesystem;
const std::string kData = GWPLUME_TEST_DATA;
constexpr double kYear = 365.25;     // d
constexpr double kPerSecond = 86400;  // s per d

class FullCase : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { full_ = new Case(read_case(kData + "/cases/full.toml")); }
  static void TearDownTestSuite() { delete full_; }
  const Case& c() const { return *full_; }
  static Case* full_;
};
Case* FullCase::full_ = nullptr;

TEST_F(FullCase, IdentityAndOutput) {
  EXPECT_EQ(c().name, "full-example");
  EXPECT_EQ(c().title, "North landfill, every section");
  EXPECT_EQ(c().file, fs::absolute(kData + "/cases/full.toml").lexically_normal().string());
  EXPECT_EQ(c().output_dir, "out/full");
  EXPECT_TRUE(c().vtk);
}

TEST_F(FullCase, Grid) {
  const GridSpec& g = c().grid;
  EXPECT_EQ(g.origin, (Point{0.0, 0.0}));
  EXPECT_DOUBLE_EQ(g.rotation_deg, 0.0);
  EXPECT_EQ(g.crs, "EPSG:4546");
  EXPECT_EQ(g.nx, 20);
  EXPECT_EQ(g.ny, 15);
  EXPECT_EQ(g.dx, std::vector<double>(20, 100.0));
  ASSERT_EQ(g.dy.size(), 15u);
  EXPECT_DOUBLE_EQ(g.dy[13], 50.0);
  EXPECT_DOUBLE_EQ(g.dy[14], 150.0);  // "0.15 km"
  EXPECT_DOUBLE_EQ(g.top.value, 50.0);
  ASSERT_EQ(g.layers.size(), 4u);
  EXPECT_EQ(g.layers[0].name, "clay cap");
  EXPECT_DOUBLE_EQ(g.layers[1].bottom.value, 30.0);  // "3000 cm"
  EXPECT_EQ(g.layers[1].split, 4);
  EXPECT_EQ(g.layers[2].split, 1);
  EXPECT_EQ(g.layers[3].bottom.file, fs::absolute(kData + "/cases/lower_bottom.csv").lexically_normal().string());
  ASSERT_TRUE(g.active.has_value());
  EXPECT_EQ(g.active->size(), 4u);
  EXPECT_EQ(g.layers[1].where.line, 17);  // where the entry was written
}

TEST_F(FullCase, Properties) {
  const Properties& p = c().properties;
  EXPECT_DOUBLE_EQ(*p.defaults.kh, 10.0);
  EXPECT_DOUBLE_EQ(*p.defaults.kv, 1.0);
  EXPECT_DOUBLE_EQ(*p.defaults.porosity, 0.30);
  EXPECT_DOUBLE_EQ(*p.defaults.specific_storage, 1e-5);
  EXPECT_DOUBLE_EQ(*p.defaults.specific_yield, 0.2);  // "20 %"
  EXPECT_DOUBLE_EQ(*p.defaults.bulk_density, 1.7);
  ASSERT_EQ(p.layer.size(), 3u);
  // Entries of a table come sorted by key: "4", "aquitard", "clay cap".
  EXPECT_EQ(p.layer[0].first.number, 4);
  EXPECT_DOUBLE_EQ(*p.layer[0].second.kh, 30.0);
  EXPECT_EQ(p.layer[2].first.name, "clay cap");
  EXPECT_DOUBLE_EQ(*p.layer[2].second.kh, 1e-7 * 864.0);
  EXPECT_FALSE(p.layer[2].second.specific_yield.has_value());

  ASSERT_EQ(p.zones.size(), 3u);
  const Zone& wall = p.zones[0];
  EXPECT_EQ(wall.name, "cutoff wall");
  EXPECT_EQ(wall.where.kind, Selection::Kind::polygon);
  EXPECT_EQ(wall.where.polygon[2], (Point{500.0, 900.0}));
  ASSERT_EQ(wall.where.layers.size(), 2u);
  EXPECT_EQ(wall.where.layers[0].name, "upper aquifer");
  EXPECT_EQ(wall.where.layers[1].number, 3);
  EXPECT_DOUBLE_EQ(*wall.values.kh, 1e-9 * kPerSecond);
  const Zone& barrier = p.zones[1];
  EXPECT_EQ(barrier.where.kind, Selection::Kind::box);
  EXPECT_EQ(barrier.where.box_x, (std::array<double, 2>{1300.0, 1400.0}));
  ASSERT_TRUE(barrier.where.box_z.has_value());
  EXPECT_EQ(*barrier.where.box_z, (std::array<double, 2>{26.0, 46.0}));
  ASSERT_TRUE(barrier.species.at("cadmium").sorption.has_value());
  EXPECT_DOUBLE_EQ(barrier.species.at("cadmium").sorption->kd, 500.0);
  EXPECT_DOUBLE_EQ(barrier.species.at("ammonia_n").decay->rate, std::log(2.0) / 30.0);
  EXPECT_EQ(p.zones[2].where.kind, Selection::Kind::cells);
  EXPECT_EQ(p.zones[2].where.cells[1], (std::array<int, 3>{2, 3, 5}));
}

TEST_F(FullCase, Flow) {
  const Flow& f = c().flow;
  EXPECT_EQ(f.mode, Flow::Mode::transient);
  EXPECT_EQ(f.layer_type_by_layer.at("clay cap"), Flow::LayerType::confined);
  EXPECT_EQ(f.layer_type_by_layer.at("upper aquifer"), Flow::LayerType::convertible);
  EXPECT_EQ(f.layer_type_by_layer.at("4"), Flow::LayerType::convertible);
  EXPECT_DOUBLE_EQ(f.initial_head, 48.0);
  EXPECT_DOUBLE_EQ(f.initial_step, 0.25);
  EXPECT_DOUBLE_EQ(f.step_multiplier, 1.5);
  EXPECT_DOUBLE_EQ(f.head_tolerance, 0.001);
  EXPECT_DOUBLE_EQ(f.residual_tolerance, 0.1);
  EXPECT_EQ(f.max_iterations, 300);

  ASSERT_EQ(f.boundaries.size(), 6u);
  const Boundary& west = f.boundaries[0];
  EXPECT_EQ(west.type, Boundary::Type::head);
  EXPECT_EQ(west.name, "west edge");
  EXPECT_EQ(west.where.kind, Selection::Kind::side);
  EXPECT_EQ(west.where.side, "west");
  EXPECT_TRUE(west.where.layers.empty());
  EXPECT_EQ(west.head.times, (std::vector<double>{0.0, 10 * kYear}));
  EXPECT_EQ(west.head.values, (std::vector<double>{48.0, 47.5}));
  EXPECT_DOUBLE_EQ(west.inflow_concentration.at("chloride"), 12.0);

  const Boundary& river = f.boundaries[1];
  EXPECT_EQ(river.type, Boundary::Type::river);
  EXPECT_EQ(river.name, "2");  // unnamed: its number; the budget calls it "river:2"
  EXPECT_EQ(river.where.layers.at(0).number, 1);
  EXPECT_DOUBLE_EQ(river.head.at(0.0), 44.0);
  EXPECT_DOUBLE_EQ(river.bottom, 42.0);
  EXPECT_DOUBLE_EQ(*river.conductance, 50.0);
  const Boundary& creek = f.boundaries[2];
  EXPECT_EQ(creek.where.kind, Selection::Kind::at);
  EXPECT_FALSE(creek.conductance.has_value());
  EXPECT_DOUBLE_EQ(*creek.bed_k, 1e-5 * kPerSecond);
  EXPECT_DOUBLE_EQ(*creek.bed_thickness, 0.5);
  const Boundary& ghb = f.boundaries[3];
  EXPECT_EQ(ghb.type, Boundary::Type::general_head);
  EXPECT_EQ(ghb.where.side, "north");
  EXPECT_DOUBLE_EQ(*ghb.conductance, 20.0);
  EXPECT_EQ(f.boundaries[4].type, Boundary::Type::drain);
  EXPECT_DOUBLE_EQ(f.boundaries[4].head.at(0.0), 47.0);
  EXPECT_EQ(f.boundaries[4].where.box_y, (std::array<double, 2>{0.0, 200.0}));
  EXPECT_EQ(f.boundaries[5].type, Boundary::Type::flux);
  EXPECT_DOUBLE_EQ(f.boundaries[5].flux.at(0.0), -2e-3 * kPerSecond);  // -2 L/s

  ASSERT_EQ(f.recharge.size(), 2u);
  EXPECT_DOUBLE_EQ(f.recharge[0].rate.at(0.0), 0.3 / kYear);
  EXPECT_DOUBLE_EQ(f.recharge[0].concentration.at("chloride"), 5.0);
  EXPECT_FALSE(f.recharge[0].polygon.has_value());
  EXPECT_EQ(f.recharge[1].rate.times, (std::vector<double>{0.0, 5 * kYear}));
  EXPECT_DOUBLE_EQ(f.recharge[1].rate.values[1], 0.03 / kYear);
  EXPECT_TRUE(f.recharge[1].polygon.has_value());
}

TEST_F(FullCase, WellsLandfillsAbandonedWells) {
  ASSERT_EQ(c().wells.size(), 2u);
  const Well& pw1 = c().wells[0];
  EXPECT_EQ(pw1.where.kind, Selection::Kind::at);
  EXPECT_EQ(pw1.where.at, (Point{1200.0, 700.0}));
  EXPECT_EQ(*pw1.where.screen, (std::array<double, 2>{40.0, 30.0}));
  EXPECT_EQ(pw1.rate.times, (std::vector<double>{0.0, 2 * kYear}));
  EXPECT_EQ(pw1.rate.values, (std::vector<double>{-300.0, 0.0}));
  const Well& pw2 = c().wells[1];
  EXPECT_EQ(pw2.split, Well::Split::multi_node);
  EXPECT_DOUBLE_EQ(pw2.radius, 0.15);
  EXPECT_EQ(pw2.where.layers.at(0).name, "lower aquifer");

  ASSERT_EQ(c().landfills.size(), 1u);
  const Landfill& l = c().landfills[0];
  EXPECT_DOUBLE_EQ(l.leakage.values[0], 0.15 / kYear);
  EXPECT_DOUBLE_EQ(l.leakage.times[1], 15 * kYear);
  EXPECT_DOUBLE_EQ(*l.end, 25 * kYear);
  EXPECT_DOUBLE_EQ(l.leachate.at("chloride").at(0.0), 2500.0);
  EXPECT_DOUBLE_EQ(l.leachate.at("cadmium").at(0.0), 0.08);
  EXPECT_DOUBLE_EQ(l.decline.at("ammonia_n").rate, std::log(2.0) / (15 * kYear));
  EXPECT_DOUBLE_EQ(l.decline.at("chloride").rate, 1e-4);

  ASSERT_EQ(c().abandoned_wells.size(), 2u);
  const AbandonedWell& aw3 = c().abandoned_wells[0];
  EXPECT_DOUBLE_EQ(aw3.open_top, 49.0);
  EXPECT_DOUBLE_EQ(aw3.open_bottom, 2.0);
  EXPECT_DOUBLE_EQ(aw3.plug_k, 1e-9 * kPerSecond);
  EXPECT_DOUBLE_EQ(*aw3.plugged_at, 5 * kYear);
  EXPECT_EQ(c().abandoned_wells[1].state, AbandonedWell::State::collapsed);
  EXPECT_DOUBLE_EQ(c().abandoned_wells[1].fill_k, 1e-3 * kPerSecond);
}

TEST_F(FullCase, Species) {
  ASSERT_EQ(c().species.size(), 4u);
  const Species& nh4 = c().species[0];
  EXPECT_DOUBLE_EQ(nh4.diffusion, 1.7e-9 * kPerSecond);
  EXPECT_EQ(nh4.sorption.model, Sorption::Model::linear);
  EXPECT_DOUBLE_EQ(nh4.sorption.kd, 0.5);
  EXPECT_DOUBLE_EQ(nh4.decay.rate, std::log(2.0) / kYear);
  ASSERT_EQ(nh4.initial_parts.size(), 2u);
  EXPECT_EQ(nh4.initial_parts[0].where.kind, Selection::Kind::all);
  EXPECT_EQ(nh4.initial_parts[0].where.layers.at(0).name, "upper aquifer");
  EXPECT_DOUBLE_EQ(nh4.initial_parts[1].value, 5.0);
  EXPECT_DOUBLE_EQ(*nh4.limit, 1.5);
  // Not given in the file: GB/T 14848-2017 class IV.
  EXPECT_DOUBLE_EQ(*c().species[1].limit, 350.0);
  const Species& cd = c().species[2];
  EXPECT_EQ(cd.sorption.model, Sorption::Model::freundlich);
  EXPECT_DOUBLE_EQ(cd.sorption.exponent, 0.8);
  EXPECT_DOUBLE_EQ(*cd.limit, 0.01);
  const Species& tracer = c().species[3];
  EXPECT_EQ(tracer.sorption.model, Sorption::Model::langmuir);
  EXPECT_DOUBLE_EQ(tracer.sorption.langmuir_k, 0.1);
  EXPECT_DOUBLE_EQ(tracer.sorption.capacity, 2000.0);  // 2 g/kg in mg/kg
  EXPECT_DOUBLE_EQ(tracer.decay.rate, 0.002);
  EXPECT_EQ(tracer.decay.phase, Decay::Phase::dissolved);
  EXPECT_DOUBLE_EQ(tracer.decay.zero_order, -0.01);
  EXPECT_EQ(*tracer.initial_from, fs::absolute(kData + "/out/previous/result.h5").lexically_normal().string());
  EXPECT_DOUBLE_EQ(tracer.initial_from_time, 20 * kYear);
  EXPECT_FALSE(tracer.limit.has_value());
}

TEST_F(FullCase, TransportTimeMonitoring) {
  const Transport& t = c().transport;
  EXPECT_DOUBLE_EQ(t.alpha_l, 10.0);
  EXPECT_DOUBLE_EQ(t.alpha_th, 1.0);
  EXPECT_DOUBLE_EQ(t.alpha_tv, 0.1);
  EXPECT_EQ(t.advection, Transport::Advection::upwind);
  EXPECT_EQ(t.weighting, Transport::Weighting::crank_nicolson);
  EXPECT_DOUBLE_EQ(t.max_courant, 0.5);
  ASSERT_EQ(t.boundaries.size(), 1u);
  EXPECT_EQ(t.boundaries[0].where.cells.at(0), (std::array<int, 3>{1, 1, 1}));
  EXPECT_DOUBLE_EQ(t.boundaries[0].values.at("chloride").at(100.0), 1.0);
  EXPECT_DOUBLE_EQ(t.boundaries[0].values.at("ammonia_n").at(400.0), 0.0);

  EXPECT_DOUBLE_EQ(c().time.end, 20 * kYear);
  EXPECT_EQ(c().time.outputs, (std::vector<double>{100.0, 1000.0, 20 * kYear}));
  EXPECT_DOUBLE_EQ(c().time.max_step, 10.0);

  ASSERT_EQ(c().monitoring.size(), 2u);
  EXPECT_DOUBLE_EQ(*c().monitoring[0].z, 38.0);
  EXPECT_EQ(c().monitoring[1].layer->name, "lower aquifer");
}

// The stored text is the whole case: read again from anywhere, it gives the same case.
TEST_F(FullCase, TextIsACompleteCase) {
  EXPECT_THAT(c().text, ::testing::HasSubstr("full-example"));
  const fs::path copy = fs::temp_directory_path() / "gwp_full_case_text.toml";
  std::ofstream(copy) << c().text;
  const Case again = read_case(copy.string());
  fs::remove(copy);
  EXPECT_EQ(again.name, c().name);
  EXPECT_EQ(again.grid.layers[3].bottom.file, c().grid.layers[3].bottom.file);
  EXPECT_DOUBLE_EQ(*again.properties.layer[2].second.kh, *c().properties.layer[2].second.kh);
  EXPECT_EQ(again.flow.boundaries[0].head.values, c().flow.boundaries[0].head.values);
  EXPECT_EQ(again.species[3].initial_from, c().species[3].initial_from);
}

TEST(CaseReader, MinimalCaseDefaults) {
  const Case c = read_case(kData + "/cases/minimal.toml");
  EXPECT_EQ(c.name, "minimal");  // the file stem
  EXPECT_EQ(c.output_dir, "out/minimal");
  EXPECT_EQ(c.time.outputs, (std::vector<double>{10.0}));
  EXPECT_EQ(c.flow.mode, Flow::Mode::steady);
  EXPECT_EQ(c.grid.dx, std::vector<double>(2, 10.0));
  EXPECT_FALSE(c.vtk);
}

// The other forms of keys that full.toml writes one way, given here by override.
TEST(CaseReader, AlternativeForms) {
  const Case c = read_case(kData + "/cases/base.toml",
                           {"flow.initial_head={ \"upper aquifer\" = 8.5, 3 = \"700 cm\" }",
                            "flow.layer_type=convertible", "flow.recharge={ rate = \"300 mm/yr\" }",
                            "grid.dx=[\"10 m\", 10.0, \"0.02 km\", 10]", "grid.origin=[1000.0, \"2 km\"]",
                            "grid.rotation=15"});
  EXPECT_DOUBLE_EQ(c.flow.initial_head_by_layer.at("upper aquifer"), 8.5);
  EXPECT_DOUBLE_EQ(c.flow.initial_head_by_layer.at("3"), 7.0);
  EXPECT_EQ(c.flow.layer_type, Flow::LayerType::convertible);
  ASSERT_EQ(c.flow.recharge.size(), 1u);
  EXPECT_DOUBLE_EQ(c.flow.recharge[0].rate.at(0.0), 0.3 / kYear);
  EXPECT_EQ(c.grid.dx, (std::vector<double>{10.0, 10.0, 20.0, 10.0}));
  EXPECT_EQ(c.grid.origin, (Point{1000.0, 2000.0}));
  EXPECT_DOUBLE_EQ(c.grid.rotation_deg, 15.0);
}

// Exit code 2 (bad input), naming the file, rather than 3 (a file that exists but cannot be read).
TEST(CaseReader, MissingCaseFileIsBadInput) {
  const std::string path = kData + "/cases/no_such_case.toml";
  try {
    read_case(path);
    FAIL() << "no InputError";
  } catch (const InputError& e) {
    ASSERT_EQ(e.problems.size(), 1u);
    EXPECT_EQ(e.problems[0].format(), path + ":1:1: case file not found");
  }
}

}  // namespace
}  // namespace gwp::model
