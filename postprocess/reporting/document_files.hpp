// Writing a Document beside its pictures: DIR/<stem>.html and DIR/<stem>.md (DIR created), and
// plain text files such as CSV tables.
#pragma once
#include <string>

#include "postprocess/reporting/document.hpp"

namespace gwp::reporting {

// Creates `dir` (and parents) if needed; throws IoError naming it when that fails.
void make_directory(const std::string& dir);

// Writes `text` to `path` whole; throws IoError naming the file when it cannot.
void write_text_file(const std::string& path, const std::string& text);

// Writes <dir>/<stem>.html and <dir>/<stem>.md; returns the HTML path.
std::string write_document(const Document& document, const std::string& dir, const std::string& stem);

}  // namespace gwp::reporting
