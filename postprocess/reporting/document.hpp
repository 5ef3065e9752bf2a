// A small document model shared by the report and the comparison: headings, paragraphs, lists,
// tables, pictures and collapsible preformatted text. One Document is written both as HTML
// (html_document.hpp) and as Markdown (markdown_document.hpp), so the two never disagree. Text is
// plain: each writer escapes it for its own format.
#pragma once
#include <string>
#include <variant>
#include <vector>

#include "postprocess/reporting/messages.hpp"

namespace gwp::reporting {

// How a table cell reads: `good` and `bad` mark a verdict (compliant / exceeding), which HTML
// colours and Markdown puts in bold (bad only).
enum class Tone { plain, good, bad };

struct Cell {
  Cell(std::string t = {}, Tone tone = Tone::plain) : text(std::move(t)), tone(tone) {}
  Cell(const char* t) : text(t) {}
  std::string text;
  Tone tone = Tone::plain;
};

struct Heading {
  int level = 2;     // 1..4
  std::string text;
  std::string anchor;  // HTML id; empty: none
};

struct Paragraph {
  std::string text;
};

struct ItemList {
  std::vector<std::string> items;
};

struct DocumentTable {
  std::string caption;                 // may be empty
  std::vector<std::string> header;
  std::vector<bool> numeric;           // per column: right-aligned; missing entries: left
  std::vector<std::vector<Cell>> rows; // each as long as the header
};

// A picture beside the document. `missing` says why it was not drawn (empty when it was).
struct Picture {
  std::string file;      // relative to the document
  std::string caption;
  std::string missing;
};

// Text shown verbatim inside a collapsible block (<details> in HTML, a fenced block in Markdown).
struct Details {
  std::string summary;
  std::string text;
  std::string language;  // fence info string in Markdown, e.g. "toml"
};

using Block = std::variant<Heading, Paragraph, ItemList, DocumentTable, Picture, Details>;

struct Document {
  std::string title;
  Language language = Language::en;  // of its text: the page's lang, the writers' own words
  std::vector<Block> blocks;

  void heading(int level, std::string text, std::string anchor = {}) {
    blocks.emplace_back(Heading{level, std::move(text), std::move(anchor)});
  }
  void paragraph(std::string text) { blocks.emplace_back(Paragraph{std::move(text)}); }
  void list(std::vector<std::string> items) { blocks.emplace_back(ItemList{std::move(items)}); }
  void table(DocumentTable t) { blocks.emplace_back(std::move(t)); }
  void picture(Picture p) { blocks.emplace_back(std::move(p)); }
  void details(Details d) { blocks.emplace_back(std::move(d)); }
};

// Throws std::invalid_argument naming the table (caption or header) when a row's length differs
// from the header's.
void check_table(const DocumentTable& table);

}  // namespace gwp::reporting
