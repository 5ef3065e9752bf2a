// Per-cell properties: documented defaults < case layer values < zones, a later zone winning,
// and the problems [properties] can have.
#include <gtest/gtest.h>

#include <algorithm>

#include "models/property_fields.hpp"
#include "models/selection.hpp"

namespace m = gwp::model;

namespace {

// The grid of test_selection.cpp: 5 x 4 columns of 10 m from (100, 200); layers "top" 50-40 m,
// "mid" 40-20 m split in two, "low" 20-0 m (grid layers 0, 1-2, 3).
constexpr int kNx = 5, kNy = 4;

m::GridSpec spec() {
  m::GridSpec s;
  s.origin = {100.0, 200.0};
  s.nx = kNx;
  s.ny = kNy;
  s.dx.assign(kNx, 10.0);
  s.dy.assign(kNy, 10.0);
  s.top = {50.0, "", {}};
  s.layers = {{"top", {40.0, "", {}}, 1, {}}, {"mid", {20.0, "", {}}, 2, {}}, {"low", {0.0, "", {}}, 1, {}}};
  return s;
}

m::BuiltGrid build(const m::GridSpec& s) {
  m::Diagnostics d;
  m::BuiltGrid g = m::build_grid(s, d);
  EXPECT_TRUE(d.empty());
  return g;
}

std::size_t idx(int k, int i, int j) { return std::size_t((k * kNy + i) * kNx + j); }

m::PropertyValues k_values(std::optional<double> kh, std::optional<double> kv) {
  m::PropertyValues v;
  v.kh = kh;
  v.kv = kv;
  return v;
}

// Zone "wall": the box over columns 2-3 (centres 115, 125), every row, in layer "mid".
m::Zone wall() {
  m::Zone z;
  z.name = "wall";
  z.where.kind = m::Selection::Kind::box;
  z.where.box_x = {112.0, 128.0};
  z.where.box_y = {200.0, 240.0};
  z.where.layers = {{0, "mid", {}}};
  z.values = k_values(1e-3, 1e-3);
  z.location = {"case.toml", 40, 1, "properties.zone[0]"};
  return z;
}

// Zone "window": the one cell [grid layer 2, row 1, column 3], inside the wall.
m::Zone window() {
  m::Zone z;
  z.name = "window";
  z.where.kind = m::Selection::Kind::cells;
  z.where.cells = {{2, 1, 3}};
  z.values = k_values(100.0, std::nullopt);
  z.location = {"case.toml", 48, 1, "properties.zone[1]"};
  return z;
}

m::Properties layered() {
  m::Properties p;
  p.defaults = k_values(10.0, 1.0);
  p.defaults.porosity = 0.3;
  m::PropertyValues mid = k_values(5.0, std::nullopt);
  mid.porosity = 0.35;
  p.layer.push_back({{0, "mid", {}}, mid});
  p.layer.push_back({{3, "", {}}, k_values(std::nullopt, 0.5)});
  return p;
}

}  // namespace

TEST(PropertyFields, DefaultsWhereTheCaseIsSilent) {
  const m::BuiltGrid g = build(spec());
  m::Properties p;
  p.defaults = k_values(10.0, 1.0);
  m::Diagnostics d;
  const m::CellFields f = m::resolve_properties(p, g, d);
  ASSERT_TRUE(d.empty());
  ASSERT_EQ(f.kh.size(), 80u);
  for (std::size_t n = 0; n < 80; ++n) {
    // The documented defaults (property_fields.hpp), copied unchanged into every cell.
    EXPECT_EQ(f.kh[n], 10.0);
    EXPECT_EQ(f.kv[n], 1.0);
    EXPECT_EQ(f.porosity[n], 0.25);
    EXPECT_EQ(f.specific_storage[n], 1e-5);
    EXPECT_EQ(f.specific_yield[n], 0.2);
    EXPECT_EQ(f.bulk_density[n], 1.7);
  }
}

