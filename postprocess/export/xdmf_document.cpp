#include "postprocess/export/xdmf_document.hpp"

#include <sstream>

#include "postprocess/export/xdmf_sidecar.hpp"
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

}  // namespace

std::string xdmf_text(const XdmfInputs& in) {
  const std::string cells = std::to_string(in.cells);
  std::ostringstream x;
  x << "<?xml version=\"1.0\" ?>\n<!DOCTYPE Xdmf SYSTEM \"Xdmf.dtd\" []>\n"
    << "<Xdmf Version=\"2.0\">\n  <Domain>\n"
    << "    <Grid Name=\"" << xml_escape(in.title) << "\" GridType=\"Collection\" CollectionType=\"Temporal\">\n";
  for (std::size_t s = 0; s < in.steps.size(); ++s) {
    const OutputStep& step = in.steps[s];
    x << "    <Grid Name=\"t" << s << "\" GridType=\"Uniform\">\n"
      << "      <Time Value=\"" << exact_number(step.time) << "\"/>\n"
      << "      <Topology TopologyType=\"Hexahedron\" NumberOfElements=\"" << cells << "\">\n        "
      << hdf_item(cells + " 8", "Int", 4, in, "/connectivity") << "\n      </Topology>\n"
      << "      <Geometry GeometryType=\"XYZ\">\n        "
      << hdf_item(std::to_string(in.points) + " 3", "Float", 8, in, "/points") << "\n      </Geometry>\n";
    x << attribute("layer", "Scalar", hdf_item(cells, "Int", 4, in, "/layer"));
    x << attribute("cell_index", "Scalar", hdf_item(cells, "Int", 8, in, "/cell_index"));
    if (step.flow_slice >= 0) {
      x << attribute("head", "Scalar", hdf_item(cells, "Float", 8, in, sidecar_head_path(step.flow_slice)));
      if (in.has_flux)
        x << attribute("darcy_flux", "Vector",
                       hdf_item(cells + " 3", "Float", 8, in, sidecar_flux_path(step.flow_slice)));
    }
    for (std::size_t k = 0; step.transport_slice >= 0 && k < in.species.size(); ++k) {
      const XdmfSpecies& sp = in.species[k];
      const std::string values = hdf_item(cells, "Float", 8, in, sidecar_species_path(sp.name, step.transport_slice));
      x << attribute(sp.name, "Scalar", values);
      if (sp.limit <= 0.0) continue;
      x << attribute(sp.name + "_ratio", "Scalar",
                     "<DataItem ItemType=\"Function\" Function=\"$0 / " + exact_number(sp.limit) +
                         "\" Dimensions=\"" + cells + "\">" + values + "</DataItem>");
    }
    x << "    </Grid>\n";
  }
  x << "    </Grid>\n  </Domain>\n</Xdmf>\n";
  return x.str();
}

}  // namespace gwp::exporting
