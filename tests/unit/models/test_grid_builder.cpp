// The grid built from a [grid] table: world placement, layer splits, CSV surfaces, inactive
// cells, located problems, and volumes against the integral of the thickness.
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "core/plane_geometry.hpp"
#include "models/csv_surface.hpp"
#include "models/grid_builder.hpp"

namespace m = gwp::model;

namespace {

std::string data(const std::string& name) { return std::string(GWPLUME_TEST_DATA) + "/grid/" + name; }

m::Location at_line(int line, const std::string& key) { return {"case.toml", line, 5, key}; }

m::Surface constant(double value) { return {value, "", {}}; }

m::Surface from_file(const std::string& name, int line) { return {0.0, data(name), at_line(line, "grid.top.file")}; }

m::LayerSpec layer(const std::string& name, m::Surface bottom, int split = 1) {
  return {name, std::move(bottom), split, at_line(20, "grid.layers")};
}

// 4 columns x 3 rows with unequal widths: dx = 10, 20, 30, 40 (west to east), dy = 5, 15, 10
// (north to south); 100 m x 30 m. The CSV files of tests/data/grid belong to this plan.
m::GridSpec plan_4x3() {
  m::GridSpec s;
  s.nx = 4;
  s.ny = 3;
  s.dx = {10.0, 20.0, 30.0, 40.0};
  s.dy = {5.0, 15.0, 10.0};
  s.top = constant(50.0);
  s.layers = {layer("aquifer", constant(0.0))};
  s.where = at_line(3, "grid");
  return s;
}

}  // namespace

TEST(GridBuilder, RotatedCentresInWorldCoordinates) {
  m::GridSpec s = plan_4x3();
  s.origin = {1000.0, 2000.0};
  s.rotation_deg = 30.0;
  m::Diagnostics d;
  const m::BuiltGrid g = m::build_grid(s, d);
  ASSERT_TRUE(d.empty());
  // By hand: world = origin + (xl cos30 - yl sin30, xl sin30 + yl cos30), cos30 = sqrt(3)/2.
  // Rounding of coordinates of 1e3 m is about 1e-13 m; 1e-9 m leaves room for the sums.
  struct Expected { int i, j; double x, y; };
  const Expected cases[] = {
      {0, 0, 1000.0 + 5.0 * std::sqrt(3.0) / 2 - 27.5 / 2, 2000.0 + 5.0 / 2 + 27.5 * std::sqrt(3.0) / 2},  // local (5, 27.5)
      {1, 2, 1000.0 + 45.0 * std::sqrt(3.0) / 2 - 17.5 / 2, 2000.0 + 45.0 / 2 + 17.5 * std::sqrt(3.0) / 2},  // (45, 17.5)
      {2, 3, 1000.0 + 80.0 * std::sqrt(3.0) / 2 - 5.0 / 2, 2000.0 + 80.0 / 2 + 5.0 * std::sqrt(3.0) / 2},  // (80, 5)
  };
  for (const auto& e : cases) {
    const auto w = g.grid.to_world(g.grid.x_centre(e.j), g.grid.y_centre(e.i));
    EXPECT_NEAR(w[0], e.x, 1e-9) << "row " << e.i << " column " << e.j;
    EXPECT_NEAR(w[1], e.y, 1e-9) << "row " << e.i << " column " << e.j;
    const auto column = g.grid.locate(e.x, e.y);
    ASSERT_TRUE(column);
    EXPECT_EQ((*column)[0], e.i);
    EXPECT_EQ((*column)[1], e.j);
  }
  // The far (north-east) corner, local (100, 30), lies on the grid's edge: inside, row 1, column 4.
  const auto corner = g.grid.locate(1000.0 + 100.0 * std::sqrt(3.0) / 2 - 15.0, 2000.0 + 50.0 + 30.0 * std::sqrt(3.0) / 2);
  ASSERT_TRUE(corner);
  EXPECT_EQ((*corner)[0], 0);
  EXPECT_EQ((*corner)[1], 3);
  EXPECT_FALSE(g.grid.locate(1000.0 - 0.01, 2000.0)) << "1 cm west of the origin, 30 degrees off the west edge";
  EXPECT_EQ(g.grid.origin_x, 1000.0);
  EXPECT_EQ(g.grid.rotation_deg, 30.0);
}