TEST(PropertyFields, LayerOverridesDefaultAndLaterZoneWins) {
  const m::BuiltGrid g = build(spec());
  m::Properties p = layered();
  p.zones = {wall(), window()};
  m::Diagnostics d;
  const m::CellFields f = m::resolve_properties(p, g, d);
  ASSERT_TRUE(d.empty()) << d.items().front().format();
  // Defaults only: layer "top" outside every zone, and inside the wall's columns (the wall is
  // in "mid" only).
  for (std::size_t n : {idx(0, 0, 0), idx(0, 1, 1)}) {
    EXPECT_EQ(f.kh[n], 10.0);
    EXPECT_EQ(f.kv[n], 1.0);
    EXPECT_EQ(f.porosity[n], 0.3);
  }
  // Layer "mid" (both sublayers), outside the zones: kh and porosity of the layer, kv default.
  for (std::size_t n : {idx(1, 0, 0), idx(2, 3, 4)}) {
    EXPECT_EQ(f.kh[n], 5.0);
    EXPECT_EQ(f.kv[n], 1.0);
    EXPECT_EQ(f.porosity[n], 0.35);
  }
  // Layer 3 by number: kv only.
  EXPECT_EQ(f.kh[idx(3, 0, 0)], 10.0);
  EXPECT_EQ(f.kv[idx(3, 0, 0)], 0.5);
  // The wall, in both sublayers of "mid"; porosity stays the layer's.
  for (std::size_t n : {idx(1, 2, 1), idx(2, 0, 2), idx(2, 3, 1)}) {
    EXPECT_EQ(f.kh[n], 1e-3);
    EXPECT_EQ(f.kv[n], 1e-3);
    EXPECT_EQ(f.porosity[n], 0.35);
  }
  EXPECT_EQ(f.kh[idx(1, 0, 3)], 5.0) << "column 4 is outside the wall";
  // The window, later than the wall, wins for kh; the wall's kv stays.
  EXPECT_EQ(f.kh[idx(1, 0, 2)], 100.0);
  EXPECT_EQ(f.kv[idx(1, 0, 2)], 1e-3);

  p.zones = {window(), wall()};
  m::Diagnostics d2;
  EXPECT_EQ(m::resolve_properties(p, g, d2).kh[idx(1, 0, 2)], 1e-3) << "now the wall comes later";
}

TEST(PropertyFields, ZoneCellsInOrder) {
  const m::BuiltGrid g = build(spec());
  m::Properties p;
  p.zones = {wall(), window()};
  m::Diagnostics d;
  const auto cells = m::zone_cells(p, g, d);
  ASSERT_TRUE(d.empty());
  ASSERT_EQ(cells.size(), 2u);
  std::vector<std::int64_t> wall_cells;
  for (int k : {1, 2})
    for (int i = 0; i < kNy; ++i)
      for (int j : {1, 2}) wall_cells.push_back(std::int64_t(idx(k, i, j)));
  std::sort(wall_cells.begin(), wall_cells.end());
  EXPECT_EQ(cells[0], wall_cells);
  EXPECT_EQ(cells[1], (std::vector<std::int64_t>{std::int64_t(idx(1, 0, 2))}));
}

TEST(PropertyFields, MissingConductivityNamesTheLayers) {
  const m::BuiltGrid g = build(spec());
  m::Properties p;
  p.defaults.kv = 1.0;
  p.layer.push_back({{0, "mid", {}}, k_values(5.0, std::nullopt)});
  m::Diagnostics d;
  const m::Location where{"case.toml", 12, 1, "properties"};
  m::resolve_properties(p, g, d, where);
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].format(), "case.toml:12:1: properties: kh has no value in layer \"top\", layer \"low\" "
                                   "(give properties.kh, or kh for each layer)");
}

TEST(PropertyFields, InactiveCellsNeedNoConductivity) {
  m::GridSpec s = spec();
  s.active = gwp::Polygon{{110.0, 200.0}, {150.0, 200.0}, {150.0, 240.0}, {110.0, 240.0}};  // drops column 1
  const m::BuiltGrid g = build(s);
  m::Properties p;
  m::Zone everywhere;
  everywhere.where.kind = m::Selection::Kind::all;
  everywhere.values = k_values(7.0, 0.7);
  p.zones = {everywhere};
  m::Diagnostics d;
  const m::CellFields f = m::resolve_properties(p, g, d);
  ASSERT_TRUE(d.empty()) << d.items().front().format();
  EXPECT_EQ(f.kh[idx(0, 0, 0)], 0.0) << "inactive, reached by no value";
  EXPECT_EQ(f.kh[idx(0, 0, 1)], 7.0);
}

TEST(PropertyFields, UnknownLayerAndEmptyZoneAreLocated) {
  const m::BuiltGrid g = build(spec());
  m::Properties p = layered();
  p.layer.push_back({{0, "sand", {"case.toml", 22, 7, "properties.layer.sand"}}, k_values(1.0, 1.0)});
  m::Zone outside = wall();
  outside.where.box_x = {0.0, 50.0};
  p.zones = {outside};
  m::Diagnostics d;
  m::resolve_properties(p, g, d);
  ASSERT_EQ(d.items().size(), 2u);
  EXPECT_EQ(d.items()[0].format(), "case.toml:22:7: properties.layer.sand: layer \"sand\" does not exist "
                                   "(the layers are 1 \"top\", 2 \"mid\", 3 \"low\")");
  EXPECT_EQ(d.items()[1].format(), "case.toml:40:1: properties.zone[0]: the box selects no active cell");
}
