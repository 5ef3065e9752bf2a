#include "results/result_writer.hpp"

#include <cmath>
#include <ctime>
#include <filesystem>
#include <limits>
#include <stdexcept>
#include <system_error>

#include "core/errors.hpp"
#include "results/h5/attribute.hpp"

namespace gwp::results {

namespace fs = std::filesystem;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Rows a chunk of a time series or table holds: a few kilobytes, written one row at a time.
constexpr hsize_t kRowsPerChunk = 256;
// Times a chunk of a times or per-time value dataset holds.
constexpr hsize_t kTimesPerChunk = 64;
// gzip level of per-cell fields: after byte shuffling, level 1 already compresses smooth fields
// well, and a run storing every step spends its time here (bench/RESULTS.md), so the fastest
// level is used.
constexpr int kFieldDeflateLevel = 1;

std::string utc_now_iso8601() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

std::string absolute(const std::string& path) { return path.starts_with('/') ? path : "/" + path; }

// Parent group and last name of an absolute path: "/monitoring/MW-2/head" -> {"/monitoring/MW-2",
// "head"}.
std::pair<std::string, std::string> split(const std::string& path) {
  const std::size_t slash = path.find_last_of('/');
  if (slash == std::string::npos || slash + 1 == path.size()) {
    throw std::invalid_argument("'" + path + "' does not name a dataset");
  }
  return {slash == 0 ? "/" : path.substr(0, slash), path.substr(slash + 1)};
}

h5::File create_partial(const std::string& final_path, const std::string& partial) {
  std::error_code error;
  const fs::path directory = fs::path(final_path).parent_path();
  if (!directory.empty()) {
    fs::create_directories(directory, error);
    if (error) {
      throw IoError("cannot create directory " + directory.string() +
                    " for the result: " + error.message());
    }
  }
  // A partial file left by an earlier run that was killed is of no further use.
  fs::remove(partial, error);
  if (error) throw IoError("cannot remove the stale " + partial + ": " + error.message());
  return h5::File::create(partial);
}

const Grid& checked_grid(const ResultHeader& header) {
  if (header.grid == nullptr) throw std::invalid_argument("result header has no grid");
  const Grid& grid = *header.grid;
  if (grid.active.size() != std::size_t(grid.cell_count())) {
    throw std::invalid_argument("grid has " + std::to_string(grid.cell_count()) + " cells but " +
                                std::to_string(grid.active.size()) + " active flags");
  }
  return grid;
}

}  // namespace

ResultWriter::ResultWriter(std::string final_path, const ResultHeader& header)
    : final_path_(std::move(final_path)),
      partial_path_(results::partial_path(final_path_)),
      nx_(checked_grid(header).nx),
      ny_(header.grid->ny),
      nz_(header.grid->nz),
      active_(header.grid->active),
      file_(create_partial(final_path_, partial_path_)) {
  const h5::Group root = file_.root();
  h5::set_text(root, "format", kResultFormat);
  h5::set_integer(root, "format_version", kResultFormatVersion);
  h5::set_text(root, "program_version", header.program_version);
  h5::set_text(root, "case_name", header.case_name);
  h5::set_text(root, "case_title", header.case_title);
  if (!header.start_date.empty()) h5::set_text(root, "start_date", header.start_date);
  h5::set_text(root, "created", utc_now_iso8601());
  // Until the run says otherwise, a reader of this file is looking at an unfinished run.
  h5::set_text(root, "status", kStatusInterrupted);
  h5::set_text(root, "case_toml", header.case_toml);
  write_grid(root, *header.grid, header.crs, header.layer_names);
  write_properties(root, *header.grid, header.properties);
  write_features(root, header.features);
  file_.flush();
}

ResultWriter::~ResultWriter() {
  if (finished_) return;
  try {
    close_file();
  } catch (...) {
    // Nothing more can be done in a destructor; the file keeps status "interrupted".
  }
}

