#include "postprocess/export/csv_export.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

#include "core/errors.hpp"
#include "postprocess/export/csv_text.hpp"

namespace gwp::exporting {

namespace {

namespace fs = std::filesystem;

// One column of sampled values: (time, value) pairs, times in days.
struct Series {
  std::string heading;
  std::vector<double> times, values;
};

std::string date_text(const std::optional<Date>& start, double t) {
  return std::isfinite(t) ? to_string(date_at(*start, t)) : "";
}

std::vector<std::string> texts_or_empty(const results::ResultReader& r, const std::string& path,
                                        const std::string& name) {
  return r.has_attribute(path, name) ? r.texts_attribute(path, name) : std::vector<std::string>{};
}

// The columns after the first (time) of a (n, 1 + k) series dataset, each a Series; headings are
// the column's name + `suffix`, with its unit ("chloride mass_flux (g/d)"). A dataset of several
// named columns is a table of one species: its name + `suffix` + the column's
// ("chloride line_flux net (g/d)").
void add_series(const results::ResultReader& r, const std::string& path, const std::string& suffix,
                std::vector<Series>& out) {
  const results::h5::Array a = r.read(path);
  if (a.dims.size() != 2 || a.dims[1] < 2) return;
  const std::vector<std::string> names = texts_or_empty(r, path, "columns");
  const std::vector<std::string> units = texts_or_empty(r, path, "column_units");
  const std::size_t n = a.dims[0], width = a.dims[1];
  const std::string leaf = fs::path(path).filename().string();
  const bool table = width > 2 && names.size() == width;
  for (std::size_t k = 1; k < width; ++k) {
    Series s;
    const std::string name = k < names.size() ? names[k] : leaf;
    s.heading = csv_heading(table ? leaf + suffix + " " + name : name + suffix, k < units.size() ? units[k] : "");
    for (std::size_t row = 0; row < n; ++row) {
      s.times.push_back(a.values[row * width]);
      s.values.push_back(a.values[row * width + k]);
    }
    out.push_back(std::move(s));
  }
}

// One row per distinct time of any series (ascending); each series' value at that time, or empty.
void write_series(const std::string& path, const std::vector<Series>& series, const std::optional<Date>& start) {
  std::set<double> times;
  for (const Series& s : series) times.insert(s.times.begin(), s.times.end());
  std::vector<std::string> header{csv_heading("time", "d")};
  if (start) header.push_back("date");
  std::vector<std::map<double, double>> by_time;
  for (const Series& s : series) {
    header.push_back(s.heading);
    std::map<double, double> m;
    for (std::size_t k = 0; k < s.times.size(); ++k) m[s.times[k]] = s.values[k];
    by_time.push_back(std::move(m));
  }
  std::vector<std::vector<std::string>> rows;
  for (double t : times) {
    std::vector<std::string> row{csv_number(t)};
    if (start) row.push_back(date_text(start, t));
    for (const auto& m : by_time) {
      const auto it = m.find(t);
      row.push_back(it == m.end() ? "" : csv_number(it->second));
    }
    rows.push_back(std::move(row));
  }
  write_csv(path, header, rows);
}

// A compound table as it is, a column of days followed by its date when there is a start date.
void write_table(const results::ResultReader& r, const std::string& table_path, const std::string& path,
                 const std::optional<Date>& start) {
  const results::h5::Table t = r.read_table(table_path);
  const std::vector<std::string> units = texts_or_empty(r, table_path, "column_units");
  std::vector<std::string> header;
  std::vector<bool> dated;
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    const results::h5::TableColumn& col = t.columns[c];
    const std::string unit = c < units.size() ? units[c] : "";
    header.push_back(csv_heading(col.name, unit));
    dated.push_back(start && col.type == results::h5::ColumnType::real && unit == "d");
    if (dated.back()) header.push_back(col.name == "time" ? "date" : col.name + "_date");
  }
  std::vector<std::vector<std::string>> rows;
  for (std::size_t row = 0; row < t.rows(); ++row) {
    std::vector<std::string> fields;
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      const results::h5::TableColumn& col = t.columns[c];
      if (col.type == results::h5::ColumnType::text) {
        fields.push_back(col.texts[row]);
        continue;
      }
      fields.push_back(csv_number(col.reals[row]));
      if (dated[c]) fields.push_back(date_text(start, col.reals[row]));
    }
    rows.push_back(std::move(fields));
  }
  write_csv(path, header, rows);
}

