// libFuzzer target: bytes -> the CSV readers. Every input goes through each of them:
//   csv_records (observation files), with its positions checked;
//   csv_split and comma_items (sweep plans, command-line lists), and csv_quoted written back;
//   parse_surface_csv (grid tops and bottoms) at the shape the text suggests and at 3 x 2;
//   parse_observation_csv with and without a start date, English and Chinese column names.
// A problem must be a diagnostic at a line and column of the file; a crash, a sanitizer report or
// an exception is a finding.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/csv_fields.hpp"
#include "core/csv_records.hpp"
#include "models/csv_surface.hpp"
#include "models/diagnostics.hpp"
#include "models/observation_csv.hpp"

namespace {

[[noreturn]] void finding(const std::string& what) {
  std::fprintf(stderr, "fuzz_csv: %s\n", what.c_str());
  std::abort();
}

void check_records(std::string_view text) {
  int last_line = 0;
  for (const gwp::CsvRecord& r : gwp::csv_records(text)) {
    if (r.line < 1 || r.line < last_line) finding("record at line " + std::to_string(r.line) + " after " +
                                                  std::to_string(last_line));
    last_line = r.line;
    if (r.fields.empty()) finding("a record without fields");
    for (const gwp::CsvField& f : r.fields)
      if (f.column < 1) finding("a field at column " + std::to_string(f.column));
  }
}

// A line's fields, quoted as the CSV export writes them and joined, split back to themselves.
void check_split(const std::string& text) {
  const std::vector<std::string> fields = gwp::csv_split(text);
  if (fields.empty()) finding("csv_split gave no field");
  (void)gwp::comma_items(text);
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) line += (i ? "," : "") + gwp::csv_quoted(fields[i]);
  if (gwp::csv_split(line) != fields) finding("csv_split(csv_quoted(fields)) is not the fields");
}

// The rows and columns of the text as parse_surface_csv counts them (roughly: lines that hold
// something and are not comments; fields of the first such line).
std::pair<int, int> surface_shape(std::string_view text) {
  int rows = 0, columns = 0;
  std::size_t start = 0;
  while (start < text.size() && rows < 64) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, end - start);
    const std::size_t first = line.find_first_not_of(" \t\r");
    if (first != std::string_view::npos && line[first] != '#') {
      if (rows++ == 0) {
        const bool commas = line.find(',') != std::string_view::npos;
        columns = 1;
        for (char c : line) columns += commas ? c == ',' : c == ' ';
      }
    }
    start = end + 1;
  }
  return {std::clamp(columns, 1, 64), std::clamp(rows, 1, 64)};
}

void check_surface(std::string_view text, int nx, int ny) {
  gwp::model::Diagnostics d;
  const gwp::model::Location where{"case.toml", 3, 7, "grid.top"};
  const auto values = gwp::model::parse_surface_csv(text, "top.csv", nx, ny, where, d);
  if (values && values->size() != std::size_t(nx) * std::size_t(ny)) finding("a surface of the wrong size");
  if (!values && d.empty()) finding("a surface refused without a problem");
}

void check_observations(std::string_view text, bool dated, bool chinese) {
  gwp::model::ObservationRules rules;
  rules.key = "observations[0]";
  if (chinese) rules.columns = {"监测井", "日期", "指标", "浓度", "单位", false};
  rules.points = {"MW-near", "MW-far", "MW-1"};
  rules.other_receptors = {"river"};
  rules.species = {{"chloride", "chloride"}, {"ammonia_n", "ammonia_n"}, {"NH₃-N", "ammonia_n"}, {"氨氮", "ammonia_n"}};
  rules.species_names = {"chloride", "ammonia_n"};
  rules.detection_limit = 0.01;
  if (dated) rules.start = gwp::Date{2005, 1, 1};
  rules.end = 3650.0;
  gwp::model::Diagnostics d;
  const auto rows = gwp::model::parse_observation_csv(text, "samples.csv", rules, d);
  for (const gwp::model::Diagnostic& p : d.items())
    if (p.where.file != "samples.csv" || p.where.line < 1 || p.where.column < 1 || p.message.empty())
      finding("a problem not located in the file: " + p.format());
  for (const gwp::model::Observation& o : rows)
    if (o.where.line < 1) finding("an observation without its line");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    check_records(text);
    check_split(text);
    const auto [nx, ny] = surface_shape(text);
    check_surface(text, nx, ny);
    check_surface(text, 3, 2);
    check_observations(text, true, false);
    check_observations(text, false, false);
    check_observations(text, true, true);
  } catch (const std::exception& e) {
    finding(std::string("exception: ") + e.what());
  }
  return 0;
}