void ResultWriter::on_flow_output(const FlowOutput& output) {
  require_writing("a flow output");
  if (output.head == nullptr) throw std::invalid_argument("flow output without heads");
  append_field("flow", "head", "m", output.time, *output.head);
  append_field("flow", "darcy_flux", "m/d", output.time, output.darcy_flux, 3);
  const h5::Dataset& flux = open_.at("/flow/darcy_flux");
  if (!h5::has_attribute(flux, "components")) h5::set_texts(flux, "components", {"qx", "qy", "qz"});
  append_value("flow", "discrepancy_percent", "%", output.time,
               output.discrepancy_percent);

  h5::Table rows{{{"time", h5::ColumnType::real, {}, {}},
                  {"term", h5::ColumnType::text, {}, {}},
                  {"kind", h5::ColumnType::text, {}, {}},
                  {"inflow", h5::ColumnType::real, {}, {}},
                  {"outflow", h5::ColumnType::real, {}, {}}}};
  for (const FlowBudgetRow& line : output.budget) {
    rows.columns[0].reals.push_back(output.time);
    rows.columns[1].texts.push_back(line.term);
    rows.columns[2].texts.push_back(line.kind);
    rows.columns[3].reals.push_back(line.inflow);
    rows.columns[4].reals.push_back(line.outflow);
  }
  append_rows("flow/budget", rows, "m3/d", {"d", "", "", "m3/d", "m3/d"});
  // A stored flow time is rare and precious: make it durable before the run goes on.
  file_.flush();
}

void ResultWriter::on_transport_output(const TransportOutput& output) {
  require_writing("a transport output");
  for (const SpeciesOutput& sp : output.species) {
    if (sp.concentration == nullptr) throw std::invalid_argument("transport output of " + sp.name + " without values");
    append_field("transport", sp.name + "/concentration", "mg/L", output.time, *sp.concentration);
    if (sp.sorbed != nullptr) append_field("transport", sp.name + "/sorbed", "mg/kg", output.time, *sp.sorbed);
    append_value("transport", sp.name + "/discrepancy_percent", "%", output.time, sp.discrepancy_percent);
    append_value("transport", sp.name + "/dissolved_mass", "g", output.time, sp.dissolved_mass);
    append_value("transport", sp.name + "/sorbed_mass", "g", output.time, sp.sorbed_mass);
    h5::Table rows{{{"time", h5::ColumnType::real, {}, {}},
                    {"term", h5::ColumnType::text, {}, {}},
                    {"mass_in", h5::ColumnType::real, {}, {}},
                    {"mass_out", h5::ColumnType::real, {}, {}}}};
    for (const MassBudgetRow& line : sp.budget) {
      rows.columns[0].reals.push_back(output.time);
      rows.columns[1].texts.push_back(line.term);
      rows.columns[2].reals.push_back(line.in);
      rows.columns[3].reals.push_back(line.out);
    }
    append_rows("transport/" + sp.name + "/budget", rows, "g", {"d", "", "g", "g"});
  }
  file_.flush();
}

void ResultWriter::on_series(const std::string& path, const std::string& units, double time,
                             const std::vector<double>& values) {
  require_writing("a series sample");
  const std::string full = absolute(path);
  const h5::Dataset& dataset = growing(full, [&](const h5::Group& root) {
    const auto [parent, leaf] = split(full);
    std::vector<std::string> columns{"time"}, column_units{"d"};
    for (std::size_t c = 0; c < values.size(); ++c) {
      columns.push_back(values.size() == 1 ? leaf : leaf + "_" + std::to_string(c + 1));
      column_units.push_back(units);
    }
    h5::Dataset created = h5::create_growing(
        root.require_group(parent), leaf, {hsize_t(values.size() + 1)}, {kRowsPerChunk, 0, kNaN});
    h5::set_text(created, "units", units);
    h5::set_texts(created, "columns", columns);
    h5::set_texts(created, "column_units", column_units);
    return created;
  });
  std::vector<double> row{time};
  row.insert(row.end(), values.begin(), values.end());
  h5::append_slice(dataset, row);
}