TEST(GridBuilder, SplitLayersHaveEqualThickness) {
  m::GridSpec s = plan_4x3();
  s.layers = {layer("clay cap", constant(46.0)), layer("upper aquifer", constant(30.0), 4),
              layer("aquitard", constant(26.0)), layer("", constant(0.0), 3)};
  m::Diagnostics d;
  const m::BuiltGrid g = m::build_grid(s, d);
  ASSERT_TRUE(d.empty());
  ASSERT_EQ(g.grid.nz, 9);
  // (46 - 30) / 4 = 4 m and 26 / 3 m per sublayer; 1e-12 m covers the rounding of 26/3.
  const double expected[] = {46.0, 42.0, 38.0, 34.0, 30.0, 26.0, 26.0 - 26.0 / 3, 26.0 - 52.0 / 3, 0.0};
  for (int k = 0; k < 9; ++k)
    for (int i = 0; i < 3; ++i)
      for (int j = 0; j < 4; ++j) EXPECT_NEAR(g.grid.cell_bottom(g.grid.index(k, i, j)), expected[k], 1e-12) << k;
  EXPECT_EQ(g.layers.grid_layers({0, "upper aquifer", {}}), (std::vector<int>{1, 2, 3, 4}));
  EXPECT_EQ(g.layers.grid_layers({4, "", {}}), (std::vector<int>{6, 7, 8}));
  EXPECT_FALSE(g.layers.grid_layers({5, "", {}}));
  EXPECT_FALSE(g.layers.grid_layers({0, "Upper aquifer", {}}));
  const std::vector<std::string> names = g.layers.grid_layer_names();
  ASSERT_EQ(names.size(), 9u);
  EXPECT_EQ(names[0], "clay cap");
  EXPECT_EQ(names[2], "upper aquifer (2/4)");
  EXPECT_EQ(names[8], "layer 4 (3/3)");
  EXPECT_EQ(g.layers.known_names(), "1 \"clay cap\", 2 \"upper aquifer\", 3 \"aquitard\", 4 (unnamed)");
}

TEST(GridBuilder, SublayerBottoms) {
  EXPECT_EQ(m::sublayer_bottoms(50.0, 30.0, 4), (std::vector<double>{45.0, 40.0, 35.0, 30.0}));  // exact in binary
  EXPECT_EQ(m::sublayer_bottoms(50.0, 30.0, 1), (std::vector<double>{30.0}));
}

TEST(GridBuilder, CsvSurfacesReadNorthToSouth) {
  m::GridSpec s = plan_4x3();
  s.top = from_file("top_plane.csv", 7);
  s.layers = {layer("aquifer", from_file("bottom_plane_spaces.csv", 9))};
  m::Diagnostics d;
  const m::BuiltGrid g = m::build_grid(s, d);
  ASSERT_TRUE(d.empty()) << d.items().front().format();
  // The files hold the planes 100 + 0.1 x + 0.2 y and 90 - 0.05 x + 0.1 y at the column
  // centres (local x, y); the decimal values written there are exact to 1e-12 m.
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 4; ++j) {
      const double x = g.grid.x_centre(j), y = g.grid.y_centre(i);
      EXPECT_NEAR(g.grid.top[std::size_t(i * 4 + j)], 100.0 + 0.1 * x + 0.2 * y, 1e-12) << i << "," << j;
      EXPECT_NEAR(g.grid.cell_bottom(g.grid.index(0, i, j)), 90.0 - 0.05 * x + 0.1 * y, 1e-12) << i << "," << j;
    }
}

