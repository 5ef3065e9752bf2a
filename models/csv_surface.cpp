#include "models/csv_surface.hpp"

#include <charconv>
#include <cmath>

#include "models/input_text.hpp"
#include "models/number_text.hpp"
#include "models/units.hpp"

namespace gwp::model {

namespace {

// Enough to show what is wrong with a file without burying the other problems of the case.
constexpr int kMaxProblemsPerFile = 5;

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r");
  return s.substr(first, last - first + 1);
}

// The fields of one line: split on commas when there is one, else on white space.
std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  if (line.find(',') != std::string_view::npos) {
    std::size_t start = 0;
    while (true) {
      const auto comma = line.find(',', start);
      out.push_back(trim(line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start)));
      if (comma == std::string_view::npos) break;
      start = comma + 1;
    }
    // A trailing comma (as spreadsheets write) ends the row; it does not add an empty value.
    if (out.size() > 1 && out.back().empty()) out.pop_back();
    return out;
  }
  std::size_t pos = 0;
  while ((pos = line.find_first_not_of(" \t\r", pos)) != std::string_view::npos) {
    const auto end = line.find_first_of(" \t\r", pos);
    out.push_back(line.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos));
    pos = end;
  }
  return out;
}

// A finite number written in full (no trailing characters); locale-independent.
std::optional<double> number(std::string_view s) {
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  double v = 0.0;
  const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (error != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

// Every problem at its line and column of the file, under the key that names the file; at most
// kMaxProblemsPerFile, then how many more.
struct Reporter {
  const std::string& file;
  const Location& where;  // of the key in the case
  Diagnostics& d;
  int count = 0;
  Location first_unshown;
  void add(int line, int column, const std::string& message) {
    const Location at{file, line, column, where.key};
    if (count++ < kMaxProblemsPerFile) d.add(at, message);
    else if (count == kMaxProblemsPerFile + 1) first_unshown = at;
  }
};

std::string count_of(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// 1-based column of `at` in its line, in characters (UTF-8 code points), as editors count.
int column_of(std::string_view text, std::size_t line_start, const char* at) {
  int column = 1;
  for (const char* c = text.data() + line_start; c < at; ++c)
    if ((static_cast<unsigned char>(*c) & 0xC0) != 0x80) ++column;
  return column;
}

}  // namespace

std::optional<std::vector<double>> parse_surface_csv(std::string_view text, const std::string& file_name, int nx,
                                                     int ny, const Location& where, Diagnostics& d) {
  Reporter report{file_name, where, d, 0, {}};
  std::vector<double> values;
  values.reserve(std::size_t(nx) * std::size_t(ny));
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // a byte-order mark, as Excel writes
  if (const auto bad = not_utf8(text)) {
    report.add(bad->line, bad->column, not_utf8_message(*bad));
    return std::nullopt;
  }
  int row = 0, line_number = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto newline = text.find('\n', start);
    const std::size_t line_start = start;
    const std::string_view line =
        trim(text.substr(start, newline == std::string_view::npos ? std::string_view::npos : newline - start));
    start = newline == std::string_view::npos ? text.size() + 1 : newline + 1;
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    ++row;
    if (row == ny + 1)
      report.add(line_number, 1, "row " + std::to_string(row) + " is more than ny = " + std::to_string(ny) +
                                      " rows (row 1 is the north edge)");
    if (row > ny) continue;
    const auto row_fields = fields(line);
    if (int(row_fields.size()) != nx) {
      report.add(line_number, 1, "row " + std::to_string(row) + " has " + count_of(row_fields.size(), "value", "values") +
                                     ", expected nx = " + std::to_string(nx));
      continue;
    }
    for (std::size_t c = 0; c < row_fields.size(); ++c) {
      const auto v = number(row_fields[c]);
      const int column = column_of(text, line_start, row_fields[c].data());
      const std::string at = "row " + std::to_string(row) + ", value " + std::to_string(c + 1) + ": ";
      if (!v) {
        report.add(line_number, column, at + shown_text(row_fields[c]) + " is not a number (expected an elevation in m)");
        break;
      }
      if (!(std::abs(*v) <= kLargestQuantity)) {
        report.add(line_number, column, at + std::string(row_fields[c]) + " is too large (expected a magnitude of at most " +
                                            number_text(kLargestQuantity) + " m)");
        break;
      }
      values.push_back(*v);
    }
  }
  if (row < ny)
    report.add(1, 1, "the file has " + count_of(std::size_t(row), "row", "rows") + " of values, expected ny = " + std::to_string(ny) +
                         " (row 1 is the north edge)");
  if (report.count > kMaxProblemsPerFile)
    d.add(report.first_unshown, std::to_string(report.count - kMaxProblemsPerFile) + " more problems in this file");
  if (report.count > 0) return std::nullopt;
  return values;
}

std::optional<std::vector<double>> read_surface_csv(const std::string& path, int nx, int ny, const Location& where,
                                                    Diagnostics& d) {
  std::string problem;
  const std::optional<std::string> text = read_text_file(path, std::nullopt, &problem);
  if (!text) {
    d.add(where, "file " + path + " " + problem);
    return std::nullopt;
  }
  return parse_surface_csv(*text, path, nx, ny, where, d);
}

std::optional<std::vector<double>> surface_values(const Surface& surface, int nx, int ny, Diagnostics& d) {
  if (surface.file.empty()) return std::vector<double>(std::size_t(nx) * std::size_t(ny), surface.value);
  return read_surface_csv(surface.file, nx, ny, surface.where, d);
}

}  // namespace gwp::model
