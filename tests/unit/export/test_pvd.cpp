// The .pvd collection parsed with VTK's XML parser (VTK 9.1 has no collection reader): one
// DataSet per transport time, times in days exactly as stored, files that exist.
#include <gtest/gtest.h>

#include <filesystem>

#include <vtkNew.h>
#include <vtkXMLDataElement.h>
#include <vtkXMLDataParser.h>

#include "export_fixture.hpp"
#include "postprocess/export/pvd.hpp"
#include "postprocess/export/vtk_export.hpp"

namespace gwp::exporting {
namespace {

TEST(ExportPvd, ListsEveryTransportTimeInDaysWithItsFile) {
  const test::TempDir dir("gwp-export-pvd");
  const Grid grid = test::small_grid();
  test::write_fixture_result(dir.file("result.h5"), grid);
  const results::ResultReader reader(dir.file("result.h5"));
  export_vtk(reader, read_export_source(reader), dir.file("vtk"));

  vtkNew<vtkXMLDataParser> parser;
  parser->SetFileName(dir.file("vtk/fixture-case.pvd").c_str());
  ASSERT_EQ(parser->Parse(), 1);
  vtkXMLDataElement* root = parser->GetRootElement();
  ASSERT_STREQ(root->GetAttribute("type"), "Collection");
  vtkXMLDataElement* collection = root->FindNestedElementWithName("Collection");
  ASSERT_NE(collection, nullptr);
  const std::vector<double> times = test::transport_times();
  ASSERT_EQ(collection->GetNumberOfNestedElements(), int(times.size()));
  for (int e = 0; e < collection->GetNumberOfNestedElements(); ++e) {
    vtkXMLDataElement* ds = collection->GetNestedElement(e);
    double t = -1.0;
    ASSERT_EQ(ds->GetScalarAttribute("timestep", t), 1);
    EXPECT_EQ(t, times[std::size_t(e)]);  // 17 digits: the stored double comes back exactly
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "vtk" / ds->GetAttribute("file"))) << ds->GetAttribute("file");
  }
}

TEST(ExportPvd, EscapesFileNamesAndKeepsTimesExact) {
  const std::string text = pvd_text({{0.1 + 0.2, "a&b.vtu"}});
  EXPECT_NE(text.find("file=\"a&amp;b.vtu\""), std::string::npos) << text;
  EXPECT_NE(text.find("timestep=\"0.30000000000000004\""), std::string::npos) << text;
}

}  // namespace
}  // namespace gwp::exporting