TEST(GridBuilder, VolumeEqualsIntegralOfThickness) {
  // Thicknesses linear in x and y: the sum of (thickness at the centre x area) over the cells is
  // the exact integral (the midpoint rule is exact for linear functions), whatever dx, dy and
  // the splits. Layer 1: (100 + 0.1x + 0.2y) - (90 - 0.05x + 0.1y), over [0,100] x [0,30] =
  // 3000 m2 x its value 19 m at the centroid (50, 15). Layer 2: (90 - 0.05x + 0.1y) - 80, 9 m at
  // the centroid. Sums of a few dozen terms of 1e3 m3: 1e-9 relative covers their rounding.
  m::GridSpec s = plan_4x3();
  s.origin = {500.0, -200.0};
  s.rotation_deg = 30.0;
  s.top = from_file("top_plane.csv", 7);
  s.layers = {layer("upper", from_file("bottom_plane_spaces.csv", 9), 3), layer("lower", constant(80.0), 2)};
  m::Diagnostics d;
  const m::BuiltGrid g = m::build_grid(s, d);
  ASSERT_TRUE(d.empty());
  double upper = 0.0, lower = 0.0, plan = 0.0;
  for (std::int64_t n = 0; n < g.grid.cell_count(); ++n) {
    ASSERT_TRUE(g.grid.active[std::size_t(n)]);
    (g.grid.cell(n).k < 3 ? upper : lower) += g.grid.area(n) * g.grid.thickness(n);
    if (g.grid.cell(n).k == 0) plan += g.grid.area(n);
  }
  EXPECT_NEAR(upper, 3000.0 * 19.0, 1e-9 * 57000.0);
  EXPECT_NEAR(lower, 3000.0 * 9.0, 1e-9 * 27000.0);
  // The plan area is that of the rotated rectangle, its corners placed by hand.
  const double c = std::sqrt(3.0) / 2, sn = 0.5;
  const gwp::Polygon outline{{500.0, -200.0},
                           {500.0 + 100.0 * c, -200.0 + 100.0 * sn},
                           {500.0 + 100.0 * c - 30.0 * sn, -200.0 + 100.0 * sn + 30.0 * c},
                           {500.0 - 30.0 * sn, -200.0 + 30.0 * c}};
  EXPECT_NEAR(plan, gwp::polygon_area(outline), 1e-9 * 3000.0);
}

TEST(GridBuilder, ZeroThicknessInactiveAndInvertedReported) {
  // Top from top_plane.csv; layer 1 bottom 104 m: zero thickness at row 2 column 1 (top 104.0),
  // above its top at row 3 columns 1 and 2 (tops 101.5 and 103.0). Layer 3 has no thickness.
  m::GridSpec s = plan_4x3();
  s.top = from_file("top_plane.csv", 7);
  m::Surface cap_bottom = constant(104.0);
  cap_bottom.where = at_line(21, "grid.layers[1].bottom");
  s.layers = {layer("cap", cap_bottom), layer("aquifer", constant(90.0)), layer("lens", constant(90.0))};
  s.layers[2].pinch_out = true;  // absent everywhere, as asked
  m::Diagnostics d;
  const m::BuiltGrid g = m::build_grid(s, d);
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].where.line, 21);
  EXPECT_EQ(d.items()[0].message,
            "layer \"cap\" bottom above its top at row 3, column 1 (bottom 104 m, top 101.5 m) and in 1 more columns");
  const auto& grid = g.grid;
  const auto active = [&](int k, int i, int j) { return grid.active[std::size_t(grid.index(k, i, j))] == 1; };
  EXPECT_FALSE(active(0, 1, 0));
  EXPECT_FALSE(active(0, 2, 0));
  EXPECT_FALSE(active(0, 2, 1));
  EXPECT_TRUE(active(0, 2, 2));
  EXPECT_TRUE(active(0, 0, 0));
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 4; ++j) {
      EXPECT_TRUE(active(1, i, j));
      EXPECT_FALSE(active(2, i, j)) << "a layer of no thickness";
    }
  // Where the cap is inverted, it takes no volume and the aquifer starts at the surface.
  EXPECT_EQ(grid.thickness(grid.index(0, 2, 0)), 0.0);
  EXPECT_EQ(grid.cell_top(grid.index(1, 2, 0)), 101.5);
  EXPECT_EQ(grid.cell_top(grid.index(1, 0, 0)), 104.0);
}

