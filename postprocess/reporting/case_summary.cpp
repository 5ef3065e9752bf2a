#include "postprocess/reporting/case_summary.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

#include "core/errors.hpp"
#include "postprocess/reporting/number_format.hpp"
#include "postprocess/reporting/result_series.hpp"
#include "results/result_check.hpp"
#include "results/result_grid.hpp"
#include "results/result_reader.hpp"

namespace gwp::reporting {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Grows `range` to hold `value`; a range still at NaN takes the value.
void widen(ValueRange& range, double value) {
  if (std::isnan(range.min) || value < range.min) range.min = value;
  if (std::isnan(range.max) || value > range.max) range.max = value;
}

ValueRange empty_range(std::string name, std::string units) { return {std::move(name), std::move(units), kNaN, kNaN}; }

ValueRange range_of(const std::vector<double>& values, const char* name) {
  ValueRange r = empty_range(name, "m");
  for (double v : values) widen(r, v);
  return r;
}

std::string root_text(const results::ResultReader& reader, const char* name) {
  return reader.has_attribute("/", name) ? reader.text_attribute("/", name) : std::string();
}

}  // namespace

std::string case_layer_name(const std::string& grid_layer) {
  // " (i/n)" at the end, i and n digits.
  const std::size_t open = grid_layer.rfind(" (");
  if (open == std::string::npos || !grid_layer.ends_with(")")) return grid_layer;
  const std::string part = grid_layer.substr(open + 2, grid_layer.size() - open - 3);
  const std::size_t slash = part.find('/');
  const auto digits = [](const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
  };
  if (slash == std::string::npos || !digits(part.substr(0, slash)) || !digits(part.substr(slash + 1))) return grid_layer;
  return grid_layer.substr(0, open);
}

std::vector<std::string> metrics_layer_names(const std::vector<std::string>& attribute) {
  std::vector<std::string> names;
  for (const std::string& element : attribute) {
    std::size_t from = 0;
    while (from <= element.size()) {
      const std::size_t comma = std::min(element.find(',', from), element.size());
      const std::string name = element.substr(from, comma - from);
      const std::size_t first = name.find_first_not_of(" \t");
      if (first != std::string::npos) names.push_back(name.substr(first, name.find_last_not_of(" \t") - first + 1));
      from = comma + 1;
    }
  }
  return names;
}

std::string range_text(const ValueRange& range) {
  const std::string low = format_figure(range.min), high = format_figure(range.max);
  return low == high ? low : low + " – " + high;
}

CaseSummary read_case_summary(const results::ResultReader& reader) {
  if (!reader.exists("/grid/bottom") || !reader.exists("/grid/top") || !reader.exists("/grid/active")) {
    throw IoError(reader.path() + " has no complete /grid (top, bottom, active)");
  }
  CaseSummary c;
  c.case_name = root_text(reader, "case_name");
  c.title = root_text(reader, "case_title");
  if (reader.has_attribute("/", "status")) c.status = results::result_status(reader);
  c.failure = root_text(reader, "failure");
  c.program_version = root_text(reader, "program_version");
  c.created = root_text(reader, "created");
  if (reader.has_attribute("/grid", "crs")) c.crs = reader.text_attribute("/grid", "crs");
  c.nx = int(reader.number_attribute("/grid", "nx"));
  c.ny = int(reader.number_attribute("/grid", "ny"));
  c.nz = int(reader.number_attribute("/grid", "nz"));
  c.cells = long(c.nx) * c.ny * c.nz;
  if (reader.has_attribute("/grid", "origin")) {
    const std::vector<double> origin = reader.numbers_attribute("/grid", "origin");
    if (origin.size() >= 2) c.origin_x = origin[0], c.origin_y = origin[1];
  }
  if (reader.has_attribute("/grid", "rotation")) c.rotation = reader.number_attribute("/grid", "rotation");
  const std::vector<double> dx = read_values(reader, "/grid/dx"), dy = read_values(reader, "/grid/dy");
  c.dx = range_of(dx, "dx");
  c.dy = range_of(dy, "dy");
  for (double v : dx) c.extent_x += v;
  for (double v : dy) c.extent_y += v;
  for (const char* holder : {"/metrics", "/"}) {
    if (reader.exists(holder) && reader.has_attribute(holder, "metrics_layers")) {
      c.metrics_layers = metrics_layer_names(reader.texts_attribute(holder, "metrics_layers"));
      break;
    }
  }
  c.output_times = read_values(reader, "/transport/times");
  if (c.output_times.empty()) c.output_times = read_values(reader, "/flow/times");

  const std::vector<double> top = reader.read("/grid/top").values;
  const std::vector<double> bottom = reader.read("/grid/bottom").values;
  const std::vector<double> active = reader.read("/grid/active").values;
  const std::size_t plane = std::size_t(c.nx) * std::size_t(c.ny);
  if (top.size() != plane || bottom.size() != plane * std::size_t(c.nz) || active.size() != bottom.size()) {
    throw IoError(reader.path() + ": /grid/top, bottom or active do not match nx, ny, nz");
  }
  std::vector<std::string> names = reader.exists("/grid/layer_names") ? reader.read_texts("/grid/layer_names")
                                                                       : std::vector<std::string>{};
  std::vector<results::CellField> fields;
  for (const results::h5::Child& child : reader.list("/properties")) {
    if (child.kind != results::h5::ObjectKind::dataset) continue;
    const std::string path = "/properties/" + child.name;
    const std::string units = reader.has_attribute(path, "units") ? reader.text_attribute(path, "units") : "";
    std::vector<double> values = reader.read(path).values;
    if (values.size() == active.size()) fields.push_back({child.name, units, std::move(values)});
  }
  for (int k = 0; k < c.nz; ++k) {
    LayerSummary layer;
    layer.name = std::size_t(k) < names.size() ? names[std::size_t(k)] : "layer " + std::to_string(k + 1);
    layer.top = empty_range("top", "m");
    layer.bottom = empty_range("bottom", "m");
    layer.thickness = empty_range("thickness", "m");
    for (const results::CellField& f : fields) layer.properties.push_back(empty_range(f.name, f.units));
    for (std::size_t cell = 0; cell < plane; ++cell) {
      const std::size_t n = std::size_t(k) * plane + cell;
      if (active[n] == 0.0) continue;
      const double cell_top = k == 0 ? top[cell] : bottom[n - plane];
      ++layer.active_cells;
      widen(layer.top, cell_top);
      widen(layer.bottom, bottom[n]);
      widen(layer.thickness, cell_top - bottom[n]);
      for (std::size_t f = 0; f < fields.size(); ++f) widen(layer.properties[f], fields[f].values[n]);
    }
    c.active_cells += layer.active_cells;
    c.layers.push_back(std::move(layer));
  }
  return c;
}

}  // namespace gwp::reporting
