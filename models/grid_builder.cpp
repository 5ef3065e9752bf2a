#include "models/grid_builder.hpp"

#include <cmath>
#include <limits>
#include <set>

#include "core/plane_geometry.hpp"
#include "models/csv_surface.hpp"
#include "models/grid_points.hpp"
#include "models/located.hpp"
#include "models/number_text.hpp"

namespace gwp::model {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool check_widths(const std::vector<double>& widths, int n, const char* name, const char* count_name,
                  const Location& where, Diagnostics& d) {
  if (int(widths.size()) != n) {
    d.add(where, std::string(name) + " has " + std::to_string(widths.size()) + " widths, expected " + count_name +
                     " = " + std::to_string(n));
    return false;
  }
  for (std::size_t w = 0; w < widths.size(); ++w)
    if (!(widths[w] > 0.0) || !std::isfinite(widths[w])) {
      d.add(where, std::string(name) + "[" + std::to_string(w + 1) + "] = " + number_text(widths[w]) +
                       ", expected a width > 0 m");
      return false;
    }
  return true;
}

// The plan must be usable before anything is built on it.
bool check_plan(const GridSpec& spec, Diagnostics& d) {
  bool ok = true;
  if (spec.nx < 1 || spec.ny < 1) {
    d.add(spec.where, "the grid needs nx >= 1 and ny >= 1 (found nx = " + std::to_string(spec.nx) +
                          ", ny = " + std::to_string(spec.ny) + ")");
    return false;
  }
  ok &= check_widths(spec.dx, spec.nx, "dx", "nx", spec.where, d);
  ok &= check_widths(spec.dy, spec.ny, "dy", "ny", spec.where, d);
  if (!std::isfinite(spec.origin[0]) || !std::isfinite(spec.origin[1]) || !std::isfinite(spec.rotation_deg)) {
    d.add(spec.where, "origin and rotation must be finite numbers");
    ok = false;
  }
  if (spec.layers.empty()) {
    d.add(spec.where, "the grid has no layers");
    ok = false;
  }
  std::set<std::string> names;
  for (std::size_t l = 0; l < spec.layers.size(); ++l) {
    const LayerSpec& layer = spec.layers[l];
    if (layer.split < 1) {
      d.add(located(layer.where, spec.where), "layer " + std::to_string(l + 1) + " has split = " +
                                                  std::to_string(layer.split) + ", expected 1 or more");
      ok = false;
    }
    if (!layer.name.empty() && !names.insert(layer.name).second) {
      d.add(located(layer.where, spec.where), "layer name \"" + layer.name + "\" is used by two layers");
      ok = false;
    }
  }
  return ok;
}

LayerTable layer_table(const GridSpec& spec) {
  LayerTable table;
  int first = 0;
  for (const LayerSpec& layer : spec.layers) {
    table.entries.push_back({layer.name, first, layer.split});
    first += layer.split;
  }
  return table;
}

// The plane through three points (world x, y, z), at the world centre of every column.
std::vector<double> plane_values(const std::vector<std::array<double, 3>>& p, const gwp::Grid& g) {
  // z = a + b x + c y through the three points, relative to the first (Cramer's rule).
  const double x1 = p[1][0] - p[0][0], y1 = p[1][1] - p[0][1], z1 = p[1][2] - p[0][2];
  const double x2 = p[2][0] - p[0][0], y2 = p[2][1] - p[0][1], z2 = p[2][2] - p[0][2];
  const double det = x1 * y2 - x2 * y1;
  const double b = (z1 * y2 - z2 * y1) / det, c = (x1 * z2 - x2 * z1) / det;
  const std::vector<Point> centres = column_centres(g);
  std::vector<double> out;
  out.reserve(centres.size());
  for (const Point& q : centres) out.push_back(p[0][2] + b * (q[0] - p[0][0]) + c * (q[1] - p[0][1]));
  return out;
}

std::vector<double> surface_or_nan(const Surface& s, const gwp::Grid& g, Diagnostics& d) {
  if (!s.plane.empty()) return plane_values(s.plane, g);
  auto values = surface_values(s, g.nx, g.ny, d);
  return values ? std::move(*values) : std::vector<double>(std::size_t(g.nx) * std::size_t(g.ny), kNaN);
}

// First column where a layer's bottom is above its top, and how many such columns.
struct Inversion {
  int count = 0;
  int i = 0, j = 0;
  double top = 0.0, bottom = 0.0;  // m
};

void report_inversion(const Inversion& inv, const LayerTable::Entry& entry, std::size_t number,
                      const Location& where, Diagnostics& d) {
  if (inv.count == 0) return;
  std::string message = layer_label(entry, number) + " bottom above its top at row " + std::to_string(inv.i + 1) +
                        ", column " + std::to_string(inv.j + 1) + " (bottom " + number_text(inv.bottom) +
                        " m, top " + number_text(inv.top) + " m)";
  if (inv.count > 1) message += " and in " + std::to_string(inv.count - 1) + " more columns";
  d.add(where, message);
}

// Fills bottoms and the zero-thickness part of `active` for every layer, column by column.
// Returns how many layers have no thickness in any column.
std::size_t fill_layers(const GridSpec& spec, const LayerTable& table, gwp::Grid& g, Diagnostics& d) {
  std::size_t without_volume = 0;
  const std::size_t columns = std::size_t(g.column_count());
  std::vector<double> layer_top = g.top;  // m, top of the current case layer per column
  for (std::size_t l = 0; l < spec.layers.size(); ++l) {
    const LayerSpec& layer = spec.layers[l];
    const LayerTable::Entry& entry = table.entries[l];
    const std::vector<double> layer_bottom = surface_or_nan(layer.bottom, g, d);
    Inversion inv;
    bool any_thickness = false;  // some column where the layer has volume (or its geometry is unknown)
    for (std::size_t c = 0; c < columns; ++c) {
      double bottom = layer_bottom[c];
      const double top = layer_top[c];
      any_thickness = any_thickness || !(top - bottom <= kZeroThickness);
      if (top - bottom < -kZeroThickness && !layer.pinch_out) {
        if (inv.count == 0) inv = {0, int(c) / g.nx, int(c) % g.nx, top, bottom};
        ++inv.count;
      }
      // Pinched out or inverted: no volume, and the layers below start from this top.
      if (top - bottom <= kZeroThickness) bottom = top;
      const std::vector<double> bottoms = sublayer_bottoms(top, bottom, entry.count);
      double sub_top = top;
      for (int s = 0; s < entry.count; ++s) {
        const std::size_t n = std::size_t(g.index(entry.first + s, int(c) / g.nx, int(c) % g.nx));
        g.bottom[n] = bottoms[std::size_t(s)];
        // NaN geometry (a surface that could not be read) stays active: see grid_builder.hpp.
        g.active[n] = !(sub_top - bottoms[std::size_t(s)] <= kZeroThickness);
        sub_top = bottoms[std::size_t(s)];
      }
      layer_top[c] = bottom;
    }
    const Location& where = located(layer.bottom.where, located(layer.where, spec.where));
    report_inversion(inv, entry, l + 1, where, d);
    // A layer of zero thickness in every column has no cell: everything that names it selects
    // nothing. Said once, here, unless the case asked for the layer to pinch out.
    if (!any_thickness && inv.count == 0 && !layer.pinch_out)
      d.add(where, layer_label(entry, l + 1) + " has zero thickness in every column (its bottom lies on the surface "
                   "above it everywhere; expected it below somewhere, or pinch_out = true to leave the layer out)");
    if (!any_thickness) ++without_volume;
  }
  return without_volume;
}

void apply_active_polygon(const Polygon& polygon, const Location& where, gwp::Grid& g, Diagnostics& d) {
  if (polygon.size() < 3) {
    d.add(where, "the active polygon has " + std::to_string(polygon.size()) + " vertices, expected 3 or more");
    return;
  }
  for (int i = 0; i < g.ny; ++i) {
    const double yl = g.y_centre(i);
    for (int j = 0; j < g.nx; ++j) {
      const auto w = g.to_world(g.x_centre(j), yl);
      if (point_in_polygon({w[0], w[1]}, polygon)) continue;
      for (int k = 0; k < g.nz; ++k) g.active[std::size_t(g.index(k, i, j))] = 0;
    }
  }
}

}  // namespace

