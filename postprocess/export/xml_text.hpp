// Small pieces of hand-written XML (.pvd, .xmf): attribute values escaped, numbers exact.
#pragma once
#include <string>

namespace gwp::exporting {

// `text` with & < > " ' replaced by their entities, safe inside an attribute or element.
std::string xml_escape(const std::string& text);

// A double with 17 significant digits, so it parses back to the same value.
std::string exact_number(double value);

}  // namespace gwp::exporting
