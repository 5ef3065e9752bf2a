// `export --xdmf` checked without an XDMF reader (VTK 9.1 on Debian has none; ParaView checks it
// in scripts/paraview-check): the .xmf parsed with VTK's XML parser must point each attribute
// at a dataset that exists with the stated extent and at the right time slice, and the sidecar's
// corners, read back with HDF5, must be the world corners worked out in the fixture (1e-9 m:
// rounding of a rotation of numbers of order 1e3 is ~1e-13 m).
#include <gtest/gtest.h>

#include <sstream>

#include <vtkNew.h>
#include <vtkXMLDataElement.h>
#include <vtkXMLDataParser.h>

#include "export_fixture.hpp"
#include "postprocess/export/xdmf_export.hpp"

namespace gwp::post {
namespace {

std::vector<double> numbers(const char* text) {
  std::vector<double> v;
  std::istringstream in(text ? text : "");
  for (double x; in >> x;) v.push_back(x);
  return v;
}

// The HDF DataItem below `item` (itself, or the last child of a HyperSlab or Function).
vtkXMLDataElement* hdf_item(vtkXMLDataElement* item) {
  while (item && std::string(item->GetAttribute("Format") ? item->GetAttribute("Format") : "") != "HDF")
    item = item->GetNestedElement(item->GetNumberOfNestedElements() - 1);
  return item;
}

struct Xmf {
  test::TempDir dir{"gwp-export-xdmf"};
  Grid grid = test::small_grid();
  vtkNew<vtkXMLDataParser> parser;
  std::vector<vtkXMLDataElement*> grids;
  Xmf() {
    test::write_fixture_result(dir.file("result.h5"), grid);
    const ResultReader reader(dir.file("result.h5"));
    export_xdmf(reader, read_export_source(reader));
    parser->SetFileName(dir.file("result.xmf").c_str());
    if (parser->Parse() != 1) return;
    vtkXMLDataElement* collection = parser->GetRootElement()->LookupElementWithName("Grid");
    for (int g = 0; g < collection->GetNumberOfNestedElements(); ++g) grids.push_back(collection->GetNestedElement(g));
  }
  vtkXMLDataElement* attribute(int step, const std::string& name) const {
    vtkXMLDataElement* g = grids[std::size_t(step)];
    for (int e = 0; e < g->GetNumberOfNestedElements(); ++e) {
      vtkXMLDataElement* a = g->GetNestedElement(e);
      if (std::string(a->GetName()) == "Attribute" && a->GetAttribute("Name") == name) return a;
    }
    return nullptr;
  }
};

TEST(ExportXdmf, OneGridPerTransportTimeWithTheRightSlices) {
  const Xmf x;
  ASSERT_EQ(x.grids.size(), 3u);
  const ResultReader result(x.dir.file("result.h5"));
  const std::vector<int> flow_slice = {0, 1, 1};  // heads at 0 and 365.25 d; times 100, 365.25, 500 d
  for (int s = 0; s < 3; ++s) {
    double t = -1;
    x.grids[std::size_t(s)]->FindNestedElementWithName("Time")->GetScalarAttribute("Value", t);
    EXPECT_EQ(t, test::transport_times()[std::size_t(s)]);
    int cells = 0;
    x.grids[std::size_t(s)]->FindNestedElementWithName("Topology")->GetScalarAttribute("NumberOfElements", cells);
    EXPECT_EQ(cells, 23);  // the active cells only
    for (const std::string name : {"head", "darcy_flux", "chloride", "ammonia_n", "chloride_ratio"}) {
      vtkXMLDataElement* a = x.attribute(s, name);
      ASSERT_NE(a, nullptr) << name;
      vtkXMLDataElement* h = hdf_item(a->GetNestedElement(0));
      ASSERT_NE(h, nullptr) << name;
      const std::string ref = h->GetCharacterData();
      const std::string file = ref.substr(0, ref.find(':')), path = ref.substr(ref.find(':') + 1);
      EXPECT_EQ(file, "result.h5") << name;
      ASSERT_TRUE(result.exists(path)) << path;
      std::vector<double> dims;
      for (auto d : result.dims(path)) dims.push_back(double(d));
      EXPECT_EQ(numbers(h->GetAttribute("Dimensions")), dims) << name;
      // The HyperSlab's first row is the start: the time slice, then zeros.
      vtkXMLDataElement* slab = h->GetParent();
      EXPECT_STREQ(slab->GetAttribute("ItemType"), "HyperSlab");
      const std::vector<double> start_stride_count = numbers(slab->GetNestedElement(0)->GetCharacterData());
      const bool flow = name == "head" || name == "darcy_flux";
      EXPECT_EQ(start_stride_count.front(), flow ? flow_slice[std::size_t(s)] : s) << name << " step " << s;
      // Around it, the Coordinates item that picks the active cells, from the sidecar.
      vtkXMLDataElement* pick = slab->GetParent();
      EXPECT_STREQ(pick->GetAttribute("ItemType"), "Coordinates");
      EXPECT_NE(std::string(pick->GetNestedElement(0)->GetCharacterData()).find("result.geometry.h5:"), std::string::npos);
    }
  }
  const std::string ratio = x.attribute(2, "chloride_ratio")->GetNestedElement(0)->GetAttribute("Function");
  EXPECT_EQ(ratio, "$0 / 250");
  EXPECT_STREQ(x.attribute(0, "darcy_flux")->GetAttribute("AttributeType"), "Vector");
}

// The index lists pick, from a time slice in the result's (layer, row, column) order, exactly the
// cells of the sidecar's mesh, and each cell's corners are the world corners worked out in the
// fixture.
TEST(ExportXdmf, SidecarCellsAreTheActiveCellsWithTheirWorldCorners) {
  const Xmf x;
  const ResultReader sidecar(x.dir.file("result.geometry.h5"));
  const h5::Array points = sidecar.read("/points"), cells = sidecar.read("/connectivity");
  const h5::Array index = sidecar.read("/cell_index"), pick = sidecar.read("/cell_coordinates");
  const h5::Array vector_pick = sidecar.read("/vector_coordinates");
  ASSERT_EQ(cells.dims, (std::vector<hsize_t>{23, 8}));
  ASSERT_EQ(pick.dims, (std::vector<hsize_t>{23, 4}));
  ASSERT_EQ(vector_pick.dims, (std::vector<hsize_t>{69, 5}));
  std::int64_t previous = -1;
  for (std::size_t c = 0; c < 23; ++c) {
    const auto n = std::int64_t(index.values[c]);
    EXPECT_GT(n, previous);  // result order
    previous = n;
    EXPECT_TRUE(x.grid.active[std::size_t(n)]);
    const CellIndex ci = x.grid.cell(n);
    EXPECT_EQ(pick.values[4 * c], 0.0);
    EXPECT_EQ(pick.values[4 * c + 1], ci.k);
    EXPECT_EQ(pick.values[4 * c + 2], ci.i);
    EXPECT_EQ(pick.values[4 * c + 3], ci.j);
    for (int a = 0; a < 3; ++a) {
      const std::size_t row = 5 * (3 * c + std::size_t(a));
      EXPECT_EQ(vector_pick.values[row + 1], ci.k);
      EXPECT_EQ(vector_pick.values[row + 3], ci.j);
      EXPECT_EQ(vector_pick.values[row + 4], a);
    }
    const int rows[4] = {ci.i + 1, ci.i + 1, ci.i, ci.i}, cols[4] = {ci.j, ci.j + 1, ci.j + 1, ci.j};
    const double top = ci.k == 0 ? x.grid.top[std::size_t(ci.i * x.grid.nx + ci.j)]
                                 : x.grid.bottom[std::size_t(x.grid.index(ci.k - 1, ci.i, ci.j))];
    for (int q = 0; q < 8; ++q) {
      const auto id = std::size_t(cells.values[c * 8 + std::size_t(q)]);
      const auto want = test::world_corner(x.grid, rows[q % 4], cols[q % 4]);
      EXPECT_NEAR(points.values[3 * id], want[0], 1e-9);
      EXPECT_NEAR(points.values[3 * id + 1], want[1], 1e-9);
      EXPECT_EQ(points.values[3 * id + 2], q < 4 ? x.grid.bottom[std::size_t(n)] : top);
    }
  }
}

}  // namespace
}  // namespace gwp::post
