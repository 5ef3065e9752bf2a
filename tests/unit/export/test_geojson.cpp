// Exceedance outlines read back with GDAL/OGR. Truth: the plan area of the columns whose
// hand-computed depth maximum is strictly above each class limit (dx * dy summed), and the
// world corners of the fixture grid (each outline vertex must be one). The area is compared to
// 1e-9 relative: the shoelace sum of world coordinates of order 1e3 over areas of order 1e2 m2
// loses about 1e-12 relative.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <iterator>
#include <map>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "export_fixture.hpp"
#include "postprocess/export/gis_export.hpp"

namespace gwp::exporting {
namespace {

TEST(ExportGeojson, ClassOutlinesCoverExactlyTheColumnsAboveEachLimit) {
  const test::TempDir dir("gwp-export-json");
  const Grid grid = test::small_grid();  // rotated 15 degrees, widths vary
  test::write_fixture_result(dir.file("result.h5"), grid);
  const results::ResultReader reader(dir.file("result.h5"));
  export_gis(reader, read_export_source(reader), dir.file("gis"));

  const auto sp = test::species_cases()[0];  // chloride: class III 250, class IV 350 mg/L
  const double t = 500.0;
  std::map<std::string, double> want_area;
  for (const auto& [cls, limit] : {std::pair<std::string, double>{"III", sp.class_iii}, {"IV", sp.class_iv}}) {
    double area = 0.0;
    for (int i = 0; i < grid.ny; ++i)
      for (int j = 0; j < grid.nx; ++j)
        if (test::column_maximum(grid, sp, i, j, t) > limit) area += grid.dx[std::size_t(j)] * grid.dy[std::size_t(i)];
    want_area[cls] = area;
  }
  ASSERT_GT(want_area["IV"], 0.0);
  ASSERT_GT(want_area["III"], want_area["IV"]);  // both classes are exercised, and differ

  GDALAllRegister();
  GDALDatasetUniquePtr ds(GDALDataset::Open(dir.file("gis/chloride_exceedance_500d.geojson").c_str(), GDAL_OF_VECTOR));
  ASSERT_TRUE(ds);
  OGRLayer* layer = ds->GetLayer(0);
  // The grid's CRS, declared in the file, and coordinates left in it (not reprojected to WGS 84).
  const OGRSpatialReference* srs = layer->GetSpatialRef();
  ASSERT_NE(srs, nullptr);
  ASSERT_NE(srs->GetAuthorityCode(nullptr), nullptr);
  EXPECT_STREQ(srs->GetAuthorityCode(nullptr), "4546");
  std::map<std::string, double> got_area;
  for (auto& f : *layer) {
    EXPECT_STREQ(f->GetFieldAsString("species"), "chloride");
    EXPECT_EQ(f->GetFieldAsDouble("time_d"), t);
    const std::string cls = f->GetFieldAsString("class");
    EXPECT_EQ(f->GetFieldAsDouble("limit_mg_l"), cls == "III" ? sp.class_iii : sp.class_iv);
    const OGRPolygon* poly = f->GetGeometryRef()->toPolygon();
    got_area[cls] += poly->get_Area();
    // Every vertex is a grid-line crossing in world coordinates (1e-6 m: GeoJSON text keeps 15 digits).
    const OGRLinearRing* ring = poly->getExteriorRing();
    for (int p = 0; p < ring->getNumPoints(); ++p) {
      double best = 1e300;
      for (int i = 0; i <= grid.ny; ++i)
        for (int j = 0; j <= grid.nx; ++j) {
          const auto c = test::world_corner(grid, i, j);
          best = std::min(best, std::hypot(c[0] - ring->getX(p), c[1] - ring->getY(p)));
        }
      EXPECT_LT(best, 1e-6) << cls << " vertex " << p;
    }
  }
  for (const char* cls : {"III", "IV"}) EXPECT_NEAR(got_area[cls], want_area[cls], 1e-9 * want_area[cls]) << cls;
}

// Without a CRS: a warning that the coordinates are the model's, no CRS in the GeoTIFF, no "crs"
// member in the GeoJSON (GDAL then assumes WGS 84 on reading, which the warning names), and the
// coordinates still the grid's world corners. With a start date: files named by date, and the
// date in the GeoJSON properties and the GeoTIFF metadata (100 d after 2023-01-01 is 2023-04-11).
TEST(ExportGeojson, WithoutCrsAWarningAndModelCoordinatesWithAStartDateDates) {
  const test::TempDir dir("gwp-export-json-local");
  const Grid grid = test::small_grid();
  test::write_fixture_result(dir.file("result.h5"), grid, true, "", "2023-01-01");
  const results::ResultReader reader(dir.file("result.h5"));
  const ExportReport report = export_gis(reader, read_export_source(reader), dir.file("gis"));
  ASSERT_FALSE(report.warnings.empty());
  EXPECT_NE(report.warnings.front().find("no CRS"), std::string::npos) << report.warnings.front();
  EXPECT_NE(report.warnings.front().find("local"), std::string::npos) << report.warnings.front();
  EXPECT_NE(report.warnings.front().find("WGS 84"), std::string::npos) << report.warnings.front();

  GDALAllRegister();
  GDALDatasetUniquePtr tif(GDALDataset::Open(dir.file("gis/chloride_max_2023-04-11.tif").c_str(), GDAL_OF_RASTER));
  ASSERT_TRUE(tif);
  EXPECT_EQ(tif->GetSpatialRef(), nullptr);
  ASSERT_NE(tif->GetMetadataItem("date"), nullptr);
  EXPECT_STREQ(tif->GetMetadataItem("date"), "2023-04-11");

  // 500 d after 2023-01-01: 2024-05-15 (2024 is a leap year).
  const std::string json_path = dir.file("gis/chloride_exceedance_2024-05-15.geojson");
  std::ifstream text(json_path);
  const std::string json((std::istreambuf_iterator<char>(text)), std::istreambuf_iterator<char>());
  ASSERT_FALSE(json.empty());
  EXPECT_EQ(json.find("\"crs\""), std::string::npos);
  EXPECT_NE(json.find("\"date\": \"2024-05-15\""), std::string::npos);
  GDALDatasetUniquePtr ds(GDALDataset::Open(json_path.c_str(), GDAL_OF_VECTOR));
  ASSERT_TRUE(ds);
  int features = 0;
  for (auto& f : *ds->GetLayer(0)) {
    ++features;
    // GDAL reads an ISO date text as a date field.
    int year = 0, month = 0, day = 0, hour, minute, zone;
    float second;
    f->GetFieldAsDateTime(f->GetFieldIndex("date"), &year, &month, &day, &hour, &minute, &second, &zone);
    EXPECT_EQ(year * 10000 + month * 100 + day, 20240515);
    const OGRLinearRing* ring = f->GetGeometryRef()->toPolygon()->getExteriorRing();
    for (int p = 0; p < ring->getNumPoints(); ++p) {
      double best = 1e300;
      for (int i = 0; i <= grid.ny; ++i)
        for (int j = 0; j <= grid.nx; ++j) {
          const auto c = test::world_corner(grid, i, j);
          best = std::min(best, std::hypot(c[0] - ring->getX(p), c[1] - ring->getY(p)));
        }
      EXPECT_LT(best, 1e-6) << "vertex " << p;
    }
  }
  EXPECT_GT(features, 0);
}

}  // namespace
}  // namespace gwp::exporting
