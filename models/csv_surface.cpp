#include "models/csv_surface.hpp"

#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

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

struct Reporter {
  const std::string& file;
  const Location& where;
  Diagnostics& d;
  int count = 0;
  void add(const std::string& message) {
    if (count++ < kMaxProblemsPerFile) d.add(where, "file " + file + ": " + message);
  }
};

}  // namespace

std::optional<std::vector<double>> parse_surface_csv(std::string_view text, const std::string& file_name, int nx,
                                                     int ny, const Location& where, Diagnostics& d) {
  Reporter report{file_name, where, d};
  std::vector<double> values;
  values.reserve(std::size_t(nx) * std::size_t(ny));
  int row = 0, line_number = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto newline = text.find('\n', start);
    const std::string_view line =
        trim(text.substr(start, newline == std::string_view::npos ? std::string_view::npos : newline - start));
    start = newline == std::string_view::npos ? text.size() + 1 : newline + 1;
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    ++row;
    const std::string at = "row " + std::to_string(row) + " (line " + std::to_string(line_number) + ")";
    if (row > ny) continue;  // counted, reported once below
    const auto row_fields = fields(line);
    if (int(row_fields.size()) != nx) {
      report.add(at + " has " + std::to_string(row_fields.size()) + " values, expected nx = " + std::to_string(nx));
      continue;
    }
    for (std::size_t c = 0; c < row_fields.size(); ++c) {
      const auto v = number(row_fields[c]);
      if (!v) {
        report.add(at + ", column " + std::to_string(c + 1) + ": \"" + std::string(row_fields[c]) +
                   "\" is not a number");
        break;
      }
      values.push_back(*v);
    }
  }
  if (row != ny)
    report.add("has " + std::to_string(row) + " rows of values, expected ny = " + std::to_string(ny) +
               " (row 1 is the north edge)");
  if (report.count > kMaxProblemsPerFile)
    d.add(where, "file " + file_name + ": " + std::to_string(report.count - kMaxProblemsPerFile) + " more problems");
  if (report.count > 0) return std::nullopt;
  return values;
}

std::optional<std::vector<double>> read_surface_csv(const std::string& path, int nx, int ny, const Location& where,
                                                    Diagnostics& d) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    d.add(where, "cannot read file " + path);
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return parse_surface_csv(text.str(), path, nx, ny, where, d);
}

std::optional<std::vector<double>> surface_values(const Surface& surface, int nx, int ny, Diagnostics& d) {
  if (surface.file.empty()) return std::vector<double>(std::size_t(nx) * std::size_t(ny), surface.value);
  return read_surface_csv(surface.file, nx, ny, surface.where, d);
}

}  // namespace gwp::model