bool is_group(const results::h5::Child& c) { return c.kind == results::h5::ObjectKind::group; }
bool is_dataset(const results::h5::Child& c) { return c.kind == results::h5::ObjectKind::dataset; }

// `stem` made unique among the names already used in this export (a second "MW 1" and "MW_1").
std::string unique_name(const std::string& stem, std::set<std::string>& used) {
  std::string name = stem;
  for (int k = 2; !used.insert(name).second; ++k) name = stem + "_" + std::to_string(k);
  return name;
}

}  // namespace

std::string csv_file_part(const std::string& name) {
  std::string part;
  for (unsigned char ch : name)
    part += (ch >= 0x80 || std::isalnum(ch) || ch == '-' || ch == '_' || ch == '.') ? char(ch) : '_';
  return part.empty() ? "_" : part;
}

ExportReport export_csv(const results::ResultReader& r, const ExportSource& source, const std::string& dir) {
  ExportReport report;
  std::error_code failed;
  fs::create_directories(dir, failed);
  if (failed) throw IoError("could not create " + dir + ": " + failed.message());
  std::set<std::string> used;
  const auto file = [&](const std::string& stem) {
    const std::string path = (fs::path(dir) / (unique_name(stem, used) + ".csv")).string();
    report.files.push_back(path);
    return path;
  };

  if (r.exists("/monitoring")) {
    for (const results::h5::Child& point : r.list("/monitoring")) {
      if (!is_group(point)) continue;
      const std::string base = "/monitoring/" + point.name;
      std::vector<Series> series;
      std::vector<results::h5::Child> children = r.list(base);
      // Head first, then the species and anything else in name order.
      std::stable_partition(children.begin(), children.end(),
                            [](const results::h5::Child& c) { return c.name == "head"; });
      for (const results::h5::Child& c : children) {
        if (is_dataset(c)) add_series(r, base + "/" + c.name, "", series);
        if (!is_group(c)) continue;
        for (const results::h5::Child& inner : r.list(base + "/" + c.name))
          if (is_dataset(inner)) add_series(r, base + "/" + c.name + "/" + inner.name, " " + c.name, series);
      }
      write_series(file("monitoring_" + csv_file_part(point.name)), series, source.start);
    }
  }
  if (r.exists("/wells")) {
    std::vector<Series> series;
    for (const results::h5::Child& well : r.list("/wells")) {
      const std::string path = "/wells/" + well.name + "/flow";
      if (!is_group(well) || !r.exists(path)) continue;
      std::vector<Series> flow;
      add_series(r, path, "", flow);
      for (Series& s : flow) {
        s.heading = well.name + " " + s.heading;  // "PW-1 flow (m3/d)"
        series.push_back(std::move(s));
      }
    }
    if (!series.empty()) write_series(file("well_flows"), series, source.start);
  }
  if (r.exists("/flow/budget")) write_table(r, "/flow/budget", file("flow_budget"), source.start);
  for (const std::string& sp : source.species) {
    const std::string budget = "/transport/" + sp + "/budget";
    if (r.exists(budget)) write_table(r, budget, file("mass_budget_" + csv_file_part(sp)), source.start);
  }
  for (const std::string& sp : source.species) {
    const std::string group = "/metrics/" + sp;
    if (!r.exists(group)) continue;
    for (const results::h5::Child& table : r.list(group)) {
      if (!is_dataset(table)) continue;
      write_table(r, group + "/" + table.name, file("metrics_" + csv_file_part(sp) + "_" + csv_file_part(table.name)),
                  source.start);
    }
  }
  if (report.files.empty()) report.warnings.push_back(r.path() + " holds no series or tables: no CSV file written");
  return report;
}

}  // namespace gwp::exporting
