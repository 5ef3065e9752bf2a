#include "postprocess/export/xdmf_document.hpp"

#include <fstream>
#include <sstream>

#include "core/errors.hpp"
#include "core/text_file.hpp"
#include "postprocess/export/xml_text.hpp"

namespace gwp::exporting {

namespace {

// A plain reference to a dataset of the sidecar; `type` "Float" / "Int" with `precision` bytes.
std::string hdf_item(const std::string& dims, const char* type, int precision, const XdmfInputs& in,
                     const std::string& path) {
  return "<DataItem Dimensions=\"" + dims + "\" NumberType=\"" + type + "\" Precision=\"" +
         std::to_string(precision) + "\" Format=\"HDF\">" + xml_escape(in.sidecar_file) + ":" + xml_escape(path) +
         "</DataItem>";
}

std::string attribute(const std::string& name, const char* type, const std::string& item) {
  return "      <Attribute Name=\"" + xml_escape(name) + "\" AttributeType=\"" + type + "\" Center=\"Cell\">\n        " +
         item + "\n      </Attribute>\n";
}

std::string attribute(const XdmfAttribute& a, const XdmfInputs& in) {
  const std::string cells = std::to_string(in.cells);
  const std::string dims = a.components > 1 ? cells + " " + std::to_string(a.components) : cells;
  std::string item = hdf_item(dims, "Float", 8, in, a.dataset);
  if (!a.function.empty())
    item = "<DataItem ItemType=\"Function\" Function=\"" + xml_escape(a.function) + "\" Dimensions=\"" + dims + "\">" +
           item + "</DataItem>";
  return attribute(a.name, a.components > 1 ? "Vector" : "Scalar", item);
}

}  // namespace

std::string xdmf_text(const XdmfInputs& in) {
  const std::string cells = std::to_string(in.cells);
  std::ostringstream x;
  x << "<?xml version=\"1.0\" ?>\n<!DOCTYPE Xdmf SYSTEM \"Xdmf.dtd\" []>\n"
    << "<Xdmf Version=\"2.0\">\n  <Domain>\n"
    << "    <Grid Name=\"" << xml_escape(in.title) << "\" GridType=\"Collection\" CollectionType=\"Temporal\">\n";
  for (std::size_t s = 0; s < in.steps.size(); ++s) {
    const XdmfStep& step = in.steps[s];
    x << "    <Grid Name=\"t" << s << "\" GridType=\"Uniform\">\n"
      << "      <Time Value=\"" << exact_number(step.time) << "\"/>\n"
      << "      <Topology TopologyType=\"Hexahedron\" NumberOfElements=\"" << cells << "\">\n        "
      << hdf_item(cells + " 8", "Int", 4, in, "/connectivity") << "\n      </Topology>\n"
      << "      <Geometry GeometryType=\"XYZ\">\n        "
      << hdf_item(std::to_string(in.points) + " 3", "Float", 8, in, "/points") << "\n      </Geometry>\n";
    x << attribute("layer", "Scalar", hdf_item(cells, "Int", 4, in, "/layer"));
    x << attribute("cell_index", "Scalar", hdf_item(cells, "Int", 8, in, "/cell_index"));
    for (const XdmfAttribute& a : step.attributes) x << attribute(a, in);
    x << "    </Grid>\n";
  }
  x << "    </Grid>\n  </Domain>\n</Xdmf>\n";
  return x.str();
}

void write_xdmf_document(const std::string& path, const XdmfInputs& in) {
  write_text_whole(path, xdmf_text(in));
}

}  // namespace gwp::exporting
