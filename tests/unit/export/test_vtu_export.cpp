// `export --vtk`: the .vtu files read back with VTK's own reader. Truths: the fixture's closed
// forms for every field, its active mask for the cell count, and corners worked out in the
// fixture from widths and rotation. Fields are compared exactly: the files hold float64 and zlib
// is lossless. Corners to 1e-9 m: two evaluations of the same rotation of numbers of order 1e3
// differ by a few ulp (~1e-13 m), far below that.
#include <gtest/gtest.h>

#include <filesystem>

#include <vtkCellData.h>
#include <vtkDataArray.h>
#include <vtkFieldData.h>
#include <vtkIdList.h>
#include <vtkNew.h>
#include <vtkUnstructuredGrid.h>
#include <vtkXMLUnstructuredGridReader.h>

#include "export_fixture.hpp"
#include "postprocess/export/vtk_export.hpp"

namespace gwp::exporting {
namespace {

using test::TempDir;

struct Exported {
  TempDir dir{"gwp-export-vtu"};
  Grid grid = test::small_grid();
  ExportReport report;
  Exported() {
    test::write_fixture_result(dir.file("result.h5"), grid);
    const results::ResultReader reader(dir.file("result.h5"));
    report = export_vtk(reader, read_export_source(reader), dir.file("vtk"));
  }
  vtkSmartPointer<vtkUnstructuredGrid> read(int step) const {
    vtkNew<vtkXMLUnstructuredGridReader> r;
    r->SetFileName(dir.file("vtk/fixture-case_000" + std::to_string(step) + ".vtu").c_str());
    r->Update();
    return r->GetOutput();
  }
};

int active_cells(const Grid& g) {
  int n = 0;
  for (auto a : g.active) n += a;
  return n;
}

TEST(ExportVtu, InactiveCellsAreLeftOut) {
  const Exported e;
  EXPECT_TRUE(e.report.warnings.empty()) << e.report.warnings.front();
  const auto ug = e.read(0);
  ASSERT_EQ(ug->GetNumberOfCells(), active_cells(e.grid));
  ASSERT_EQ(active_cells(e.grid), 23);  // 24 cells, one inactive
  const vtkDataArray* index = ug->GetCellData()->GetArray("cell_index");
  ASSERT_NE(index, nullptr);
  const auto inactive = double(e.grid.index(test::kInactiveK, test::kInactiveI, test::kInactiveJ));
  for (vtkIdType c = 0; c < ug->GetNumberOfCells(); ++c)
    EXPECT_NE(const_cast<vtkDataArray*>(index)->GetTuple1(c), inactive);
}

TEST(ExportVtu, PointsAreTheRotatedWorldCornersOfEachCell) {
  const Exported e;
  const auto ug = e.read(1);
  vtkDataArray* index = ug->GetCellData()->GetArray("cell_index");
  vtkDataArray* layer = ug->GetCellData()->GetArray("layer");
  for (vtkIdType c = 0; c < ug->GetNumberOfCells(); ++c) {
    const auto n = std::int64_t(index->GetTuple1(c));
    const CellIndex ci = e.grid.cell(n);
    EXPECT_EQ(layer->GetTuple1(c), ci.k + 1);
    vtkNew<vtkIdList> ids;
    ug->GetCellPoints(c, ids);
    ASSERT_EQ(ids->GetNumberOfIds(), 8);
    // VTK hexahedron: bottom SW, SE, NE, NW, then the top face in the same order.
    const int rows[4] = {ci.i + 1, ci.i + 1, ci.i, ci.i}, cols[4] = {ci.j, ci.j + 1, ci.j + 1, ci.j};
    const double bottom = e.grid.bottom[std::size_t(n)];
    const double top = ci.k == 0 ? e.grid.top[std::size_t(ci.i * e.grid.nx + ci.j)]
                                 : e.grid.bottom[std::size_t(e.grid.index(ci.k - 1, ci.i, ci.j))];
    for (int q = 0; q < 8; ++q) {
      const auto want = test::world_corner(e.grid, rows[q % 4], cols[q % 4]);
      double p[3];
      ug->GetPoint(ids->GetId(q), p);
      EXPECT_NEAR(p[0], want[0], 1e-9) << "cell " << n << " corner " << q;
      EXPECT_NEAR(p[1], want[1], 1e-9) << "cell " << n << " corner " << q;
      EXPECT_EQ(p[2], q < 4 ? bottom : top) << "cell " << n << " corner " << q;
    }
  }
}

TEST(ExportVtu, FieldsEqualTheResultCellByCellWithTheLatestHead) {
  const Exported e;
  const std::vector<double> flow_time_of_step = {0.0, 365.25, 365.25};  // latest flow time <= 100, 365.25, 500
  for (int s = 0; s < 3; ++s) {
    const double t = test::transport_times()[std::size_t(s)], tf = flow_time_of_step[std::size_t(s)];
    const auto ug = e.read(s);
    EXPECT_EQ(ug->GetFieldData()->GetArray("TimeValue")->GetTuple1(0), t);
    vtkDataArray* index = ug->GetCellData()->GetArray("cell_index");
    vtkDataArray* head = ug->GetCellData()->GetArray("head");
    vtkDataArray* flux = ug->GetCellData()->GetArray("darcy_flux");
    ASSERT_TRUE(head && flux);
    ASSERT_EQ(flux->GetNumberOfComponents(), 3);
    for (vtkIdType c = 0; c < ug->GetNumberOfCells(); ++c) {
      const auto n = std::int64_t(index->GetTuple1(c));
      const CellIndex ci = e.grid.cell(n);
      EXPECT_EQ(head->GetTuple1(c), test::head_at(ci.k, ci.i, ci.j, tf)) << "step " << s << " cell " << n;
      for (int a = 0; a < 3; ++a) EXPECT_EQ(flux->GetComponent(c, a), test::flux_at(n, a, tf));
      for (const auto& sp : test::species_cases()) {
        vtkDataArray* conc = ug->GetCellData()->GetArray(sp.name);
        ASSERT_NE(conc, nullptr) << sp.name;
        EXPECT_EQ(conc->GetTuple1(c), test::concentration_at(sp, ci.k, ci.i, ci.j, t));
      }
    }
  }
}

TEST(ExportVtu, RatioIsConcentrationOverTheSpeciesLimit) {
  const Exported e;
  const auto ug = e.read(2);
  vtkDataArray* index = ug->GetCellData()->GetArray("cell_index");
  vtkDataArray* ratio = ug->GetCellData()->GetArray("chloride_ratio");
  ASSERT_NE(ratio, nullptr);
  // Cell (1, 0, 2) at 500 d holds 5 (20 + 60) = 400 mg/L against a limit of 250 mg/L: 1.6, to the
  // rounding of one division (1.6 is not a binary fraction).
  const auto target = double(e.grid.index(1, 0, 2));
  bool found = false;
  for (vtkIdType c = 0; c < ug->GetNumberOfCells(); ++c) {
    if (index->GetTuple1(c) != target) continue;
    found = true;
    EXPECT_NEAR(ratio->GetTuple1(c), 1.6, 1.6e-15);
  }
  EXPECT_TRUE(found);
}

TEST(ExportVtu, ResultWithoutSpeciesFollowsTheFlowTimes) {
  const TempDir dir("gwp-export-vtu-flow");
  const Grid grid = test::small_grid();
  {
    results::ResultWriter writer(dir.file("result.h5"), test::small_header(grid));
    test::feed(writer, grid);  // heads at 0 and 365.25 d, no transport
    writer.finish_complete();
  }
  const results::ResultReader reader(dir.file("result.h5"));
  const ExportReport report = export_vtk(reader, read_export_source(reader), dir.file("vtk"));
  ASSERT_EQ(report.files.size(), 4u);  // two .vtu, the .pvd, the features
  vtkNew<vtkXMLUnstructuredGridReader> r;
  r->SetFileName(dir.file("vtk/fixture-case_0001.vtu").c_str());
  r->Update();
  vtkUnstructuredGrid* ug = r->GetOutput();
  EXPECT_EQ(ug->GetFieldData()->GetArray("TimeValue")->GetTuple1(0), 365.25);
  vtkDataArray* index = ug->GetCellData()->GetArray("cell_index");
  vtkDataArray* head = ug->GetCellData()->GetArray("head");
  ASSERT_TRUE(index && head);
  const CellIndex c = grid.cell(std::int64_t(index->GetTuple1(5)));
  EXPECT_EQ(head->GetTuple1(5), test::head_at(c.k, c.i, c.j, 365.25));
  EXPECT_EQ(ug->GetCellData()->GetArray("chloride"), nullptr);
}

}  // namespace
}  // namespace gwp::exporting
