// Cell selections of every kind, on a plain and a rotated grid, against cells worked out by
// hand from the grid's geometry; and every problem a selection reports, with its message.
#include <gtest/gtest.h>

#include <cmath>

#include "models/selection.hpp"

namespace m = gwp::model;
using Cells = std::vector<std::int64_t>;

namespace {

// 5 columns x 4 rows of 10 m from the origin (100, 200): x from 100 to 150, y from 200 to 240.
// Layers: "top" 50-40 m, "mid" 40-20 m split in two (40-30, 30-20), "low" 20-0 m; 4 grid layers.
// Column centres: x = 105, 115, ..., 145 (columns 1..5); y = 235, 225, 215, 205 (rows 1..4).
constexpr int kNx = 5, kNy = 4;

m::GridSpec spec(double rotation_deg = 0.0) {
  m::GridSpec s;
  s.origin = {100.0, 200.0};
  s.rotation_deg = rotation_deg;
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

std::int64_t idx(int k, int i, int j) { return (std::int64_t(k) * kNy + i) * kNx + j; }

// World point of local (xl, yl) on the grid rotated 30 degrees about (100, 200), by hand.
gwp::Point rotated30(double xl, double yl) {
  const double c = std::sqrt(3.0) / 2, s = 0.5;
  return {100.0 + c * xl - s * yl, 200.0 + s * xl + c * yl};
}

m::LayerRef named(const std::string& name) { return {0, name, {}}; }
m::LayerRef number(int n) { return {n, "", {}}; }

m::Selection where(m::Selection::Kind kind) {
  m::Selection s;
  s.kind = kind;
  s.where = {"case.toml", 30, 1, "flow.boundary[0]"};
  return s;
}

m::Selection at(gwp::Point p) {
  m::Selection s = where(m::Selection::Kind::at);
  s.at = p;
  return s;
}

// Runs `s`, expecting exactly one problem; returns its message.
std::string only_problem(const m::Selection& s, const m::BuiltGrid& g, Cells* cells = nullptr) {
  m::Diagnostics d;
  const Cells out = m::select_cells(s, g, d);
  if (cells) *cells = out;
  EXPECT_EQ(d.items().size(), 1u);
  return d.items().empty() ? "" : d.items()[0].message;
}

Cells select(const m::Selection& s, const m::BuiltGrid& g) {
  m::Diagnostics d;
  Cells out = m::select_cells(s, g, d);
  EXPECT_TRUE(d.empty()) << d.items().front().format();
  return out;
}

}  // namespace

TEST(Selection, AllNarrowedByLayers) {
  const m::BuiltGrid g = build(spec());
  m::Selection s = where(m::Selection::Kind::all);
  Cells every(80);
  for (std::int64_t n = 0; n < 80; ++n) every[std::size_t(n)] = n;
  EXPECT_EQ(select(s, g), every);
  s.layers = {named("mid")};
  Cells mid;
  for (std::int64_t n = idx(1, 0, 0); n <= idx(2, 3, 4); ++n) mid.push_back(n);
  EXPECT_EQ(select(s, g), mid);
}

TEST(Selection, Sides) {
  const m::BuiltGrid g = build(spec());
  m::Selection s = where(m::Selection::Kind::side);
  s.side = "west";
  s.layers = {number(1)};
  EXPECT_EQ(select(s, g), (Cells{idx(0, 0, 0), idx(0, 1, 0), idx(0, 2, 0), idx(0, 3, 0)}));
  s.side = "east";
  s.layers = {named("low")};
  EXPECT_EQ(select(s, g), (Cells{idx(3, 0, 4), idx(3, 1, 4), idx(3, 2, 4), idx(3, 3, 4)}));
  s.side = "north";
  s.layers = {named("mid")};
  Cells north, south;
  for (int k : {1, 2})
    for (int j = 0; j < kNx; ++j) north.push_back(idx(k, 0, j));
  EXPECT_EQ(select(s, g), north);
  s.side = "south";
  s.layers.clear();
  for (int k = 0; k < 4; ++k)
    for (int j = 0; j < kNx; ++j) south.push_back(idx(k, 3, j));
  EXPECT_EQ(select(s, g), south);
}

TEST(Selection, PolygonOnRotatedGrid) {
  const m::BuiltGrid g = build(spec(30.0));
  // The local rectangle [10.5, 29.5] x [10.5, 19.5] holds the centres local (15, 15) and
  // (25, 15): row 3 (15 m from the south edge), columns 2 and 3.
  m::Selection s = where(m::Selection::Kind::polygon);
  s.polygon = {rotated30(10.5, 10.5), rotated30(29.5, 10.5), rotated30(29.5, 19.5), rotated30(10.5, 19.5)};
  s.layers = {named("mid")};
  EXPECT_EQ(select(s, g), (Cells{idx(1, 2, 1), idx(1, 2, 2), idx(2, 2, 1), idx(2, 2, 2)}));
  // Edges through centres: [15, 25] x [5, 15] has the centres of rows 3-4, columns 2-3 on its
  // boundary, and boundary points count as inside despite the rounding of the rotation.
  s.polygon = {rotated30(15, 5), rotated30(25, 5), rotated30(25, 15), rotated30(15, 15)};
  s.layers = {number(1)};
  EXPECT_EQ(select(s, g), (Cells{idx(0, 2, 1), idx(0, 2, 2), idx(0, 3, 1), idx(0, 3, 2)}));
}

TEST(Selection, BoxInWorldAxesAndElevation) {
  const m::BuiltGrid g = build(spec());
  // x [115, 135] holds centres 115, 125, 135 (columns 2-4, edges inclusive); y [215, 225] rows
  // 2-3; centre elevations 45, 35, 25, 10 -> z [25, 45] keeps grid layers 1-3.
  m::Selection s = where(m::Selection::Kind::box);
  s.box_x = {115.0, 135.0};
  s.box_y = {215.0, 225.0};
  s.box_z = std::array<double, 2>{25.0, 45.0};
  Cells expected;
  for (int k = 0; k < 3; ++k)
    for (int i = 1; i <= 2; ++i)
      for (int j = 1; j <= 3; ++j) expected.push_back(idx(k, i, j));
  EXPECT_EQ(select(s, g), expected);
  // On the rotated grid the box stays aligned with x and y: around the centre of row 2,
  // column 4 (local (35, 25)) it holds that column alone; neighbours are 7 m or more away.
  const m::BuiltGrid r = build(spec(30.0));
  const gwp::Point c = rotated30(35.0, 25.0);
  s.box_x = {c[0] - 0.75, c[0] + 0.75};
  s.box_y = {c[1] - 0.5, c[1] + 0.5};
  s.box_z.reset();
  EXPECT_EQ(select(s, r), (Cells{idx(0, 1, 3), idx(1, 1, 3), idx(2, 1, 3), idx(3, 1, 3)}));
}

TEST(Selection, AtPointByElevationScreenOrLayers) {
  const m::BuiltGrid g = build(spec());
  // (127, 212): column 3 (120-130), 28 m south of the north edge: row 3.
  m::Selection s = at({127.0, 212.0});
  s.z = 33.0;
  EXPECT_EQ(select(s, g), (Cells{idx(1, 2, 2)}));
  s.z = 40.0;
  EXPECT_EQ(select(s, g), (Cells{idx(0, 2, 2)})) << "on a boundary between cells: the upper one";
  s.z.reset();
  s.screen = std::array<double, 2>{35.0, 15.0};
  EXPECT_EQ(select(s, g), (Cells{idx(1, 2, 2), idx(2, 2, 2), idx(3, 2, 2)}));
  s.screen = std::array<double, 2>{40.0, 30.0};
  EXPECT_EQ(select(s, g), (Cells{idx(1, 2, 2)})) << "touching a cell is not screening it";
  s.screen.reset();
  s.layers = {named("low")};
  EXPECT_EQ(select(s, g), (Cells{idx(3, 2, 2)}));
  s.layers.clear();
  EXPECT_EQ(select(s, g), (Cells{idx(0, 2, 2), idx(1, 2, 2), idx(2, 2, 2), idx(3, 2, 2)}));
  // Rotated: local (25, 12) is again row 3, column 3.
  const m::BuiltGrid r = build(spec(30.0));
  s = at(rotated30(25.0, 12.0));
  s.z = 33.0;
  EXPECT_EQ(select(s, r), (Cells{idx(1, 2, 2)}));
}

TEST(Selection, CellTriplesAreOneBased) {
  const m::BuiltGrid g = build(spec());
  m::Selection s = where(m::Selection::Kind::cells);
  s.cells = {{4, 4, 5}, {1, 1, 1}, {1, 1, 1}, {2, 3, 4}};
  EXPECT_EQ(select(s, g), (Cells{0, idx(1, 2, 3), 79}));
}

TEST(Selection, InactiveCellsAreNeverSelected) {
  m::GridSpec sp = spec();
  sp.active = gwp::Polygon{{110.0, 200.0}, {150.0, 200.0}, {150.0, 240.0}, {110.0, 240.0}};  // drops column 1
  const m::BuiltGrid g = build(sp);
  m::Selection s = where(m::Selection::Kind::all);
  EXPECT_EQ(select(s, g).size(), 64u);
  s = where(m::Selection::Kind::side);
  s.side = "west";
  EXPECT_EQ(only_problem(s, g), "side \"west\" selects no active cell");
  s = where(m::Selection::Kind::cells);
  s.cells = {{1, 1, 1}, {1, 1, 2}};
  EXPECT_EQ(select(s, g), (Cells{idx(0, 0, 1)}));
}

TEST(Selection, PointsOutsideTheGrid) {
  const m::BuiltGrid g = build(spec());
  Cells cells;
  EXPECT_EQ(only_problem(at({99.0, 212.0}), g, &cells),
            "point (99, 212) is outside the grid (x from 100 to 150, y from 200 to 240)");
  EXPECT_TRUE(cells.empty());
  m::Selection s = where(m::Selection::Kind::polygon);
  s.polygon = {{101.0, 201.0}, {160.0, 201.0}, {101.0, 239.0}};
  EXPECT_EQ(only_problem(s, g, &cells),
            "polygon vertex 2 (160, 201) is outside the grid (x from 100 to 150, y from 200 to 240)");
  EXPECT_FALSE(cells.empty()) << "what the polygon covers is still selected";
  // Just outside the west edge of the rotated grid, which the unrotated extent would contain.
  const m::BuiltGrid r = build(spec(30.0));
  // By hand: (100 - 0.01 cos30 - 20 sin30, 200 - 0.01 sin30 + 20 cos30).
  const std::string outside = "point (89.99133975, 217.3155081) is outside the grid (rotated 30 degrees, corners";
  EXPECT_EQ(only_problem(at(rotated30(-0.01, 20.0)), r).substr(0, outside.size()), outside);
  EXPECT_TRUE(select(at(rotated30(50.0, 40.0)), r).size() == 4) << "the far corner, on the edge, is inside";
}

TEST(Selection, RotatedExtentNamesTheCorners) {
  const m::BuiltGrid r = build(spec(30.0));
  // Corners local (0,0), (50,0), (50,40), (0,40), rotated by hand to ten digits.
  EXPECT_EQ(m::grid_extent_text(r.grid),
            "rotated 30 degrees, corners (100, 200) (143.3012702, 225) (123.3012702, 259.6410162) (80, 234.6410162)");
}

TEST(Selection, UnknownLayersListTheKnownOnes) {
  const m::BuiltGrid g = build(spec());
  m::Selection s = where(m::Selection::Kind::side);
  s.side = "west";
  s.layers = {{0, "middle", {"case.toml", 40, 12, "flow.boundary[0].layers[1]"}}, {4, "", {}}};
  m::Diagnostics d;
  EXPECT_TRUE(m::select_cells(s, g, d).empty());
  ASSERT_EQ(d.items().size(), 2u) << "no 'selects no active cell' on top of the real problem";
  EXPECT_EQ(d.items()[0].format(), "case.toml:40:12: flow.boundary[0].layers[1]: layer \"middle\" does not exist "
                                   "(the layers are 1 \"top\", 2 \"mid\", 3 \"low\")");
  EXPECT_EQ(d.items()[1].format(), "case.toml:30:1: flow.boundary[0]: layer 4 does not exist "
                                   "(the layers are 1 \"top\", 2 \"mid\", 3 \"low\")");
}

TEST(Selection, VerticalProblemsAtAPoint) {
  const m::BuiltGrid g = build(spec());
  m::Selection s = at({127.0, 212.0});
  s.screen = std::array<double, 2>{60.0, 55.0};
  EXPECT_EQ(only_problem(s, g), "screen (60, 55) m is entirely above the top of the grid (50 m) at (127, 212)");
  s.screen = std::array<double, 2>{-5.0, -10.0};
  EXPECT_EQ(only_problem(s, g), "screen (-5, -10) m is entirely below the bottom of the grid (0 m) at (127, 212)");
  s.screen.reset();
  s.z = 51.0;
  EXPECT_EQ(only_problem(s, g), "z = 51 m is above the top of the grid (50 m) at (127, 212)");
  s.z = -0.5;
  EXPECT_EQ(only_problem(s, g), "z = -0.5 m is below the bottom of the grid (0 m) at (127, 212)");
}

TEST(Selection, OtherProblems) {
  const m::BuiltGrid g = build(spec());
  m::Selection s = where(m::Selection::Kind::cells);
  s.cells = {{1, 1, 1}, {5, 1, 1}, {1, 0, 1}};
  Cells cells;
  m::Diagnostics d;
  cells = m::select_cells(s, g, d);
  ASSERT_EQ(d.items().size(), 2u);
  EXPECT_EQ(d.items()[0].message, "cells[2] = [5, 1, 1] is out of range (layers 1 to 4, rows 1 to 4, columns 1 to 5)");
  EXPECT_EQ(d.items()[1].message, "cells[3] = [1, 0, 1] is out of range (layers 1 to 4, rows 1 to 4, columns 1 to 5)");
  EXPECT_EQ(cells, (Cells{0}));
  s = where(m::Selection::Kind::box);
  s.box_x = {0.0, 10.0};
  s.box_y = {0.0, 10.0};
  EXPECT_EQ(only_problem(s, g), "the box selects no active cell");
  EXPECT_EQ(d.items()[0].where.key, "flow.boundary[0]");
  s = where(m::Selection::Kind::side);
  s.side = "up";
  EXPECT_EQ(only_problem(s, g), "side = \"up\", expected north, south, east or west");
  s = where(m::Selection::Kind::polygon);
  s.polygon = {{101.0, 201.0}, {149.0, 239.0}};
  EXPECT_EQ(only_problem(s, g), "the polygon has 2 vertices, expected 3 or more");
}

TEST(Selection, CellAtAndColumnOfAPoint) {
  const m::BuiltGrid g = build(spec());
  EXPECT_EQ(m::cell_at(g, {127.0, 212.0}, 33.0), idx(1, 2, 2));
  EXPECT_EQ(m::cell_at(g, {127.0, 212.0}, 60.0), std::nullopt);
  EXPECT_EQ(m::cell_at(g, {170.0, 212.0}, 33.0), std::nullopt);
  m::Diagnostics d;
  const m::Location loc{"case.toml", 50, 6, "monitoring[0].at"};
  EXPECT_EQ(m::locate_column(g, {149.0, 201.0}, loc, d), (std::array<int, 2>{3, 4}));
  EXPECT_TRUE(d.empty());
  EXPECT_FALSE(m::locate_column(g, {149.0, 241.0}, loc, d));
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].format(), "case.toml:50:6: monitoring[0].at: point (149, 241) is outside the grid "
                                   "(x from 100 to 150, y from 200 to 240)");
}
