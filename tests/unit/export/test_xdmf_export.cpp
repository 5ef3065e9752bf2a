// `export --xdmf` checked without an XDMF reader (VTK 9.1 on Debian has none; ParaView itself
// reads it in scripts/paraview-check): the .xmf parsed with VTK's XML parser must point each
// attribute at a plain sidecar dataset (no HyperSlab or Coordinates item, which ParaView's
// default Xdmf3 reader aborts on) of the stated extent; the sidecar's values, read back with
// HDF5, must be the fixture's closed-form concentrations and the heads of the right flow time;
// its corners the world corners worked out in the fixture (1e-9 m: rounding of a rotation of
// numbers of order 1e3 is ~1e-13 m); and it must be smaller than the result.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include <vtkNew.h>
#include <vtkXMLDataElement.h>
#include <vtkXMLDataParser.h>

#include "export_fixture.hpp"
#include "postprocess/export/xdmf_export.hpp"

namespace gwp::exporting {
namespace {

std::vector<double> numbers(const char* text) {
  std::vector<double> v;
  std::istringstream in(text ? text : "");
  for (double x; in >> x;) v.push_back(x);
  return v;
}

// The HDF DataItem below `item` (itself, or the last child of a Function).
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
    const results::ResultReader reader(dir.file("result.h5"));
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

// Every DataItem in the document, depth first.
void data_items(vtkXMLDataElement* e, std::vector<vtkXMLDataElement*>& out) {
  if (std::string(e->GetName()) == "DataItem") out.push_back(e);
  for (int n = 0; n < e->GetNumberOfNestedElements(); ++n) data_items(e->GetNestedElement(n), out);
}

TEST(ExportXdmf, OneGridPerTransportTimeReadingPlainSidecarDatasets) {
  const Xmf x;
  ASSERT_EQ(x.grids.size(), 3u);
  const results::ResultReader result(x.dir.file("result.h5")), sidecar(x.dir.file("result.xdmf.h5"));
  const std::vector<int> flow_slice = {0, 1, 1};  // heads at 0 and 365.25 d; times 100, 365.25, 500 d
  const auto index = sidecar.read("/cell_index").values;
  for (int s = 0; s < 3; ++s) {
    const double t = test::transport_times()[std::size_t(s)];
    double time = -1;
    x.grids[std::size_t(s)]->FindNestedElementWithName("Time")->GetScalarAttribute("Value", time);
    EXPECT_EQ(time, t);
    int cells = 0;
    x.grids[std::size_t(s)]->FindNestedElementWithName("Topology")->GetScalarAttribute("NumberOfElements", cells);
    EXPECT_EQ(cells, 23);  // the active cells only
    const auto head = result.read_slice("/flow/head", std::size_t(flow_slice[std::size_t(s)])).values;
    for (const std::string name : {"head", "darcy_flux", "chloride", "ammonia_n", "chloride_ratio"}) {
      vtkXMLDataElement* a = x.attribute(s, name);
      ASSERT_NE(a, nullptr) << name;
      vtkXMLDataElement* h = hdf_item(a->GetNestedElement(0));
      ASSERT_NE(h, nullptr) << name;
      const std::string ref = h->GetCharacterData();
      const std::string file = ref.substr(0, ref.find(':')), path = ref.substr(ref.find(':') + 1);
      EXPECT_EQ(file, "result.xdmf.h5") << name;
      ASSERT_TRUE(sidecar.exists(path)) << path;
      std::vector<double> dims;
      for (auto d : sidecar.dims(path)) dims.push_back(double(d));
      EXPECT_EQ(numbers(h->GetAttribute("Dimensions")), dims) << name;
      EXPECT_EQ(dims.front(), 23.0) << name;
      const auto values = sidecar.read(path).values;
      for (std::size_t c = 0; c < 23; ++c) {
        const auto n = std::int64_t(index[c]);
        const CellIndex ci = x.grid.cell(n);
        if (name == "head") {
          EXPECT_EQ(values[c], head[std::size_t(n)]) << "step " << s << " cell " << n;
        } else if (name != "darcy_flux") {
          const auto sp = test::species_cases()[name == "ammonia_n" ? 1 : 0];
          EXPECT_NEAR(values[c], test::concentration_at(sp, ci.k, ci.i, ci.j, t), 1e-12 * sp.scale * 1e3) << name;
        }
      }
    }
  }
  const std::string ratio = x.attribute(2, "chloride_ratio")->GetNestedElement(0)->GetAttribute("Function");
  EXPECT_EQ(ratio, "$0 / 250");
  EXPECT_STREQ(x.attribute(0, "darcy_flux")->GetAttribute("AttributeType"), "Vector");
  // Only plain references and the ratio's Function: nothing the Xdmf3 reader aborts on.
  std::vector<vtkXMLDataElement*> items;
  data_items(x.parser->GetRootElement(), items);
  for (vtkXMLDataElement* item : items) {
    const char* type = item->GetAttribute("ItemType");
    if (type) EXPECT_STREQ(type, "Function");
    else EXPECT_STREQ(item->GetAttribute("Format"), "HDF");
  }
}

// Each sidecar cell is an active cell, in result order, with the world corners worked out in
// the fixture.
TEST(ExportXdmf, SidecarCellsAreTheActiveCellsWithTheirWorldCorners) {
  const Xmf x;
  const results::ResultReader sidecar(x.dir.file("result.xdmf.h5"));
  const results::h5::Array points = sidecar.read("/points"), cells = sidecar.read("/connectivity");
  const results::h5::Array index = sidecar.read("/cell_index"), layer = sidecar.read("/layer");
  ASSERT_EQ(cells.dims, (std::vector<hsize_t>{23, 8}));
  std::int64_t previous = -1;
  for (std::size_t c = 0; c < 23; ++c) {
    const auto n = std::int64_t(index.values[c]);
    EXPECT_GT(n, previous);  // result order
    previous = n;
    EXPECT_TRUE(x.grid.active[std::size_t(n)]);
    const CellIndex ci = x.grid.cell(n);
    EXPECT_EQ(layer.values[c], ci.k + 1);
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

// The sidecar holds the active cells' values of the exported times, compressed, and costs less
// disk than the result it describes.
TEST(ExportXdmf, SidecarIsSmallerThanTheResult) {
  const Xmf x;
  const auto result = std::filesystem::file_size(x.dir.file("result.h5"));
  const auto sidecar = std::filesystem::file_size(x.dir.file("result.xdmf.h5"));
  EXPECT_LT(sidecar, result);
}

}  // namespace
}  // namespace gwp::exporting
