#include "postprocess/reporting/document_files.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/errors.hpp"
#include "core/text_file.hpp"
#include "postprocess/reporting/html_document.hpp"
#include "postprocess/reporting/markdown_document.hpp"

namespace gwp::reporting {

void make_directory(const std::string& dir) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error || !std::filesystem::is_directory(dir)) {
    throw IoError("cannot create the directory " + dir + (error ? ": " + error.message() : std::string()));
  }
}

void write_text_file(const std::string& path, const std::string& text) { write_text_whole(path, text); }

std::string write_document(const Document& document, const std::string& dir, const std::string& stem) {
  make_directory(dir);
  const std::filesystem::path base = std::filesystem::path(dir) / stem;
  const std::string html = base.string() + ".html";
  write_text_file(html, to_html(document));
  write_text_file(base.string() + ".md", to_markdown(document));
  return html;
}

}  // namespace gwp::reporting
