// What an export wrote and what it had to say about the result on the way.
#pragma once
#include <string>
#include <vector>

namespace gwp::exporting {

struct ExportReport {
  std::vector<std::string> files;     // paths written, in order
  std::vector<std::string> warnings;  // e.g. a time without a head, an unknown CRS

  void append(const ExportReport& other) {
    files.insert(files.end(), other.files.begin(), other.files.end());
    warnings.insert(warnings.end(), other.warnings.begin(), other.warnings.end());
  }
};

// A name safe in a file name made from `name` (letters, digits, '-', '_' and '.' kept, anything
// else '_'); `fallback` when nothing is left.
std::string file_stem(const std::string& name, const std::string& fallback = "result");

// "0007": an output index padded to four digits, so files sort in time order.
std::string step_label(std::size_t index);

}  // namespace gwp::exporting