TEST(GridBuilder, ActivePolygonByCellCentre) {
  // Triangle (0,0), (100,0), (0,30): a centre (x, y) is inside when y <= 30 - 0.3 x.
  // Centres: x = 5, 20, 45, 80; y = 27.5, 17.5, 5 (rows 1..3) -> inside: row 1 column 1;
  // row 2 columns 1-2; row 3 all four.
  m::GridSpec s = plan_4x3();
  s.layers = {layer("a", constant(30.0)), layer("b", constant(0.0))};
  s.active = gwp::Polygon{{0.0, 0.0}, {100.0, 0.0}, {0.0, 30.0}};
  m::Diagnostics d;
  const m::BuiltGrid g = m::build_grid(s, d);
  ASSERT_TRUE(d.empty());
  const bool expected[3][4] = {{true, false, false, false}, {true, true, false, false}, {true, true, true, true}};
  for (int k = 0; k < 2; ++k)
    for (int i = 0; i < 3; ++i)
      for (int j = 0; j < 4; ++j)
        EXPECT_EQ(g.grid.active[std::size_t(g.grid.index(k, i, j))] == 1, expected[i][j]) << k << i << j;
}

// A problem inside the file is reported at its line and column, under the key that names the
// file; a file that cannot be read at that key.
TEST(GridBuilder, CsvProblemsAtTheirLineAndColumn) {
  struct Case { const char* file; std::string formatted; };
  const Case cases[] = {
      {"too_few_rows.csv", data("too_few_rows.csv") + ":1:1: grid.top.file: the file has 2 rows of values, expected "
                                                      "ny = 3 (row 1 is the north edge)"},
      {"short_row.csv", data("short_row.csv") + ":2:1: grid.top.file: row 2 has 3 values, expected nx = 4"},
      {"not_a_number.csv", data("not_a_number.csv") + ":2:15: grid.top.file: row 2, value 3: \"n/a\" is not a "
                                                      "number (expected an elevation in m)"},
      {"missing.csv", "case.toml:7:5: grid.top.file: file " + data("missing.csv") + " no such file"},
  };
  for (const Case& c : cases) {
    m::GridSpec s = plan_4x3();
    s.top = from_file(c.file, 7);
    m::Diagnostics d;
    const m::BuiltGrid g = m::build_grid(s, d);
    ASSERT_EQ(d.items().size(), 1u) << c.file;
    EXPECT_EQ(d.items()[0].format(), c.formatted);
    EXPECT_EQ(g.grid.nz, 1) << "the plan is still built, for the checks that need only the plan";
  }
}

TEST(GridBuilder, CsvTooManyRows) {
  m::Diagnostics d;
  const auto values = m::parse_surface_csv("1 2\n3 4\n\n5 6\n", "t.csv", 2, 2, at_line(1, "grid.top.file"), d);
  EXPECT_FALSE(values);
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].format(), "t.csv:4:1: grid.top.file: row 3 is more than ny = 2 rows (row 1 is the north edge)");
}

