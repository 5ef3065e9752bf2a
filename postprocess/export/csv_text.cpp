#include "postprocess/export/csv_text.hpp"

#include <charconv>
#include <cmath>
#include <fstream>

#include "core/errors.hpp"

namespace gwp::exporting {

std::string csv_number(double value) {
  if (std::isnan(value)) return "";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  char text[32];
  const auto end = std::to_chars(text, text + sizeof text, value).ptr;  // shortest round trip
  return std::string(text, end);
}

std::string csv_heading(const std::string& name, const std::string& unit) {
  return unit.empty() || unit == "1" ? name : name + " (" + unit + ")";
}

void write_csv(const std::string& path, const std::vector<std::string>& header,
               const std::vector<std::vector<std::string>>& rows) {
  std::ofstream out(path, std::ios::binary);
  out << "\xEF\xBB\xBF";
  const auto line = [&](const std::vector<std::string>& fields) {
    for (std::size_t k = 0; k < fields.size(); ++k) out << (k ? "," : "") << csv_quoted(fields[k]);
    out << "\r\n";
  };
  line(header);
  for (const auto& row : rows) line(row);
  out.close();
  if (!out) throw IoError("could not write " + path);
}

}  // namespace gwp::exporting
