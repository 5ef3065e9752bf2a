// Polygons and lines read from GIS files (tests/data/gis, made with ogr2ogr from the GeoJSON and
// CSV text there; tests/data/gis/README.md). Truth: the coordinates written in that text. Files
// in the grid's CRS must give them exactly; the WGS 84 copy, reprojected back into EPSG:4547,
// to 1e-4 m (its 12 decimals of a degree are ~1e-7 m). Every problem is one located diagnostic.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "case_problems.hpp"
#include "models/case_reader.hpp"

namespace gwp::model {
namespace {

const std::string kGis = std::string(GWPLUME_TEST_DATA) + "/gis/";
const std::string kCase = kGis + "gis_site.toml";

const Polygon kNorth{{400068.3, 2550104.7}, {400138.8, 2550130.3}, {400121.7, 2550177.3}, {400051.2, 2550151.7}};
const Polygon kSouth{{400010.0, 2550020.0}, {400060.0, 2550020.0}, {400060.0, 2550060.0}, {400010.0, 2550060.0}};
const Polygon kOutline{{399910.0, 2549910.0}, {400290.0, 2549910.0}, {400290.0, 2550290.0}, {399960.0, 2550290.0},
                       {399910.0, 2550240.0}};

// The same ring, in either direction from the same first vertex (a Shapefile stores outer rings
// clockwise, so ogr2ogr reversed the counter-clockwise ring written in GeoJSON).
bool same_ring(const Polygon& got, const Polygon& want) {
  if (got == want) return true;
  Polygon reversed{want.front()};
  reversed.insert(reversed.end(), want.rbegin(), want.rend() - 1);
  return got == reversed;
}

std::vector<std::string> problems(const std::vector<std::string>& overrides) {
  return test::case_problems(kCase, overrides);
}

TEST(ShapeFile, PolygonsAndLinesFromGeoPackageShapefileGeoJsonAndCsv) {
  const Case c = read_case(kCase);
  ASSERT_EQ(c.landfills.size(), 2u);
  EXPECT_EQ(c.landfills[0].polygon, kNorth);  // GeoPackage layer, feature by name
  EXPECT_TRUE(same_ring(c.landfills[1].polygon, kSouth));  // one-feature Shapefile
  ASSERT_EQ(c.barriers.size(), 1u);           // GeoJSON line by FID 0
  EXPECT_EQ(c.barriers[0].line, (Polyline{{400040.0, 2550090.0}, {400100.0, 2550080.0}, {400160.0, 2550110.0}}));
  ASSERT_EQ(c.flow.recharge.size(), 1u);      // CSV of x, y rows
  ASSERT_TRUE(c.flow.recharge[0].polygon);
  EXPECT_EQ(*c.flow.recharge[0].polygon,
            (Polygon{{400020.5, 2550030.25}, {400080.0, 2550030.25}, {400080.0, 2550090.0}, {400020.5, 2550090.0}}));
  ASSERT_TRUE(c.grid.active);                 // WGS 84 longitude/latitude, reprojected
  ASSERT_EQ(c.grid.active->size(), kOutline.size());
  for (std::size_t k = 0; k < kOutline.size(); ++k) {
    EXPECT_NEAR((*c.grid.active)[k][0], kOutline[k][0], 1e-4) << k;
    EXPECT_NEAR((*c.grid.active)[k][1], kOutline[k][1], 1e-4) << k;
  }
}

TEST(ShapeFile, SelectionPolygonFromAFileByFid) {
  const Case c = read_case(kCase, {"landfills[1].polygon={ file = \"" + kGis + "site.gpkg\", layer = \"landfills\", feature = 2 }"});
  // GeoPackage FIDs start at 1: FID 2 is the second feature, "South landfill".
  EXPECT_EQ(c.landfills[1].polygon, kSouth);
}

struct BadShape {
  const char* value;     // the TOML value of landfills[1].polygon, {GIS} standing for the folder
  const char* expected;  // the diagnostic after "--set:1:..: landfills[1].polygon..."
};

class ShapeFileProblem : public ::testing::TestWithParam<BadShape> {};

TEST_P(ShapeFileProblem, IsOneLocatedDiagnostic) {
  std::string value = GetParam().value;
  for (std::size_t at; (at = value.find("{GIS}")) != std::string::npos;) value.replace(at, 5, kGis);
  const auto found = problems({"landfills[1].polygon=" + value});
  ASSERT_EQ(found.size(), 1u) << (found.empty() ? std::string("no problem reported") : found.front());
  std::string expected = GetParam().expected;
  for (std::size_t at; (at = expected.find("{GIS}")) != std::string::npos;) expected.replace(at, 5, kGis);
  EXPECT_EQ(found[0], expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ShapeFileProblem,
    ::testing::Values(
        BadShape{"{ file = \"{GIS}none.shp\" }",
                 "--set:1:1: landfills[1].polygon.file: file not found (looked for \"{GIS}none.shp\")"},
        BadShape{"{ file = \"{GIS}site.gpkg\" }",
                 "--set:1:1: landfills[1].polygon: file 'site.gpkg' holds 2 layers ('landfills', 'walls'): choose "
                 "one with layer = \"...\""},
        BadShape{"{ file = \"{GIS}site.gpkg\", layer = \"pits\" }",
                 "--set:1:1: landfills[1].polygon.layer: no layer 'pits' in file 'site.gpkg' (expected one of: "
                 "'landfills', 'walls')"},
        BadShape{"{ file = \"{GIS}site.gpkg\", layer = \"landfills\" }",
                 "--set:1:1: landfills[1].polygon: layer 'landfills' of 'site.gpkg' holds 4 features: choose one "
                 "with feature = \"<name>\" (the value of its 'name' field) or feature = <FID>"},
        BadShape{"{ file = \"{GIS}site.gpkg\", layer = \"landfills\", feature = \"Nord landfill\" }",
                 "--set:1:1: landfills[1].polygon.feature: no feature named 'Nord landfill' in layer 'landfills' of "
                 "'site.gpkg' (expected one of: 'North landfill', 'South landfill', 'Two pits', 'Ring pit')"},
        BadShape{"{ file = \"{GIS}site.gpkg\", layer = \"landfills\", feature = \"Two pits\" }",
                 "--set:1:1: landfills[1].polygon.feature: feature 3 of layer 'landfills' of 'site.gpkg' is a "
                 "MULTIPOLYGON of 2 parts; a case polygon is one part: split it into features (or dissolve it) in "
                 "the GIS"},
        BadShape{"{ file = \"{GIS}site.gpkg\", layer = \"landfills\", feature = \"Ring pit\" }",
                 "--set:1:1: landfills[1].polygon.feature: feature 4 of layer 'landfills' of 'site.gpkg' has 1 "
                 "holes; a case polygon is one outline without holes"},
        BadShape{"{ file = \"{GIS}site.gpkg\", layer = \"walls\", feature = 1 }",
                 "--set:1:1: landfills[1].polygon.feature: feature 1 of layer 'walls' of 'site.gpkg' is a "
                 "LINESTRING, expected a polygon (POLYGON)"},
        BadShape{"{ file = \"{GIS}site.gpkg\", layer = \"walls\", feature = 9 }",
                 "--set:1:1: landfills[1].polygon.feature: no feature with FID 9 in layer 'walls' of 'site.gpkg'"},
        BadShape{"{ file = \"{GIS}outline.csv\", feature = \"a\" }",
                 "--set:1:1: landfills[1].polygon.feature: does not apply to layer 'outline' of 'outline.csv', a "
                 "layer of points: its points, in order, are the vertices"},
        BadShape{"{ file = \"{GIS}gis_site.toml\" }",
                 "--set:1:1: landfills[1].polygon.file: GDAL cannot read '{GIS}gis_site.toml' as a vector file "
                 "(Shapefile, GeoPackage, GeoJSON, CSV ...)"},
        BadShape{"{ file = \"{GIS}south.shp\", layr = \"x\" }",
                 "--set:1:1: landfills[1].polygon.layr: unknown key 'layr' (did you mean 'layer'?)"}));

TEST(ShapeFile, AFileWithACrsNeedsTheCaseCrs) {
  const auto found = problems({"grid.crs=\"\""});
  ASSERT_FALSE(found.empty());
  EXPECT_NE(found[0].find("grid.active: layer 'site_outline' of 'site_outline_wgs84.geojson' is in EPSG:4326 (WGS 84) "
                          "but the case has no grid.crs"),
            std::string::npos)
      << found[0];
}

TEST(ShapeFile, TooFewPointsInACsv) {
  const std::string csv = testing::TempDir() + "two_points.csv";
  FILE* out = std::fopen(csv.c_str(), "w");
  std::fputs("x,y\n400000,2550000\n400010,2550000\n", out);
  std::fclose(out);
  const auto found = problems({"landfills[1].polygon={ file = \"" + csv + "\" }"});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0], "--set:1:1: landfills[1].polygon: too few points in layer 'two_points' of 'two_points.csv' "
                      "(found 2, expected at least 3)");
}

}  // namespace
}  // namespace gwp::model
