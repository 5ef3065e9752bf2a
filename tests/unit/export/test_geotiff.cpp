// `export --gis` GeoTIFFs read back with GDAL. Truths: the fixture's closed-form concentrations
// maximised over each column's active cells by hand, and column centres worked out in the fixture
// from widths and rotation. Pixel values are float32: compared to 1e-7 relative (float32 keeps
// 24 bits, 6e-8). Positions to 1e-9 m (rounding of coordinates of order 1e3).
#include <gtest/gtest.h>

#include <cmath>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include "export_fixture.hpp"
#include "postprocess/export/geotiff.hpp"
#include "postprocess/export/gis_export.hpp"

namespace gwp::exporting {
namespace {

struct Raster {
  int width = 0, height = 0;
  double gt[6] = {};
  std::vector<float> values;
  double nodata = 0.0;
  std::string epsg, time_d;
};

Raster read_raster(const std::string& path) {
  GDALAllRegister();
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY));
  Raster r;
  if (!ds) return r;
  r.width = ds->GetRasterXSize();
  r.height = ds->GetRasterYSize();
  ds->GetGeoTransform(r.gt);
  r.values.resize(std::size_t(r.width) * std::size_t(r.height));
  GDALRasterBand* band = ds->GetRasterBand(1);
  r.nodata = band->GetNoDataValue();
  if (band->RasterIO(GF_Read, 0, 0, r.width, r.height, r.values.data(), r.width, r.height, GDT_Float32, 0, 0) != CE_None)
    r.values.clear();
  if (const OGRSpatialReference* srs = ds->GetSpatialRef()) r.epsg = srs->GetAuthorityCode(nullptr) ? srs->GetAuthorityCode(nullptr) : "";
  if (const char* t = ds->GetMetadataItem("time_d")) r.time_d = t;
  return r;
}

// World position of the centre of pixel (col, row) through the geotransform.
std::array<double, 2> pixel_centre(const Raster& r, int col, int row) {
  const double c = col + 0.5, w = row + 0.5;
  return {r.gt[0] + c * r.gt[1] + w * r.gt[2], r.gt[3] + c * r.gt[4] + w * r.gt[5]};
}

TEST(ExportGeotiff, OnePixelPerColumnAtItsWorldCentreHoldingTheDepthMaximum) {
  const test::TempDir dir("gwp-export-tif");
  Grid grid = test::uniform_grid();
  // A column with no active cell becomes nodata.
  grid.active[std::size_t(grid.index(0, 0, 0))] = 0;
  grid.active[std::size_t(grid.index(1, 0, 0))] = 0;
  test::write_fixture_result(dir.file("result.h5"), grid);
  const results::ResultReader reader(dir.file("result.h5"));
  const ExportReport report = export_gis(reader, read_export_source(reader), dir.file("gis"));
  EXPECT_TRUE(report.warnings.empty()) << report.warnings.front();

  const auto sp = test::species_cases()[0];
  const Raster r = read_raster(dir.file("gis/chloride_max_500d.tif"));
  ASSERT_EQ(r.width, grid.nx);
  ASSERT_EQ(r.height, grid.ny);
  ASSERT_EQ(r.values.size(), std::size_t(grid.nx * grid.ny));
  EXPECT_EQ(r.epsg, "4546");
  EXPECT_EQ(r.time_d, "500");
  EXPECT_EQ(r.nodata, -9999.0);
  for (int i = 0; i < grid.ny; ++i)
    for (int j = 0; j < grid.nx; ++j) {
      const auto at = pixel_centre(r, j, i), want = test::world_centre(grid, i, j);
      EXPECT_NEAR(at[0], want[0], 1e-9) << "row " << i << " column " << j;
      EXPECT_NEAR(at[1], want[1], 1e-9) << "row " << i << " column " << j;
      const float v = r.values[std::size_t(i * grid.nx + j)];
      const double m = test::column_maximum(grid, sp, i, j, 500.0);
      if (std::isnan(m)) {
        EXPECT_EQ(v, -9999.0f);
      } else {
        EXPECT_NEAR(v, m, 1e-7 * std::abs(m)) << "row " << i << " column " << j;
      }
    }
}

TEST(ExportGeotiff, VaryingWidthsAreSampledAtEachPixelCentre) {
  const test::TempDir dir("gwp-export-tif-var");
  const Grid grid = test::small_grid();  // dx 10 20 10 5, dy 8 8 12
  test::write_fixture_result(dir.file("result.h5"), grid);
  const results::ResultReader reader(dir.file("result.h5"));
  const ExportReport report = export_gis(reader, read_export_source(reader), dir.file("gis"));
  ASSERT_EQ(report.warnings.size(), 1u);  // says the grid was resampled

  const auto sp = test::species_cases()[1];
  const Raster r = read_raster(dir.file("gis/ammonia_n_max_365d.tif"));
  // Pixels no wider than the narrowest column and covering the grid exactly: 45 m / 5 m, 28 m / 8 m.
  ASSERT_EQ(r.width, 9);
  ASSERT_EQ(r.height, 4);
  for (int row = 0; row < r.height; ++row)
    for (int col = 0; col < r.width; ++col) {
      // Which column holds the pixel centre, found by walking the fixture's widths.
      const auto p = pixel_centre(r, col, row);
      int ci = -1, cj = -1;
      for (int i = 0; i < grid.ny; ++i)
        for (int j = 0; j < grid.nx; ++j) {
          const auto sw = test::world_corner(grid, i + 1, j), ne = test::world_corner(grid, i, j + 1);
          // In the grid's axes: project onto the rotated unit vectors.
          const double a = grid.rotation_deg * 3.14159265358979323846 / 180.0;
          auto along = [&](const std::array<double, 2>& q) {
            return std::array<double, 2>{q[0] * std::cos(a) + q[1] * std::sin(a), -q[0] * std::sin(a) + q[1] * std::cos(a)};
          };
          const auto lp = along(p), ls = along(sw), ln = along(ne);
          if (lp[0] > ls[0] && lp[0] < ln[0] && lp[1] > ls[1] && lp[1] < ln[1]) ci = i, cj = j;
        }
      ASSERT_GE(ci, 0) << "pixel " << col << ", " << row;
      const double m = test::column_maximum(grid, sp, ci, cj, 365.25);
      EXPECT_NEAR(r.values[std::size_t(row * r.width + col)], m, 1e-7 * std::abs(m)) << "pixel " << col << ", " << row;
    }
}

}  // namespace
}  // namespace gwp::exporting