// Values a double holds but no elevation has, a byte-order mark, CRLF line ends, and a binary
// file whose bytes are shown escaped; at most five problems a file, then how many more.
TEST(GridBuilder, CsvHostileValues) {
  {
    m::Diagnostics d;
    const auto values = m::parse_surface_csv("\xEF\xBB\xBF" "1,2\r\n3,4\r\n", "t.csv", 2, 2, at_line(1, "grid.top"), d);
    ASSERT_TRUE(values) << (d.empty() ? "" : d.items()[0].format());
    EXPECT_EQ(*values, (std::vector<double>{1.0, 2.0, 3.0, 4.0}));
  }
  {
    m::Diagnostics d;
    EXPECT_FALSE(m::parse_surface_csv("1, 1e308\n3, 4\n", "t.csv", 2, 2, at_line(1, "grid.top"), d));
    ASSERT_EQ(d.items().size(), 1u);
    EXPECT_EQ(d.items()[0].format(),
              "t.csv:1:4: grid.top: row 1, value 2: 1e308 is too large (expected a magnitude of at most 1e+15 m)");
  }
  {
    m::Diagnostics d;
    EXPECT_FALSE(m::parse_surface_csv("1,\x01\xE4\xB8\xAD\n3,4\n", "t.csv", 2, 2, at_line(1, "grid.top"), d));
    ASSERT_EQ(d.items().size(), 1u);
    EXPECT_EQ(d.items()[0].message, "row 1, value 2: \"\\x01中\" is not a number (expected an elevation in m)");
  }
  {
    m::Diagnostics d;
    EXPECT_FALSE(m::parse_surface_csv("1,2\n3,\xB5\xD7\n", "t.csv", 2, 2, at_line(1, "grid.top"), d));
    ASSERT_EQ(d.items().size(), 1u);
    EXPECT_EQ(d.items()[0].format(), "t.csv:2:3: grid.top: not UTF-8 text: byte 0xB5 here (a binary file, or text "
                                     "saved as GBK or Latin-1: save it as \"CSV UTF-8\")");
  }
  {
    m::Diagnostics d;
    EXPECT_FALSE(m::parse_surface_csv("1\n2\n3\n4\n5\n6\n7\n", "t.csv", 2, 7, at_line(1, "grid.top"), d));
    ASSERT_EQ(d.items().size(), 6u);
    EXPECT_EQ(d.items()[5].format(), "t.csv:6:1: grid.top: 2 more problems in this file");
  }
}

// A layer whose bottom lies on the surface above everywhere has no cell: reported at its bottom,
// unless it is to pinch out.
TEST(GridBuilder, LayerOfNoThicknessAnywhere) {
  m::GridSpec s = plan_4x3();
  s.layers = {layer("cap", constant(100.0)), layer("aquifer", constant(90.0)), layer("lens", constant(90.0))};
  s.top = constant(100.0);
  m::Diagnostics d;
  m::build_grid(s, d);
  ASSERT_EQ(d.items().size(), 2u);
  EXPECT_EQ(d.items()[0].message,
            "layer \"cap\" has zero thickness in every column (its bottom lies on the surface above it everywhere; "
            "expected it below somewhere, or pinch_out = true to leave the layer out)");
  EXPECT_EQ(d.items()[1].message,
            "layer \"lens\" has zero thickness in every column (its bottom lies on the surface above it everywhere; "
            "expected it below somewhere, or pinch_out = true to leave the layer out)");
  s.layers[0].pinch_out = s.layers[2].pinch_out = true;
  m::Diagnostics quiet;
  m::build_grid(s, quiet);
  EXPECT_TRUE(quiet.empty()) << quiet.items()[0].format();
}

TEST(GridBuilder, PlanProblemsAreReported) {
  m::GridSpec s = plan_4x3();
  s.dx = {10.0, 20.0, 30.0};
  s.dy = {5.0, -15.0, 10.0};
  s.layers = {layer("a", constant(30.0), 0), layer("a", constant(0.0))};
  m::Diagnostics d;
  const m::BuiltGrid g = m::build_grid(s, d);
  EXPECT_EQ(g.grid.cell_count(), 0);
  ASSERT_EQ(d.items().size(), 4u);
  EXPECT_EQ(d.items()[0].message, "dx has 3 widths, expected nx = 4");
  EXPECT_EQ(d.items()[1].message, "dy[2] = -15, expected a width > 0 m");
  EXPECT_EQ(d.items()[2].message, "layer 1 has split = 0, expected 1 or more");
  EXPECT_EQ(d.items()[3].message, "layer name \"a\" is used by two layers");
  EXPECT_EQ(d.items()[3].where.line, 20);
}

TEST(GridBuilder, NoActiveCellIsReported) {
  m::GridSpec s = plan_4x3();
  s.active = gwp::Polygon{{200.0, 200.0}, {300.0, 200.0}, {300.0, 300.0}};
  m::Diagnostics d;
  m::build_grid(s, d);
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].where.key, "grid");
  EXPECT_NE(d.items()[0].message.find("no active cell"), std::string::npos);
}