void ResultWriter::on_series_columns(const std::string& path, const std::vector<SeriesColumn>& columns, double time,
                                     const std::vector<double>& values) {
  require_writing("a series sample");
  if (columns.size() != values.size())
    throw std::invalid_argument("series " + path + ": " + std::to_string(values.size()) + " values for " +
                                std::to_string(columns.size()) + " columns");
  const std::string full = absolute(path);
  const h5::Dataset& dataset = growing(full, [&](const h5::Group& root) {
    const auto [parent, leaf] = split(full);
    std::vector<std::string> names{"time"}, units{"d"};
    for (const SeriesColumn& c : columns) {
      names.push_back(c.name);
      units.push_back(c.units);
    }
    h5::Dataset created = h5::create_growing(
        root.require_group(parent), leaf, {hsize_t(values.size() + 1)}, {kRowsPerChunk, 0, kNaN});
    // Every dataset has a units attribute: here the columns' units in order ("d, m3/d, g/d").
    std::string all;
    for (const std::string& u : units) all += (all.empty() ? "" : ", ") + u;
    h5::set_text(created, "units", all);
    h5::set_texts(created, "columns", names);
    h5::set_texts(created, "column_units", units);
    return created;
  });
  std::vector<double> row{time};
  row.insert(row.end(), values.begin(), values.end());
  h5::append_slice(dataset, row);
}

void ResultWriter::write_dataset(const std::string& path, const std::vector<std::size_t>& dims,
                                 const std::vector<double>& values, const std::string& units) {
  require_writing("a dataset");
  const auto [parent, leaf] = split(absolute(path));
  const h5::Dataset dataset =
      h5::write_array(file_.root().require_group(parent), leaf,
                      std::vector<hsize_t>(dims.begin(), dims.end()), values);
  h5::set_text(dataset, "units", units);
}

void ResultWriter::append_field(const std::string& group_path, const std::string& name,
                                const std::string& units, double time,
                                const std::vector<double>& values, int components) {
  require_writing("a field");
  if (components < 1) {
    throw std::invalid_argument(group_path + "/" + name + ": " + std::to_string(components) +
                                " components per cell");
  }
  std::vector<hsize_t> slice{hsize_t(nz_), hsize_t(ny_), hsize_t(nx_)};
  if (components > 1) slice.push_back(hsize_t(components));
  const std::size_t per_cell = std::size_t(components);
  std::vector<double> masked = values;
  if (masked.size() == active_.size() * per_cell) {
    for (std::size_t n = 0; n < active_.size(); ++n) {
      if (active_[n] != 0) continue;
      for (std::size_t c = 0; c < per_cell; ++c) masked[n * per_cell + c] = kInactiveValue;
    }
  }
  append_in_time(group_path, name, slice, masked, time, [&](const h5::Group& root) {
    const auto [parent, leaf] = split(h5::join_path(absolute(group_path), name));
    h5::Dataset created = h5::create_growing(root.require_group(parent), leaf, slice,
                                             {1, kFieldDeflateLevel, kInactiveValue});
    h5::set_text(created, "units", units);
    h5::set_real(created, "inactive_value", kInactiveValue);
    return created;
  });
}

void ResultWriter::append_value(const std::string& group_path, const std::string& name,
                                const std::string& units, double time, double value) {
  require_writing("a value");
  append_in_time(group_path, name, {}, {value}, time, [&](const h5::Group& root) {
    const auto [parent, leaf] = split(h5::join_path(absolute(group_path), name));
    h5::Dataset created =
        h5::create_growing(root.require_group(parent), leaf, {}, {kTimesPerChunk, 0, kNaN});
    h5::set_text(created, "units", units);
    return created;
  });
}

void ResultWriter::append_rows(const std::string& path, const h5::Table& rows,
                               const std::string& units,
                               const std::vector<std::string>& column_units) {
  require_writing("table rows");
  if (column_units.size() != rows.columns.size()) {
    throw std::invalid_argument("table " + path + ": " + std::to_string(rows.columns.size()) +
                                " columns but " + std::to_string(column_units.size()) + " units");
  }
  const std::string full = absolute(path);
  const h5::Dataset& table = growing(full, [&](const h5::Group& root) {
    const auto [parent, leaf] = split(full);
    h5::Dataset created = h5::create_table(root.require_group(parent), leaf, rows, kRowsPerChunk);
    h5::set_text(created, "units", units);
    h5::set_texts(created, "column_units", column_units);
    return created;
  });
  h5::append_rows(table, rows);
}

void ResultWriter::set_text_once(const std::string& path, const std::string& name, const std::string& text) {
  require_writing("an attribute");
  const h5::Dataset& written = open_.at(absolute(path));
  if (!h5::has_attribute(written, name)) h5::set_text(written, name, text);
}

