// [grid]: placement, columns and rows, widths, the top surface and the layer table.
#include "models/number_text.hpp"
#include "models/read_sections.hpp"
#include "models/read_values.hpp"

namespace gwp::model {

namespace {

// One width for every column (row), or a list of exactly `n` widths; m, > 0.
std::vector<double> read_widths(const Field& f, std::optional<std::int64_t> n, const char* count_key) {
  std::vector<double> out;
  if (!f) return out;
  if (!f.is_array()) {
    auto w = f.quantity(Dimension::length, Range::positive());
    if (w) out.assign(n ? static_cast<std::size_t>(*n) : 1, *w);
    return out;
  }
  auto items = f.elements();
  bool ok = true;
  for (const Field& item : *items) {
    auto w = item.quantity(Dimension::length, Range::positive());
    ok = ok && w.has_value();
    if (w) out.push_back(*w);
  }
  if (n && static_cast<std::int64_t>(items->size()) != *n) {
    f.error("wrong size (found " + std::to_string(items->size()) + " widths, expected " + count_key + " = " +
            std::to_string(*n) + ")");
    return {};
  }
  if (!ok) return {};
  return out;
}

// A count of columns, rows or sublayers: at most ten million, because widths are held per column
// and row before the grid is built and a larger count would not fit the grid's int (the memory
// the whole model needs is checked later, from the product).
std::optional<std::int64_t> at_most_ten_million(const Field& f, const Range& range) {
  constexpr std::int64_t kMost = 10000000;
  auto n = f.integer(range);
  if (n && *n > kMost) {
    f.error("too large (found " + std::to_string(*n) + ", expected at most " + std::to_string(kMost) + ")");
    return std::nullopt;
  }
  return n;
}

std::string describe_surface(const std::vector<LayerSpec>& layers) {
  if (layers.empty()) return "grid.top";
  const LayerSpec& above = layers.back();
  const std::string label = above.name.empty() ? std::to_string(layers.size()) : "'" + above.name + "'";
  return "the bottom of layer " + label;
}

// Layers from the top down. Each bottom must lie below the surface above it wherever both are
// constant (surfaces from files are compared cell by cell when the grid is built). Returns
// whether every entry was a table, so that layer numbers and names can be trusted.
bool read_layers_table(Section& grid, GridSpec& g, const std::optional<double>& top) {
  if (!grid.has("layers")) {
    grid.require("layers");
    return false;
  }
  const Field field = grid.get("layers");
  auto sections = grid.tables("layers");
  if (field.is_array() && field.node()->as_array()->empty()) {
    field.error("no layers (expected at least one { name = ..., bottom = ... })");
    return false;
  }
  const bool ok = field.is_array() && !sections.empty() && sections.size() == field.node()->as_array()->size();
  std::vector<std::pair<std::string, Location>> names;
  // The constant surface above the current layer, if it is constant.
  bool above_known = top.has_value();
  double above = top.value_or(0.0);
  for (Section& s : sections) {
    LayerSpec layer;
    layer.where = s.where();
    const Field name = s.get("name");
    if (auto n = name.string()) {
      if (!printable_name(name, *n)) {
        // reported; the layer stays unnamed
      } else if (is_digits(*n)) {
        name.error("a layer name must not be a number (found \"" + *n + "\", layers are numbered from 1 anyway)");
      } else {
        layer.name = *n;
        names.emplace_back(*n, name.where());
      }
    }
    if (auto pinch = s.get("pinch_out").boolean()) layer.pinch_out = *pinch;
    const Field bottom = s.require("bottom");
    auto surface = read_surface(bottom);
    if (surface) {
      layer.bottom = *surface;
      const bool constant = surface->is_constant();
      if (constant && above_known && !(surface->value < above) && !layer.pinch_out) {
        bottom.error("not below the surface above (found " + bottom.text() + ", expected < " +
                     number_text(above) + " m, " + describe_surface(g.layers) + ")");
      }
      above_known = constant;
      above = surface->value;
    } else {
      above_known = false;
    }
    if (auto split = at_most_ten_million(s.get("split"), Range::at_least(1))) layer.split = static_cast<int>(*split);
    g.layers.push_back(layer);
  }
  check_unique_names(grid.reader(), names, "layer");
  return ok;
}

}  // namespace

void read_grid(Section& root, Case& c) {
  auto grid = root.table("grid", true);
  if (!grid) return;  // layer names stay unknown: later layer checks are skipped
  GridSpec& g = c.grid;
  g.where = grid->where();
  if (auto origin = read_point(grid->get("origin"))) g.origin = *origin;
  if (auto r = grid->get("rotation").quantity(Dimension::dimensionless, Range{-360.0, 360.0, false, false}))
    g.rotation_deg = *r;
  if (auto crs = grid->string("crs")) g.crs = *crs;

  auto nx = at_most_ten_million(grid->require("nx"), Range::at_least(1));
  auto ny = at_most_ten_million(grid->require("ny"), Range::at_least(1));
  if (nx) g.nx = static_cast<int>(*nx);
  if (ny) g.ny = static_cast<int>(*ny);
  g.dx = read_widths(grid->require("dx"), nx, "nx");
  g.dy = read_widths(grid->require("dy"), ny, "ny");

  const Field top = grid->require("top");
  auto top_surface = read_surface(top);
  if (top_surface) g.top = *top_surface;
  std::optional<double> constant_top;
  if (top_surface && top_surface->is_constant()) constant_top = top_surface->value;
  if (read_layers_table(*grid, g, constant_top)) {
    // Layer references elsewhere are checked against this table even when a bottom was wrong;
    // only a table whose entries could not all be read disables those checks.
    std::vector<std::string> names;
    for (const LayerSpec& l : g.layers) names.push_back(l.name);
    root.reader().layer_names = names;
  }
  if (grid->has("active")) g.active = read_polygon(grid->get("active"));
  else grid->allow({"active"});
}

}  // namespace gwp::model
