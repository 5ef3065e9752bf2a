#include "postprocess/export/csv_text.hpp"

#include <charconv>
#include <cmath>
#include <fstream>

#include "core/errors.hpp"
#include "core/text_file.hpp"

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
  std::string text = "\xEF\xBB\xBF";  // a byte-order mark, so spreadsheets read the text as UTF-8
  const auto line = [&](const std::vector<std::string>& fields) {
    for (std::size_t k = 0; k < fields.size(); ++k) text += (k ? "," : "") + csv_quoted(fields[k]);
    text += "\r\n";
  };
  line(header);
  for (const auto& row : rows) line(row);
  write_text_whole(path, text);
}

}  // namespace gwp::exporting