void ResultWriter::set_number(const std::string& path, const std::string& name, double value) {
  require_writing("an attribute");
  h5::set_real(open_.at(absolute(path)), name, value);
}

void ResultWriter::set_group_texts(const std::string& path, const std::string& name,
                                   const std::vector<std::string>& texts) {
  require_writing("an attribute");
  h5::set_texts(file_.root().require_group(path), name, texts);
}

void ResultWriter::flush() {
  require_writing("a flush");
  file_.flush();
}

void ResultWriter::finish_complete() {
  require_writing("completion");
  h5::set_text(file_.root(), "status", kStatusComplete);
  finished_ = true;
  close_file();
  std::error_code error;
  // rename(2) replaces an older result in one step: a reader sees the old file or the new one.
  fs::rename(partial_path_, final_path_, error);
  if (error) {
    throw IoError("cannot rename " + partial_path_ + " to " + final_path_ + ": " + error.message());
  }
}

void ResultWriter::finish_failed(const std::string& reason, bool interrupted) {
  require_writing("a failure");
  finished_ = true;
  {
    const h5::Group root = file_.root();  // closed before the file is
    h5::set_text(root, "status", interrupted ? kStatusInterrupted : kStatusFailed);
    h5::set_text(root, "failure", reason);
  }
  close_file();
}

void ResultWriter::finish_interrupted(const std::string& reason, double last_output_time) {
  require_writing("an interruption");
  if (!std::isnan(last_output_time)) {
    const h5::Group root = file_.root();  // closed before the file is
    h5::set_real(root, "last_output_time", last_output_time);
  }
  finish_failed(reason, true);
}

const h5::Dataset& ResultWriter::growing(const std::string& path, const Create& create) {
  const auto found = open_.find(path);
  if (found != open_.end()) return found->second;
  return open_.emplace(path, create(file_.root())).first->second;
}

void ResultWriter::append_in_time(const std::string& group_path, const std::string& name,
                                  const std::vector<hsize_t>& slice_dims,
                                  const std::vector<double>& values, double time,
                                  const Create& create) {
  const std::string group = absolute(group_path);
  const std::string field_path = h5::join_path(group, name);
  // Check the size before the time is recorded, so a bad slice leaves the group consistent.
  if (values.size() != h5::element_count(slice_dims)) {
    throw std::invalid_argument(field_path + ": a slice holds " +
                                std::to_string(h5::element_count(slice_dims)) + " values, " +
                                std::to_string(values.size()) + " were given");
  }
  const h5::Dataset& field = growing(field_path, create);
  record_time(group, field_path, time);
  h5::append_slice(field, values);
}

void ResultWriter::record_time(const std::string& group_path, const std::string& field_path,
                               double time) {
  const h5::Dataset& times = growing(group_path + "/times", [&](const h5::Group& root) {
    h5::Dataset created =
        h5::create_growing(root.require_group(group_path), "times", {}, {kTimesPerChunk, 0, kNaN});
    h5::set_text(created, "units", "d");
    return created;
  });
  const hsize_t stored_times = times.dims().at(0);
  const hsize_t slices = open_.at(field_path).dims().at(0);
  const double latest =
      stored_times > 0 ? h5::read_slice(times, stored_times - 1).values.at(0) : kNaN;
  if (slices == stored_times) {
    if (stored_times > 0 && time < latest) {
      throw std::invalid_argument(field_path + ": time " + std::to_string(time) +
                                  " d comes before the latest stored time " +
                                  std::to_string(latest) + " d");
    }
    h5::append_slice(times, {time});
  } else if (!(slices + 1 == stored_times && time == latest)) {
    throw std::logic_error(field_path + " holds " + std::to_string(slices) + " times but " +
                           group_path + "/times holds " + std::to_string(stored_times) + "; time " +
                           std::to_string(time) +
                           " d does not continue it (fields of a group share their times)");
  }
}

void ResultWriter::require_writing(const char* what) const {
  if (finished_) {
    throw std::logic_error(std::string("cannot add ") + what + " to " + partial_path_ +
                           ": the result is already finished");
  }
}

void ResultWriter::close_file() {
  open_.clear();
  file_.close();
}

}  // namespace gwp::results
