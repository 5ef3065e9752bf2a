#include "models/selection.hpp"

#include <algorithm>
#include <cmath>

#include "core/plane_geometry.hpp"
#include "models/line_cells.hpp"
#include "models/located.hpp"
#include "models/number_text.hpp"

namespace gwp::model {

namespace {

using Cells = std::vector<std::int64_t>;

// A box edge through a cell centre keeps the cell, whatever the rounding of either
// (the same relative tolerance as a polygon edge, see geometry.hpp).
constexpr double kOnEdgeRelative = 1e-9;

void add_column(const gwp::Grid& g, int i, int j, const std::vector<int>& layers, Cells& out) {
  for (int k : layers) {
    const std::int64_t n = g.index(k, i, j);
    if (g.active[std::size_t(n)]) out.push_back(n);
  }
}

Cells select_all(const gwp::Grid& g, const std::vector<int>& layers) {
  Cells out;
  for (int i = 0; i < g.ny; ++i)
    for (int j = 0; j < g.nx; ++j) add_column(g, i, j, layers, out);
  return out;
}

Cells select_side(const Selection& s, const gwp::Grid& g, const std::vector<int>& layers, Diagnostics& d) {
  Cells out;
  if (s.side == "north" || s.side == "south") {
    const int i = s.side == "north" ? 0 : g.ny - 1;
    for (int j = 0; j < g.nx; ++j) add_column(g, i, j, layers, out);
  } else if (s.side == "west" || s.side == "east") {
    const int j = s.side == "west" ? 0 : g.nx - 1;
    for (int i = 0; i < g.ny; ++i) add_column(g, i, j, layers, out);
  } else {
    d.add(s.where, "side = \"" + s.side + "\", expected north, south, east or west");
  }
  return out;
}

Cells select_polygon(const Selection& s, const BuiltGrid& g, const std::vector<int>& layers, Diagnostics& d) {
  if (s.polygon.size() < 3) {
    d.add(s.where, "the polygon has " + std::to_string(s.polygon.size()) + " vertices, expected 3 or more");
    return {};
  }
  vertices_inside(g.grid, s.polygon, "polygon", s.where, d);
  const BoundingBox box = bounding_box(s.polygon);
  const std::vector<Point> centres = column_centres(g.grid);
  // The bounding-box test is only a shortcut; point_in_polygon decides, edges included.
  const double slack = kOnEdgeRelative * std::max({box.x_max - box.x_min, box.y_max - box.y_min, 1.0});
  Cells out;
  for (int i = 0; i < g.grid.ny; ++i)
    for (int j = 0; j < g.grid.nx; ++j) {
      const Point& c = centres[std::size_t(i) * g.grid.nx + j];
      if (c[0] < box.x_min - slack || c[0] > box.x_max + slack || c[1] < box.y_min - slack || c[1] > box.y_max + slack)
        continue;
      if (point_in_polygon(c, s.polygon)) add_column(g.grid, i, j, layers, out);
    }
  return out;
}

Cells select_line(const Selection& s, const BuiltGrid& g, const std::vector<int>& layers, Diagnostics& d) {
  if (s.line.size() < 2) {
    d.add(s.where, "the line has " + std::to_string(s.line.size()) + " vertices, expected 2 or more");
    return {};
  }
  vertices_inside(g.grid, s.line, "line", s.where, d);
  Cells out;
  for (const LineColumn& c : line_columns(g.grid, s.line, s.width)) add_column(g.grid, c.i, c.j, layers, out);
  return out;
}

bool within(double v, double a, double b, double slack) {
  return v >= std::min(a, b) - slack && v <= std::max(a, b) + slack;
}

Cells select_box(const Selection& s, const BuiltGrid& g, const std::vector<int>& layers) {
  const gwp::Grid& grid = g.grid;
  const double slack = kOnEdgeRelative * std::max({std::abs(s.box_x[1] - s.box_x[0]), std::abs(s.box_y[1] - s.box_y[0]), 1.0});
  const std::vector<Point> centres = column_centres(grid);
  Cells out;
  for (int i = 0; i < grid.ny; ++i)
    for (int j = 0; j < grid.nx; ++j) {
      const Point& c = centres[std::size_t(i) * grid.nx + j];
      if (!within(c[0], s.box_x[0], s.box_x[1], slack) || !within(c[1], s.box_y[0], s.box_y[1], slack)) continue;
      for (int k : layers) {
        const std::int64_t n = grid.index(k, i, j);
        if (!grid.active[std::size_t(n)]) continue;
        const double zc = 0.5 * (grid.cell_top(n) + grid.cell_bottom(n));  // m, centre elevation
        if (s.box_z && !within(zc, (*s.box_z)[0], (*s.box_z)[1], kZeroThickness)) continue;
        out.push_back(n);
      }
    }
  return out;
}

// `at` with an elevation: the active cell holding z, if it is one of `layers`.
Cells select_at_z(const Selection& s, const gwp::Grid& grid, int i, int j, double z, const std::vector<int>& layers,
                  Diagnostics& d) {
  const double column_top = grid.top[std::size_t(i) * grid.nx + j];
  const double column_bottom = grid.cell_bottom(grid.index(grid.nz - 1, i, j));
  const std::string place = " at " + point_text(s.at);
  if (z > column_top + kZeroThickness) {
    d.add(s.where, "z = " + number_text(z) + " m is above the top of the grid (" + number_text(column_top) + " m)" + place);
    return {};
  }
  if (z < column_bottom - kZeroThickness) {
    d.add(s.where, "z = " + number_text(z) + " m is below the bottom of the grid (" + number_text(column_bottom) +
                       " m)" + place);
    return {};
  }
  const auto k = active_layer_at(grid, i, j, z);
  if (!k || std::find(layers.begin(), layers.end(), *k) == layers.end()) return {};
  return {grid.index(*k, i, j)};
}

// `at` with a screen: the active cells the screen overlaps by more than a zero thickness.
Cells select_at_screen(const Selection& s, const gwp::Grid& grid, int i, int j, const std::vector<int>& layers,
                       Diagnostics& d) {
  const double s_top = std::max((*s.screen)[0], (*s.screen)[1]);
  const double s_bottom = std::min((*s.screen)[0], (*s.screen)[1]);
  // A screen of no length is a point in the column.
  if (s_top - s_bottom <= kZeroThickness) return select_at_z(s, grid, i, j, s_top, layers, d);
  const double column_top = grid.top[std::size_t(i) * grid.nx + j];
  const double column_bottom = grid.cell_bottom(grid.index(grid.nz - 1, i, j));
  const std::string screen = "screen (" + number_text(s_top) + ", " + number_text(s_bottom) + ") m";
  const std::string place = " at " + point_text(s.at);
  if (s_bottom >= column_top - kZeroThickness) {
    d.add(s.where, screen + " is entirely above the top of the grid (" + number_text(column_top) + " m)" + place);
    return {};
  }
  if (s_top <= column_bottom + kZeroThickness) {
    d.add(s.where, screen + " is entirely below the bottom of the grid (" + number_text(column_bottom) + " m)" + place);
    return {};
  }
  Cells out;
  for (int k : layers) {
    const std::int64_t n = grid.index(k, i, j);
    if (!grid.active[std::size_t(n)]) continue;
    const double overlap = std::min(s_top, grid.cell_top(n)) - std::max(s_bottom, grid.cell_bottom(n));  // m
    if (overlap > kZeroThickness) out.push_back(n);
  }
  return out;
}

Cells select_at(const Selection& s, const BuiltGrid& g, const std::vector<int>& layers, Diagnostics& d) {
  const auto column = locate_column(g, s.at, s.where, d);
  if (!column) return {};
  const auto [i, j] = *column;
  if (s.z) return select_at_z(s, g.grid, i, j, *s.z, layers, d);
  if (s.screen) return select_at_screen(s, g.grid, i, j, layers, d);
  Cells out;
  add_column(g.grid, i, j, layers, out);
  return out;
}

Cells select_listed(const Selection& s, const gwp::Grid& g, Diagnostics& d) {
  Cells out;
  for (std::size_t c = 0; c < s.cells.size(); ++c) {
    const auto [layer, row, column] = s.cells[c];
    if (layer < 1 || layer > g.nz || row < 1 || row > g.ny || column < 1 || column > g.nx) {
      d.add(s.where, "cells[" + std::to_string(c + 1) + "] = [" + std::to_string(layer) + ", " + std::to_string(row) +
                         ", " + std::to_string(column) + "] is out of range (layers 1 to " + std::to_string(g.nz) +
                         ", rows 1 to " + std::to_string(g.ny) + ", columns 1 to " + std::to_string(g.nx) + ")");
      continue;
    }
    const std::int64_t n = g.index(layer - 1, row - 1, column - 1);
    if (g.active[std::size_t(n)]) out.push_back(n);
  }
  return out;
}

std::string kind_text(const Selection& s) {
  switch (s.kind) {
    case Selection::Kind::all: return "the selection of all cells";
    case Selection::Kind::side: return "side \"" + s.side + "\"";
    case Selection::Kind::polygon: return "the polygon";
    case Selection::Kind::box: return "the box";
    case Selection::Kind::at: return "the point " + point_text(s.at);
    case Selection::Kind::cells: return "the cells list";
    case Selection::Kind::line: return "the line";
  }
  return "the selection";
}

}  // namespace

std::vector<int> resolve_layers(const std::vector<LayerRef>& refs, const LayerTable& table, const Location& fallback,
                                Diagnostics& d) {
  std::vector<int> out;
  if (refs.empty()) {
    for (int k = 0; k < table.grid_layer_count(); ++k) out.push_back(k);
    return out;
  }
  for (const LayerRef& ref : refs) {
    const auto layers = table.grid_layers(ref);
    if (!layers) {
      d.add(located(ref.where, fallback), layer_label(ref) + " does not exist (the layers are " + table.known_names() + ")");
      continue;
    }
    out.insert(out.end(), layers->begin(), layers->end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::int64_t> select_cells(const Selection& s, const BuiltGrid& g, Diagnostics& d) {
  // An empty grid has been reported by build_grid; nothing more to say about it here.
  if (g.grid.cell_count() == 0) return {};
  const std::size_t problems_before = d.items().size();
  const std::vector<int> layers = resolve_layers(s.layers, g.layers, s.where, d);
  Cells out;
  switch (s.kind) {
    case Selection::Kind::all: out = select_all(g.grid, layers); break;
    case Selection::Kind::side: out = select_side(s, g.grid, layers, d); break;
    case Selection::Kind::polygon: out = select_polygon(s, g, layers, d); break;
    case Selection::Kind::box: out = select_box(s, g, layers); break;
    case Selection::Kind::at: out = select_at(s, g, layers, d); break;
    case Selection::Kind::cells: out = select_listed(s, g.grid, d); break;
    case Selection::Kind::line: out = select_line(s, g, layers, d); break;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  if (out.empty() && d.items().size() == problems_before) d.add(s.where, kind_text(s) + " selects no active cell");
  return out;
}

}  // namespace gwp::model
