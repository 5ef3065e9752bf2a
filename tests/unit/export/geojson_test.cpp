// Exceedance outlines read back with GDAL/OGR. Truth: the plan area of the columns whose
// hand-computed depth maximum is strictly above each class limit (dx * dy summed), and the
// world corners of the fixture grid (each outline vertex must be one). The area is compared to
// 1e-9 relative: the shoelace sum of world coordinates of order 1e3 over areas of order 1e2 m2
// loses about 1e-12 relative.
#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "export_fixture.hpp"
#include "postprocess/export/gis_export.hpp"

namespace gwp::post {
namespace {

TEST(ExportGeojson, ClassOutlinesCoverExactlyTheColumnsAboveEachLimit) {
  const test::TempDir dir("gwp-export-json");
  const Grid grid = test::small_grid();  // rotated 15 degrees, widths vary
  test::write_fixture_result(dir.file("result.h5"), grid);
  const ResultReader reader(dir.file("result.h5"));
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
  GDALDatasetUniquePtr ds(GDALDataset::Open(dir.file("gis/chloride_exceedance_0002.geojson").c_str(), GDAL_OF_VECTOR));
  ASSERT_TRUE(ds);
  OGRLayer* layer = ds->GetLayer(0);
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

}  // namespace
}  // namespace gwp::post
