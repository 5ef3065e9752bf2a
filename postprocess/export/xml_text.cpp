#include "postprocess/export/xml_text.hpp"

#include <iomanip>
#include <sstream>

namespace gwp::exporting {

std::string xml_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += ch;
    }
  }
  return out;
}

std::string exact_number(double value) {
  std::ostringstream s;
  s << std::setprecision(17) << value;
  return s.str();
}

}  // namespace gwp::exporting
