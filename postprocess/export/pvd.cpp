#include "postprocess/export/pvd.hpp"

#include <fstream>
#include <sstream>

#include "core/errors.hpp"
#include "core/text_file.hpp"
#include "postprocess/export/xml_text.hpp"

namespace gwp::exporting {

std::string pvd_text(const std::vector<PvdEntry>& entries) {
  std::ostringstream xml;
  xml << "<?xml version=\"1.0\"?>\n"
      << "<VTKFile type=\"Collection\" version=\"0.1\" byte_order=\"LittleEndian\">\n"
      << "  <Collection>\n";
  for (const PvdEntry& e : entries) {
    xml << "    <DataSet timestep=\"" << exact_number(e.time) << "\" group=\"\" part=\"0\" file=\""
        << xml_escape(e.file) << "\"/>\n";
  }
  xml << "  </Collection>\n</VTKFile>\n";
  return xml.str();
}

void write_pvd(const std::string& path, const std::vector<PvdEntry>& entries) {
  write_text_whole(path, pvd_text(entries));
}

}  // namespace gwp::exporting
