#include "core/csv_records.hpp"

#include <algorithm>

namespace gwp {

namespace {

// A UTF-8 continuation byte (10xxxxxx) does not start a character: columns count code points,
// so a field after Chinese text is reported where an editor shows it.
bool starts_character(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

bool is_blank(const CsvRecord& r) {
  return std::all_of(r.fields.begin(), r.fields.end(), [](const CsvField& f) { return f.text.empty() && !f.quoted; });
}

void trim(std::string& raw) {
  const auto first = raw.find_first_not_of(" \t");
  if (first == std::string::npos) {
    raw.clear();
    return;
  }
  raw = raw.substr(first, raw.find_last_not_of(" \t") - first + 1);
}

}  // namespace

std::vector<CsvRecord> csv_records(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::vector<CsvRecord> records;
  CsvRecord record;
  CsvField field;
  std::string raw;          // the field's characters as they come
  bool in_quotes = false;
  bool field_started = false;  // a non-space character (or a quote) has been seen in this field
  std::size_t quoted_length = 0;  // of a quoted field: what its quotes enclosed
  int line = 1, column = 1;

  const auto end_field = [&] {
    // A quoted field is what its quotes enclosed (spaces inside kept); text after the closing
    // quote other than spaces is kept too rather than lost.
    if (field.quoted && raw.find_first_not_of(" \t", quoted_length) == std::string::npos) raw.resize(quoted_length);
    else if (!field.quoted) trim(raw);
    field.text = std::move(raw);
    record.fields.push_back(std::move(field));
    field = CsvField{};
    raw.clear();
    field_started = false;
  };
  const auto end_record = [&] {
    end_field();
    if (!is_blank(record)) records.push_back(std::move(record));
    record = CsvRecord{};
  };

  record.line = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        raw += '"';
        ++i;
        column += 2;
        continue;
      }
      if (c == '"') {
        in_quotes = false;
        quoted_length = raw.size();
      } else {
        raw += c;
        if (c == '\n') ++line, column = 0;
      }
      if (starts_character(c)) ++column;
      continue;
    }
    if (c == '\r' && (i + 1 == text.size() || text[i + 1] == '\n')) continue;  // CRLF, or a CR at the end
    if (c == '\n') {
      end_record();
      ++line;
      column = 1;
      record.line = line;
      field.column = 1;
      continue;
    }
    if (c == ',') {
      end_field();
      ++column;
      field.column = column;  // where an empty field is reported
      continue;
    }
    if (!field_started && (c == ' ' || c == '\t')) {
      ++column;
      continue;
    }
    if (!field_started) {
      field.column = column;
      field_started = true;
      if (c == '"') {
        field.quoted = true;
        in_quotes = true;
        ++column;
        continue;
      }
    }
    raw += c;
    if (starts_character(c)) ++column;
  }
  if (!text.empty() || !record.fields.empty()) end_record();
  return records;
}

}  // namespace gwp
