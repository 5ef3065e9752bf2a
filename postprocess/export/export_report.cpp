#include "postprocess/export/export_report.hpp"

#include <cctype>
#include <cstdio>

namespace gwp::exporting {

std::string file_stem(const std::string& name, const std::string& fallback) {
  std::string stem;
  for (unsigned char ch : name) stem += (std::isalnum(ch) || ch == '-' || ch == '_' || ch == '.') ? char(ch) : '_';
  if (stem.find_first_not_of("._") == std::string::npos) return fallback;
  return stem;
}

std::string step_label(std::size_t index) {
  char text[24];
  std::snprintf(text, sizeof text, "%04zu", index);
  return text;
}

}  // namespace gwp::exporting
