#include "postprocess/reporting/verification_status.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

namespace gwp::reporting {

namespace {

std::string trim(const std::string& s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return s;
}

// The cells of a pipe-table line "| a | b |", an escaped "\|" staying inside its cell.
std::vector<std::string> cells_of(const std::string& line) {
  std::vector<std::string> cells;
  std::string cell;
  const std::string body = trim(line);
  for (std::size_t i = 1; i < body.size(); ++i) {
    if (body[i] == '\\' && i + 1 < body.size() && body[i + 1] == '|') {
      cell += '|';
      ++i;
    } else if (body[i] == '|') {
      cells.push_back(trim(cell));
      cell.clear();
    } else {
      cell += body[i];
    }
  }
  if (!trim(cell).empty()) cells.push_back(trim(cell));
  return cells;
}

bool is_separator(const std::vector<std::string>& cells) {
  return !cells.empty() && std::all_of(cells.begin(), cells.end(), [](const std::string& c) {
    return !c.empty() && c.find_first_not_of(":- ") == std::string::npos;
  });
}

// Index of the first header cell that starts with one of `names`; -1 if none.
int column_of(const std::vector<std::string>& header, std::initializer_list<const char*> names) {
  for (std::size_t i = 0; i < header.size(); ++i)
    for (const char* name : names)
      if (lower(header[i]).starts_with(name)) return int(i);
  return -1;
}

std::string cell_at(const std::vector<std::string>& cells, int column) {
  return column >= 0 && std::size_t(column) < cells.size() ? cells[std::size_t(column)] : std::string();
}

}  // namespace

std::vector<VerificationSection> parse_verification_tables(const std::string& markdown) {
  std::vector<VerificationSection> sections;
  std::istringstream in(markdown);
  std::string line, heading;
  std::vector<std::string> header;  // of the table being read; empty outside tables
  bool wanted = false;              // the current table has an id column
  int id = -1, problem = -1, measured = -1, tolerance = -1, state = -1;
  std::vector<std::string> previous;  // cells of the line before, a possible header
  while (std::getline(in, line)) {
    const std::string t = trim(line);
    if (t.starts_with("## ")) heading = trim(t.substr(3));
    if (!t.starts_with("|")) {
      header.clear();
      previous.clear();
      wanted = false;
      continue;
    }
    const std::vector<std::string> cells = cells_of(t);
    if (header.empty()) {
      if (is_separator(cells) && !previous.empty()) {
        header = previous;
        id = column_of(header, {"id"});
        problem = column_of(header, {"problem"});
        measured = column_of(header, {"measured"});
        tolerance = column_of(header, {"tolerance"});
        state = column_of(header, {"test", "status", "state"});
        wanted = id >= 0;
        if (wanted && (sections.empty() || sections.back().heading != heading)) sections.push_back({heading, {}});
      }
      previous = cells;
      continue;
    }
    if (!wanted) continue;
    sections.back().rows.push_back({cell_at(cells, id), cell_at(cells, problem), cell_at(cells, measured),
                                    cell_at(cells, tolerance), cell_at(cells, state)});
  }
  return sections;
}

VerificationStatus read_verification_status(const std::vector<std::string>& candidates) {
  VerificationStatus status;
  for (const std::string& path : candidates) {
    std::ifstream in(path);
    if (!in) continue;
    std::ostringstream text;
    text << in.rdbuf();
    status.source = path;
    status.sections = parse_verification_tables(text.str());
    return status;
  }
  return status;
}

}  // namespace gwp::reporting
