// CSV text as people write it by hand or export it from a spreadsheet, read into records whose
// fields remember where they were written, so that a problem in one is reported at its line and
// column. Accepts a UTF-8 byte-order mark, CRLF or LF line ends, blank lines (skipped), spaces
// and tabs round fields (dropped), and quoted fields (RFC 4180: commas, line breaks and doubled
// quotes inside quotes).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace gwp {

struct CsvField {
  std::string text;   // without the quotes and the spaces round it
  int column = 1;     // 1-based, in characters (UTF-8 code points) from the start of its line
  bool quoted = false;
};

struct CsvRecord {
  int line = 1;                   // 1-based line the record starts on
  std::vector<CsvField> fields;
};

// Every record of `text` that holds anything; a line of only spaces and commas is blank.
// An unterminated quote runs to the end of the text (the field holds the rest).
std::vector<CsvRecord> csv_records(std::string_view text);

}  // namespace gwp
