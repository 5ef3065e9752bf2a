#include "postprocess/reporting/html_document.hpp"

#include <sstream>

namespace gwp::reporting {

namespace {

// Readable on screen and on paper: a narrow text column, tables that may be wider and scroll,
// numbers right-aligned in tabular figures, verdicts coloured as well as worded.
constexpr const char* kStyle = R"(
body { font-family: "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC",
       "WenQuanYi Micro Hei", Helvetica, Arial, sans-serif; line-height: 1.45;
       color: #1d2329; max-width: 70rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.7rem; border-bottom: 2px solid #2b6cb0; padding-bottom: 0.3rem; }
h2 { font-size: 1.35rem; margin-top: 2.2rem; border-bottom: 1px solid #cbd5e0; }
h3 { font-size: 1.12rem; margin-top: 1.6rem; }
h4 { font-size: 1rem; }
.table-wrap { overflow-x: auto; margin: 0.8rem 0 1.2rem; }
table { border-collapse: collapse; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
th, td { border: 1px solid #cbd5e0; padding: 0.25rem 0.55rem; vertical-align: top; }
th { background: #edf2f7; text-align: left; }
tbody tr:nth-child(even) { background: #f7fafc; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.good { background: #e6f4ea; color: #1e5631; }
td.bad { background: #fde8e8; color: #9b1c1c; font-weight: 600; }
figure { margin: 1rem 0 1.6rem; }
figure img { max-width: 100%; border: 1px solid #e2e8f0; }
figcaption { font-size: 0.9rem; color: #4a5568; }
.missing { border: 1px dashed #a0aec0; padding: 0.8rem; color: #4a5568; background: #f7fafc; }
details { margin: 0.8rem 0; }
summary { cursor: pointer; font-weight: 600; }
pre { background: #f7fafc; border: 1px solid #e2e8f0; padding: 0.8rem; overflow-x: auto;
      font-size: 0.85rem; }
@media print { .table-wrap { overflow: visible; } details { display: block; } }
)";

void write_table(std::ostringstream& out, const DocumentTable& table) {
  check_table(table);
  out << "<div class=\"table-wrap\">\n<table>\n";
  if (!table.caption.empty()) out << "<caption>" << html_escape(table.caption) << "</caption>\n";
  out << "<thead><tr>";
  for (const std::string& h : table.header) out << "<th scope=\"col\">" << html_escape(h) << "</th>";
  out << "</tr></thead>\n<tbody>\n";
  for (const auto& row : table.rows) {
    out << "<tr>";
    for (std::size_t c = 0; c < row.size(); ++c) {
      std::string classes;
      if (c < table.numeric.size() && table.numeric[c]) classes += "num";
      if (row[c].tone == Tone::good) classes += classes.empty() ? "good" : " good";
      if (row[c].tone == Tone::bad) classes += classes.empty() ? "bad" : " bad";
      out << (classes.empty() ? "<td>" : "<td class=\"" + classes + "\">") << html_escape(row[c].text)
          << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody>\n</table>\n</div>\n";
}

struct HtmlBlockWriter {
  std::ostringstream& out;
  Language language;
  void operator()(const Heading& h) const {
    const int level = h.level < 1 ? 1 : h.level > 4 ? 4 : h.level;
    out << "<h" << level;
    if (!h.anchor.empty()) out << " id=\"" << html_escape(h.anchor) << "\"";
    out << ">" << html_escape(h.text) << "</h" << level << ">\n";
  }
  void operator()(const Paragraph& p) const { out << "<p>" << html_escape(p.text) << "</p>\n"; }
  void operator()(const ItemList& l) const {
    out << "<ul>\n";
    for (const std::string& item : l.items) out << "<li>" << html_escape(item) << "</li>\n";
    out << "</ul>\n";
  }
  void operator()(const DocumentTable& t) const { write_table(out, t); }
  void operator()(const Picture& p) const {
    out << "<figure>\n";
    if (p.missing.empty()) {
      out << "<img src=\"" << html_escape(p.file) << "\" alt=\"" << html_escape(p.caption) << "\">\n";
    } else {
      out << "<div class=\"missing\">" << html_escape(say(language, Msg::picture_not_drawn, {p.missing})) << "</div>\n";
    }
    out << "<figcaption>" << html_escape(p.caption) << "</figcaption>\n</figure>\n";
  }
  void operator()(const Details& d) const {
    out << "<details>\n<summary>" << html_escape(d.summary) << "</summary>\n<pre>"
        << html_escape(d.text) << "</pre>\n</details>\n";
  }
};

}  // namespace

std::string html_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string to_html(const Document& document) {
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"" << html_language(document.language) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << html_escape(document.title) << "</title>\n<style>" << kStyle << "</style>\n"
      << "</head>\n<body>\n<h1>" << html_escape(document.title) << "</h1>\n";
  const HtmlBlockWriter writer{out, document.language};
  for (const Block& block : document.blocks) std::visit(writer, block);
  out << "</body>\n</html>\n";
  return out.str();
}

}  // namespace gwp::reporting
