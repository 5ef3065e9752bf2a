#include "models/case_reader.hpp"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "core/errors.hpp"
#include "models/case_document.hpp"
#include "models/overrides.hpp"
#include "models/read_sections.hpp"
#include "models/toml_reader.hpp"

namespace gwp::model {

namespace fs = std::filesystem;

namespace {

// Every problem, in the order a user reads them: file by file (the case, the files it extends,
// then the overrides), and by line and column within a file.
void throw_sorted(const Diagnostics& diagnostics, const std::vector<std::string>& files) {
  if (diagnostics.empty()) return;
  std::vector<Diagnostic> problems = diagnostics.items();
  const auto rank = [&](const std::string& file) {
    if (file == kOverrideSource) return files.size();
    const auto it = std::find(files.begin(), files.end(), file);
    return it == files.end() ? files.size() + 1 : static_cast<std::size_t>(it - files.begin());
  };
  std::stable_sort(problems.begin(), problems.end(), [&](const Diagnostic& a, const Diagnostic& b) {
    const auto ra = rank(a.where.file), rb = rank(b.where.file);
    if (ra != rb) return ra < rb;
    if (a.where.file != b.where.file) return a.where.file < b.where.file;  // data files (CSV) one by one
    if (a.where.line != b.where.line) return a.where.line < b.where.line;
    return a.where.column < b.where.column;
  });
  throw InputError(std::move(problems));
}

// [time] start when it is a valid date (a TOML date or "YYYY-MM-DD"); read_time reports it otherwise.
std::optional<Date> start_date(const toml::table& document) {
  const toml::node* start = document.at_path("time.start").node();
  if (!start) return std::nullopt;
  if (const auto* d = start->as_date()) return Date{int(d->get().year), int(d->get().month), int(d->get().day)};
  if (const auto* s = start->as_string()) return parse_date(s->get());
  return std::nullopt;
}

void read_sections(toml::table& document, Case& c, Reader& reader, const std::string& path) {
  Section root(reader, document, "", Location{path, 1, 1, ""});
  // With `extends` the merged root came from the base file; missing top-level keys are still
  // reported against the case file the user named.
  root.anchor(Location{path, 1, 1, ""});
  reader.start = start_date(document);  // before any section: dates anywhere count from it
  reader.start_given = document.at_path("time.start").node() != nullptr;
  reader.crs = document.at_path("grid.crs").value_or(std::string{});  // for polygons from GIS files
  read_case_info(root, c, fs::path(path).stem().string());
  read_grid(root, c);        // layer names first: everything below may refer to them
  read_species(root, c);     // then species names
  read_properties(root, c);
  check_chains(root.reader(), c);  // parents may be declared after their daughters, and decay in zones
  read_flow(root, c);
  read_wells(root, c);
  read_landfills(root, c);
  read_barriers(root, c);
  read_transport(root, c);
  read_time(root, c);
  read_monitoring(root, c);
  read_metrics(root, c);
  read_observations(root, c);
}  // the root Section reports unknown top-level keys here

}  // namespace

Case read_case(const std::string& path, const std::vector<std::string>& overrides) {
  Diagnostics diagnostics;
  if (!fs::is_regular_file(path)) {
    // A case named on the command line that is not there is a mistake in the input (exit 2);
    // a file that is there but cannot be read is an I/O error (exit 3).
    diagnostics.add(Location{path, 1, 1, ""}, fs::is_directory(path) ? "the case file is a directory, not a file"
                                              : fs::exists(path)     ? "the case file is not a regular file (a device, pipe or socket)"
                                                                     : "case file not found");
    diagnostics.throw_if_any();
  }
  std::vector<std::string> files;
  std::optional<toml::table> document = load_case_document(path, diagnostics, files);
  if (!document) {
    throw_sorted(diagnostics, files);
    throw IoError("cannot read case file '" + path + "'");
  }
  Reader reader(diagnostics);
  apply_overrides(*document, overrides, reader);
  resolve_relative_paths(*document, fs::current_path());

  Case c;
  c.file = fs::absolute(path).lexically_normal().string();
  read_sections(*document, c, reader, path);
  std::ostringstream text;
  text << toml::toml_formatter(*document);
  c.text = text.str();
  throw_sorted(diagnostics, files);
  return c;
}

}  // namespace gwp::model
