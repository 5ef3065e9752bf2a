#include "postprocess/export/xdmf_sidecar.hpp"

#include <set>

#include "postprocess/export/xdmf_mesh.hpp"
#include "results/h5/attribute.hpp"
#include "results/h5/file.hpp"

namespace gwp::exporting {

std::string sidecar_head_path(int flow_slice) { return "/flow/head/" + xdmf_slice_name(flow_slice); }
std::string sidecar_flux_path(int flow_slice) { return "/flow/darcy_flux/" + xdmf_slice_name(flow_slice); }
std::string sidecar_species_path(const std::string& species, int transport_slice) {
  return "/transport/" + species + "/" + xdmf_slice_name(transport_slice);
}

XdmfSidecar write_xdmf_sidecar(const std::string& path, const results::ResultReader& reader, const ExportSource& source,
                               const std::vector<OutputStep>& steps, bool with_flux) {
  XdmfSidecar g;
  results::h5::File file = results::h5::File::create(path);
  {  // every object closed before the file is
    const results::h5::Group root = file.root();
    results::h5::set_text(root, "content",
                          "active cells of a gwplume result and their values, for its .xmf description");
    const XdmfMesh mesh = write_xdmf_mesh(root, source.grid);
    g = {mesh.points, mesh.cells};

    std::set<int> flow_slices, transport_slices;
    for (const OutputStep& s : steps) {
      if (s.flow_slice >= 0) flow_slices.insert(s.flow_slice);
      if (s.transport_slice >= 0) transport_slices.insert(s.transport_slice);
    }
    for (int f : flow_slices) {
      write_xdmf_field(root, sidecar_head_path(f), reader.read_slice("/flow/head", std::size_t(f)).values, mesh, 1, "m");
      if (!with_flux) continue;
      write_xdmf_field(root, sidecar_flux_path(f), reader.read_slice("/flow/darcy_flux", std::size_t(f)).values, mesh,
                       3, "m/d");
    }
    for (const std::string& sp : source.species) {
      for (int t : transport_slices) {
        const auto slice = reader.read_slice("/transport/" + sp + "/concentration", std::size_t(t));
        write_xdmf_field(root, sidecar_species_path(sp, t), slice.values, mesh, 1, "mg/L");
      }
    }
  }
  file.close();
  return g;
}

}  // namespace gwp::exporting
