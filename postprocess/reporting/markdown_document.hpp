// A Document as GitHub-flavoured Markdown: pipe tables, pictures as image links to the PNG files
// beside it, collapsible text as fenced blocks.
#pragma once
#include <string>

#include "postprocess/reporting/document.hpp"

namespace gwp::reporting {

// Text safe inside a pipe-table cell: '|' escaped, line breaks as spaces.
std::string markdown_cell(const std::string& text);

std::string to_markdown(const Document& document);

}  // namespace gwp::reporting
