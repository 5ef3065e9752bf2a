#include "postprocess/reporting/markdown_document.hpp"

#include <algorithm>
#include <sstream>

namespace gwp::reporting {

namespace {

// A fence longer than any run of backticks in the text, so the text cannot close it.
std::string fence_for(const std::string& text) {
  std::size_t longest = 0, run = 0;
  for (char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return std::string(std::max<std::size_t>(3, longest + 1), '`');
}

struct MarkdownBlockWriter {
  std::ostringstream& out;
  Language language;
  void operator()(const Heading& h) const {
    const int level = h.level < 1 ? 1 : h.level > 4 ? 4 : h.level;
    out << std::string(std::size_t(level), '#') << " " << h.text << "\n\n";
  }
  void operator()(const Paragraph& p) const { out << p.text << "\n\n"; }
  void operator()(const ItemList& l) const {
    for (const std::string& item : l.items) out << "- " << item << "\n";
    out << "\n";
  }
  void operator()(const DocumentTable& t) const {
    check_table(t);
    if (!t.caption.empty()) out << "**" << t.caption << "**\n\n";
    out << "|";
    for (const std::string& h : t.header) out << " " << markdown_cell(h) << " |";
    out << "\n|";
    for (std::size_t c = 0; c < t.header.size(); ++c) {
      out << (c < t.numeric.size() && t.numeric[c] ? " ---: |" : " --- |");
    }
    out << "\n";
    for (const auto& row : t.rows) {
      out << "|";
      for (const Cell& cell : row) {
        const std::string text = markdown_cell(cell.text);
        out << " " << (cell.tone == Tone::bad && !text.empty() ? "**" + text + "**" : text) << " |";
      }
      out << "\n";
    }
    out << "\n";
  }
  void operator()(const Picture& p) const {
    if (p.missing.empty()) {
      out << "![" << p.caption << "](" << p.file << ")\n\n*" << p.caption << "*\n\n";
    } else {
      out << "> " << say(language, Msg::picture_not_drawn_captioned, {p.caption, p.missing}) << "\n\n";
    }
  }
  void operator()(const Details& d) const {
    const std::string fence = fence_for(d.text);
    out << "<details><summary>" << d.summary << "</summary>\n\n"
        << fence << d.language << "\n" << d.text << (d.text.ends_with('\n') ? "" : "\n") << fence
        << "\n\n</details>\n\n";
  }
};

}  // namespace

std::string markdown_cell(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

std::string to_markdown(const Document& document) {
  std::ostringstream out;
  out << "# " << document.title << "\n\n";
  const MarkdownBlockWriter writer{out, document.language};
  for (const Block& block : document.blocks) std::visit(writer, block);
  return out.str();
}

}  // namespace gwp::reporting
