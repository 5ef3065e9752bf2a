#include "postprocess/export/xdmf_document.hpp"

#include <sstream>

#include "postprocess/export/xml_text.hpp"

namespace gwp::post {

namespace {

std::string join(const std::vector<std::size_t>& values) {
  std::string text;
  for (std::size_t v : values) text += (text.empty() ? "" : " ") + std::to_string(v);
  return text;
}

// A plain reference to a dataset; `type` "Float" / "Int" with `precision` bytes.
std::string hdf_item(const std::vector<std::size_t>& dims, const char* type, int precision, const std::string& file,
                     const std::string& path) {
  return "<DataItem Dimensions=\"" + join(dims) + "\" NumberType=\"" + type + "\" Precision=\"" +
         std::to_string(precision) + "\" Format=\"HDF\">" + xml_escape(file) + ":" + xml_escape(path) +
         "</DataItem>";
}

// Slice `index` of the first dimension of the float64 dataset `path` with extent `dims`.
std::string time_slice(const std::vector<std::size_t>& dims, std::size_t index, const std::string& file,
                       const std::string& path) {
  std::vector<std::size_t> start(dims.size(), 0), stride(dims.size(), 1), count = dims;
  start[0] = index;
  count[0] = 1;
  return "<DataItem ItemType=\"HyperSlab\" Type=\"HyperSlab\" Dimensions=\"" + join(count) + "\">" +
         "<DataItem Dimensions=\"3 " + std::to_string(dims.size()) + "\" Format=\"XML\">" + join(start) + " " +
         join(stride) + " " + join(count) + "</DataItem>" + hdf_item(dims, "Float", 8, file, path) + "</DataItem>";
}

// The active cells' values out of a time slice: one per cell, or 3 per cell for a vector.
std::string active_cells(const XdmfInputs& in, const std::string& slice, bool vector) {
  const std::string dims = vector ? std::to_string(in.cells) + " 3" : std::to_string(in.cells);
  const std::vector<std::size_t> list = vector ? std::vector<std::size_t>{3 * in.cells, 5}
                                               : std::vector<std::size_t>{in.cells, 4};
  return "<DataItem ItemType=\"Coordinates\" Type=\"Coordinates\" Dimensions=\"" + dims + "\">" +
         hdf_item(list, "Int", 8, in.geometry_file, vector ? "/vector_coordinates" : "/cell_coordinates") + slice +
         "</DataItem>";
}

std::string attribute(const std::string& name, const char* type, const std::string& item) {
  return "      <Attribute Name=\"" + xml_escape(name) + "\" AttributeType=\"" + type + "\" Center=\"Cell\">\n        " +
         item + "\n      </Attribute>\n";
}

}  // namespace

std::string xdmf_text(const XdmfInputs& in) {
  const std::size_t nx = std::size_t(in.nx), ny = std::size_t(in.ny), nz = std::size_t(in.nz);
  std::ostringstream x;
  x << "<?xml version=\"1.0\" ?>\n<!DOCTYPE Xdmf SYSTEM \"Xdmf.dtd\" []>\n"
    << "<Xdmf Version=\"2.0\">\n  <Domain>\n"
    << "    <Grid Name=\"" << xml_escape(in.title) << "\" GridType=\"Collection\" CollectionType=\"Temporal\">\n";
  for (std::size_t s = 0; s < in.steps.size(); ++s) {
    const OutputStep& step = in.steps[s];
    x << "    <Grid Name=\"t" << s << "\" GridType=\"Uniform\">\n"
      << "      <Time Value=\"" << exact_number(step.time) << "\"/>\n"
      << "      <Topology TopologyType=\"Hexahedron\" NumberOfElements=\"" << in.cells << "\">\n        "
      << hdf_item({in.cells, 8}, "Int", 8, in.geometry_file, "/connectivity") << "\n      </Topology>\n"
      << "      <Geometry GeometryType=\"XYZ\">\n        "
      << hdf_item({in.points, 3}, "Float", 8, in.geometry_file, "/points") << "\n      </Geometry>\n";
    x << attribute("layer", "Scalar", hdf_item({in.cells}, "Int", 4, in.geometry_file, "/layer"));
    x << attribute("cell_index", "Scalar", hdf_item({in.cells}, "Int", 8, in.geometry_file, "/cell_index"));
    if (step.flow_slice >= 0) {
      const auto f = std::size_t(step.flow_slice);
      x << attribute("head", "Scalar",
                     active_cells(in, time_slice({in.flow_slices, nz, ny, nx}, f, in.result_file, "/flow/head"), false));
      if (in.has_flux) {
        x << attribute("darcy_flux", "Vector",
                       active_cells(in, time_slice({in.flow_slices, nz, ny, nx, 3}, f, in.result_file, "/flow/darcy_flux"),
                                    true));
      }
    }
    for (std::size_t k = 0; step.transport_slice >= 0 && k < in.species.size(); ++k) {
      const XdmfSpecies& sp = in.species[k];
      const std::string values =
          active_cells(in,
                       time_slice({sp.slices, nz, ny, nx}, std::size_t(step.transport_slice), in.result_file,
                                  "/transport/" + sp.name + "/concentration"),
                       false);
      x << attribute(sp.name, "Scalar", values);
      if (sp.limit <= 0.0) continue;
      x << attribute(sp.name + "_ratio", "Scalar",
                     "<DataItem ItemType=\"Function\" Function=\"$0 / " + exact_number(sp.limit) +
                         "\" Dimensions=\"" + std::to_string(in.cells) + "\">" + values + "</DataItem>");
    }
    x << "    </Grid>\n";
  }
  x << "    </Grid>\n  </Domain>\n</Xdmf>\n";
  return x.str();
}

}  // namespace gwp::post