std::vector<double> sublayer_bottoms(double top, double bottom, int count) {
  std::vector<double> out(static_cast<std::size_t>(count));
  for (int s = 0; s + 1 < count; ++s) out[std::size_t(s)] = top - (top - bottom) * double(s + 1) / double(count);
  out.back() = bottom;
  return out;
}

BuiltGrid build_grid(const GridSpec& spec, Diagnostics& d) {
  BuiltGrid out;
  if (!check_plan(spec, d)) return out;
  out.layers = layer_table(spec);
  gwp::Grid& g = out.grid;
  g.nx = spec.nx;
  g.ny = spec.ny;
  g.nz = out.layers.grid_layer_count();
  g.dx = spec.dx;
  g.dy = spec.dy;
  g.origin_x = spec.origin[0];
  g.origin_y = spec.origin[1];
  g.rotation_deg = spec.rotation_deg;
  g.top = surface_or_nan(spec.top, g, d);
  g.bottom.assign(std::size_t(g.cell_count()), kNaN);
  g.active.assign(std::size_t(g.cell_count()), 1);
  const std::size_t without_volume = fill_layers(spec, out.layers, g, d);
  if (spec.active) apply_active_polygon(*spec.active, spec.where, g, d);
  bool any_active = false;
  for (std::uint8_t a : g.active) any_active = any_active || a;
  // When the layers alone leave no cell (every one pinched out), at the layers, which a scenario
  // may have written, rather than at a base's [grid].
  const Location& where = without_volume == spec.layers.size()
                              ? located(spec.layers.front().bottom.where, located(spec.layers.front().where, spec.where))
                              : spec.where;
  if (!any_active) d.add(where, "the grid has no active cell (every cell has zero thickness or lies outside the active polygon)");
  return out;
}

}  // namespace gwp::model
