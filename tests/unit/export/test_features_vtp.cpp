// The features .vtp read back with VTK's reader. Truths: the fixture's features; ground
// elevation of a landfill vertex is the fixture's top formula 50 - 0.5 i + 0.25 j of the column
// found here by hand from the corners.
#include <gtest/gtest.h>

#include <map>

#include <vtkCellData.h>
#include <vtkCellArray.h>
#include <vtkDataArray.h>
#include <vtkIdList.h>
#include <vtkNew.h>
#include <vtkPolyData.h>
#include <vtkStringArray.h>
#include <vtkXMLPolyDataReader.h>

#include "export_fixture.hpp"
#include "postprocess/export/vtk_export.hpp"

namespace gwp::exporting {
namespace {

TEST(ExportFeatures, WellsAreVerticalLinesLandfillsClosedRingsOnTheGround) {
  const test::TempDir dir("gwp-export-vtp");
  const Grid grid = test::small_grid();
  test::write_fixture_result(dir.file("result.h5"), grid);
  const results::ResultReader reader(dir.file("result.h5"));
  export_vtk(reader, read_export_source(reader), dir.file("vtk"));

  vtkNew<vtkXMLPolyDataReader> r;
  r->SetFileName(dir.file("vtk/fixture-case_features.vtp").c_str());
  r->Update();
  vtkPolyData* pd = r->GetOutput();
  ASSERT_EQ(pd->GetNumberOfVerts(), 1);  // the monitoring point
  ASSERT_EQ(pd->GetNumberOfLines(), 4);  // two wells, the landfill, the river
  auto* names = vtkStringArray::SafeDownCast(pd->GetCellData()->GetAbstractArray("name"));
  auto* kinds = vtkStringArray::SafeDownCast(pd->GetCellData()->GetAbstractArray("kind"));
  vtkDataArray* ids = pd->GetCellData()->GetArray("kind_id");
  ASSERT_TRUE(names && kinds && ids);

  std::map<std::string, vtkIdType> cell_of;
  for (vtkIdType c = 0; c < pd->GetNumberOfCells(); ++c) cell_of[names->GetValue(c)] = c;
  ASSERT_EQ(cell_of.size(), 5u);

  vtkNew<vtkIdList> pts;
  double p[3], q[3];
  // The monitoring point: one vertex at its depth.
  pd->GetCellPoints(cell_of.at("MW-2"), pts);
  ASSERT_EQ(pts->GetNumberOfIds(), 1);
  pd->GetPoint(pts->GetId(0), p);
  EXPECT_EQ(p[0], 510.0);
  EXPECT_EQ(p[1], 1218.0);
  EXPECT_EQ(p[2], 38.0);
  EXPECT_EQ(kinds->GetValue(cell_of.at("MW-2")), "monitoring");
  EXPECT_EQ(ids->GetTuple1(cell_of.at("MW-2")), 4);

  // The abandoned well: a vertical line over its open bore.
  pd->GetCellPoints(cell_of.at("AW-3"), pts);
  ASSERT_EQ(pts->GetNumberOfIds(), 2);
  pd->GetPoint(pts->GetId(0), p);
  pd->GetPoint(pts->GetId(1), q);
  EXPECT_EQ(p[0], 515.0);
  EXPECT_EQ(q[0], 515.0);
  EXPECT_EQ(p[1], q[1]);
  EXPECT_EQ(p[2], 49.0);
  EXPECT_EQ(q[2], 22.0);
  EXPECT_EQ(kinds->GetValue(cell_of.at("AW-3")), "abandoned_well");
  EXPECT_EQ(ids->GetTuple1(cell_of.at("AW-3")), 3);
  EXPECT_EQ(ids->GetTuple1(cell_of.at("PW-1")), 2);

  // The landfill: 3 vertices, closed by repeating the first.
  pd->GetCellPoints(cell_of.at("North landfill"), pts);
  ASSERT_EQ(pts->GetNumberOfIds(), 4);
  EXPECT_EQ(pts->GetId(0), pts->GetId(3));
  pd->GetPoint(pts->GetId(0), p);
  EXPECT_EQ(p[0], 505.0);
  EXPECT_EQ(p[1], 1210.0);
  // (505, 1210) lies in the column whose plan quadrilateral holds it; the fixture's corners tell
  // which (a point-in-quadrilateral test by cross products).
  int row = -1, col = -1;
  for (int i = 0; i < grid.ny; ++i)
    for (int j = 0; j < grid.nx; ++j) {
      const std::array<std::array<double, 2>, 4> c = {test::world_corner(grid, i + 1, j), test::world_corner(grid, i + 1, j + 1),
                                                      test::world_corner(grid, i, j + 1), test::world_corner(grid, i, j)};
      bool inside = true;
      for (int e = 0; e < 4; ++e) {
        const auto& a = c[std::size_t(e)];
        const auto& b = c[std::size_t((e + 1) % 4)];
        inside &= (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) >= 0.0;
      }
      if (inside) row = i, col = j;
    }
  ASSERT_GE(row, 0);
  EXPECT_EQ(p[2], 50.0 - 0.5 * row + 0.25 * col);
  EXPECT_EQ(ids->GetTuple1(cell_of.at("North landfill")), 1);
  EXPECT_EQ(ids->GetTuple1(cell_of.at("Yujiang")), 5);
}

}  // namespace
}  // namespace gwp::exporting
