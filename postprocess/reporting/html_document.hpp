// A Document as one self-contained HTML page: the style sheet is inside, pictures are PNG files
// beside the page, referred to by relative name.
#pragma once
#include <string>

#include "postprocess/reporting/document.hpp"

namespace gwp::reporting {

// Text safe inside HTML elements and double-quoted attributes (& < > " ').
std::string html_escape(const std::string& text);

std::string to_html(const Document& document);

}  // namespace gwp::reporting
