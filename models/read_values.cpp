#include "models/read_values.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>

#include "models/shape_file.hpp"
#include "models/simple_polygon.hpp"
#include "models/suggest.hpp"

namespace gwp::model {

namespace {

// The elements of an array that must have exactly `n` of them ("[x, y]").
std::optional<std::vector<Field>> exactly(const Field& f, std::size_t n, std::string_view shape) {
  if (!f) return std::nullopt;
  if (!f.is_array()) {
    f.wrong_type("an array " + std::string(shape));
    return std::nullopt;
  }
  auto items = f.elements();
  if (items->size() != n) {
    f.error("wrong size (found " + std::to_string(items->size()) + (items->size() == 1 ? " value" : " values") +
            ", expected " + std::to_string(n) +
            ": " + std::string(shape) + ")");
    return std::nullopt;
  }
  return items;
}

std::string layer_list(const std::vector<std::string>& names) {
  std::vector<std::string> shown;
  for (std::size_t i = 0; i < names.size(); ++i)
    shown.push_back(names[i].empty() ? std::to_string(i + 1) : "'" + names[i] + "'");
  return join(shown);
}

}  // namespace

std::optional<Point> read_point(const Field& f) {
  auto items = exactly(f, 2, "[x, y]");
  if (!items) return std::nullopt;
  auto x = (*items)[0].quantity(Dimension::length);
  auto y = (*items)[1].quantity(Dimension::length);
  if (!x || !y) return std::nullopt;
  return Point{*x, *y};
}

namespace {

// A list of at least `minimum` [x, y] points, or { file = ... } naming a feature of a GIS file
// (shape_file.hpp); every bad point is reported.
std::optional<std::vector<Point>> read_points(const Field& f, std::size_t minimum) {
  if (!f) return std::nullopt;
  if (f.is_table()) return read_shape_file(f, minimum >= 3 ? ShapeKind::polygon : ShapeKind::line, minimum);
  auto items = f.elements();
  if (!items) return std::nullopt;
  if (items->size() < minimum) {
    f.error("too few points (found " + std::to_string(items->size()) + ", expected at least " +
            std::to_string(minimum) + " [x, y] points)");
    return std::nullopt;
  }
  std::vector<Point> out;
  bool ok = true;
  for (const Field& p : *items) {
    auto point = read_point(p);
    if (point) out.push_back(*point);
    ok = ok && point.has_value();
  }
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace

std::optional<Polygon> read_polygon(const Field& f) {
  auto polygon = read_points(f, 3);
  if (!polygon) return std::nullopt;
  if (const auto crossing = polygon_crossing(*polygon)) {
    f.error("the polygon is not a simple outline: " + *crossing +
            " (expected vertices in order round the area, either way; split a figure of eight into two polygons)");
    return std::nullopt;
  }
  return polygon;
}

std::optional<Polyline> read_polyline(const Field& f) { return read_points(f, 2); }

std::optional<std::array<double, 2>> read_top_bottom(const Field& f) {
  auto items = exactly(f, 2, "[top, bottom]");
  if (!items) return std::nullopt;
  auto top = (*items)[0].quantity(Dimension::length);
  auto bottom = (*items)[1].quantity(Dimension::length);
  if (!top || !bottom) return std::nullopt;
  if (!(*top > *bottom)) {
    f.error("top not above bottom (found " + f.text() + ", expected [top, bottom] with top > bottom)");
    return std::nullopt;
  }
  return std::array<double, 2>{*top, *bottom};
}

std::optional<std::array<double, 2>> read_min_max(const Field& f, Dimension dimension) {
  auto items = exactly(f, 2, "[min, max]");
  if (!items) return std::nullopt;
  auto lo = (*items)[0].quantity(dimension);
  auto hi = (*items)[1].quantity(dimension);
  if (!lo || !hi) return std::nullopt;
  if (!(*lo < *hi)) {
    f.error("empty interval (found " + f.text() + ", expected [min, max] with min < max)");
    return std::nullopt;
  }
  return std::array<double, 2>{*lo, *hi};
}

std::optional<solver::Schedule> read_schedule(const Field& f, Dimension dimension, const Range& range) {
  if (!f) return std::nullopt;
  if (!f.is_array()) {
    auto v = f.quantity(dimension, range);
    if (!v) return std::nullopt;
    return solver::Schedule::constant(*v);
  }
  auto rows = f.elements();
  if (rows->empty()) {
    f.error("empty schedule (expected a value or [[time, value], ...])");
    return std::nullopt;
  }
  solver::Schedule s;
  bool ok = true;
  for (const Field& row : *rows) {
    auto pair = exactly(row, 2, "[time, value]");
    if (!pair) {
      ok = false;
      continue;
    }
    auto t = (*pair)[0].time_point();
    auto v = (*pair)[1].quantity(dimension, range);
    if (t && !s.times.empty() && !(*t > s.times.back())) {
      (*pair)[0].error("times out of order (found " + (*pair)[0].text() + ", expected a time after the previous row)");
      t.reset();
    }
    if (!t || !v) {
      ok = false;
      continue;
    }
    s.times.push_back(*t);
    s.values.push_back(*v);
  }
  if (!ok) return std::nullopt;
  return s;
}

bool check_species(Reader& reader, const std::string& name, const Location& where) {
  if (std::find(reader.species.begin(), reader.species.end(), name) != reader.species.end()) return true;
  std::string message = "species '" + name + "' is not declared in [[species]]";
  if (const auto near = nearest(name, reader.species))
    message += " (did you mean '" + *near + "'?)";
  else
    message += reader.species.empty() ? " (no species are declared)" : " (declared: " + join(reader.species) + ")";
  reader.error(where, message);
  return false;
}

std::map<std::string, double> read_concentrations(const Field& f) {
  std::map<std::string, double> out;
  auto section = f.section();
  if (!section) return out;
  for (const NamedEntry& e : section->entries()) {
    const bool declared = check_species(f.reader(), e.name, e.name_where);
    auto v = e.value.quantity(Dimension::concentration, Range::non_negative());
    if (declared && v) out[e.name] = *v;
  }
  return out;
}

std::map<std::string, solver::Schedule> read_concentration_schedules(const Field& f) {
  std::map<std::string, solver::Schedule> out;
  auto section = f.section();
  if (!section) return out;
  for (const NamedEntry& e : section->entries()) {
    const bool declared = check_species(f.reader(), e.name, e.name_where);
    auto v = read_schedule(e.value, Dimension::concentration, Range::non_negative());
    if (declared && v) out[e.name] = *v;
  }
  return out;
}

bool check_layer(Reader& reader, const LayerRef& layer) {
  if (!reader.layer_names) return true;  // the layer table itself is wrong and already reported
  const auto& names = *reader.layer_names;
  if (layer.name.empty()) {
    if (layer.number >= 1 && layer.number <= static_cast<int>(names.size())) return true;
    reader.error(layer.where, "no layer " + std::to_string(layer.number) + " (grid.layers has " +
                                  std::to_string(names.size()) + " layers, numbered from 1)");
    return false;
  }
  if (std::find(names.begin(), names.end(), layer.name) != names.end()) return true;
  std::string message = "no layer named '" + layer.name + "' in grid.layers";
  if (const auto near = nearest(layer.name, names))
    message += " (did you mean '" + *near + "'?)";
  else
    message += " (layers: " + layer_list(names) + ")";
  reader.error(layer.where, message);
  return false;
}

std::optional<LayerRef> read_layer_ref(const Field& f) {
  if (!f) return std::nullopt;
  LayerRef ref;
  ref.where = f.where();
  if (f.node()->is_integer()) {
    const std::int64_t number = *f.node()->value<std::int64_t>();
    if (number < 1 || number > std::numeric_limits<int>::max()) {
      // Checked here in 64 bits: 4294967297 must not wrap round to layer 1.
      std::string message = "no layer " + std::to_string(number);
      if (f.reader().layer_names)
        message += " (grid.layers has " + std::to_string(f.reader().layer_names->size()) + " layers, numbered from 1)";
      f.error(message);
      return std::nullopt;
    }
    ref.number = static_cast<int>(number);
  } else if (f.is_string()) {
    ref.name = *f.string();
  } else {
    f.wrong_type("a layer number or name");
    return std::nullopt;
  }
  if (!check_layer(f.reader(), ref)) return std::nullopt;
  return ref;
}

LayerRef layer_ref_from_key(Reader& reader, const std::string& key, const Location& where) {
  LayerRef ref;
  ref.where = where;
  if (is_digits(key) && key.size() < 9)
    ref.number = std::stoi(key);
  else
    ref.name = key;
  check_layer(reader, ref);
  return ref;
}

std::vector<LayerRef> read_layers(const Field& f) {
  std::vector<LayerRef> out;
  if (!f) return out;
  if (f.is_string() && *f.node()->value<std::string>() == "all") return out;
  if (!f.is_array()) {
    if (auto ref = read_layer_ref(f)) out.push_back(*ref);
    return out;
  }
  const auto items = f.elements();
  for (const Field& item : *items)
    if (auto ref = read_layer_ref(item)) out.push_back(*ref);
  if (items->empty()) f.error("no layers listed (expected layer numbers or names, or \"all\")");
  return out;
}

std::optional<Surface> read_surface(const Field& f) {
  if (!f) return std::nullopt;
  Surface s;
  s.where = f.where();
  if (!f.is_table()) {
    auto v = f.quantity(Dimension::length);
    if (!v) return std::nullopt;
    s.value = *v;
    return s;
  }
  auto table = f.section();
  if (table->has("plane")) {
    // The plane through three points [x, y, z], not on one line.
    const Field plane = table->get("plane");
    table->allow({"file"});
    if (table->has("file")) {
      table->get("file").error("conflicts with 'plane' (expected either file or plane)");
      return std::nullopt;
    }
    auto points = exactly(plane, 3, "[[x, y, z], [x, y, z], [x, y, z]]");
    if (!points) return std::nullopt;
    for (const Field& p : *points) {
      auto xyz = exactly(p, 3, "[x, y, z]");
      if (!xyz) return std::nullopt;
      std::array<double, 3> v{};
      for (std::size_t k = 0; k < 3; ++k) {
        auto q = (*xyz)[k].quantity(Dimension::length);
        if (!q) return std::nullopt;
        v[k] = *q;
      }
      s.plane.push_back(v);
    }
    const auto& a = s.plane[0];
    const auto& b = s.plane[1];
    const auto& c = s.plane[2];
    // Twice the area of the triangle in plan (m2), against the square of its longest side: a
    // triangle flatter than 1e-9 of that defines no plane that rounding would not tilt.
    const double cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
    const double side = std::max({std::hypot(b[0] - a[0], b[1] - a[1]), std::hypot(c[0] - a[0], c[1] - a[1]),
                                  std::hypot(c[0] - b[0], c[1] - b[1])});
    if (std::abs(cross) <= 1e-9 * side * side) {
      plane.error("the three points lie on one line in plan (expected three points that span a plane)");
      return std::nullopt;
    }
    return s;
  }
  table->allow({"plane"});
  const Field file = table->require("file");
  auto path = file.string();
  if (!path) return std::nullopt;
  if (!std::filesystem::exists(*path)) {
    file.error("file not found (found \"" + *path + "\")");
    return std::nullopt;
  }
  if (!std::filesystem::is_regular_file(*path)) {
    // A folder, or a device such as /dev/zero that would be read for ever.
    file.error(std::string(std::filesystem::is_directory(*path) ? "a directory, not a file" : "not a regular file") +
               " (found \"" + *path + "\", expected a CSV file of ny rows of nx values)");
    return std::nullopt;
  }
  s.file = *path;
  return s;
}

namespace {

std::optional<std::vector<std::array<int, 3>>> read_cells(const Field& f) {
  auto rows = f.elements();
  if (!rows) return std::nullopt;
  if (rows->empty()) {
    f.error("no cells listed (expected [[layer, row, column], ...])");
    return std::nullopt;
  }
  std::vector<std::array<int, 3>> out;
  for (const Field& row : *rows) {
    auto idx = exactly(row, 3, "[layer, row, column]");
    if (!idx) continue;
    std::array<int, 3> cell{};
    bool ok = true;
    for (int k = 0; k < 3; ++k) {
      // At most the largest int, so that 4294967298 is reported rather than wrapped round to 2.
      auto v = (*idx)[static_cast<std::size_t>(k)].integer(Range{1.0, double(std::numeric_limits<int>::max())});
      ok = ok && v.has_value();
      if (v) cell[static_cast<std::size_t>(k)] = static_cast<int>(*v);
    }
    if (ok) out.push_back(cell);
  }
  return out;
}

void read_box(const Field& f, Selection& sel) {
  auto box = f.section();
  if (!box) return;
  if (auto x = read_min_max(box->require("x"), Dimension::length)) sel.box_x = *x;
  if (auto y = read_min_max(box->require("y"), Dimension::length)) sel.box_y = *y;
  if (auto z = read_min_max(box->get("z"), Dimension::length)) sel.box_z = *z;
}

}  // namespace

Selection read_selection(Section& s, const SelectionKeys& keys) {
  Selection sel;
  sel.where = s.where();
  const std::pair<const char*, bool> kinds[] = {{"side", keys.side},   {"polygon", keys.polygon},
                                                {"box", keys.box},     {"at", keys.at},
                                                {"cells", keys.cells}, {"line", keys.line}};
  std::string chosen;
  for (const auto& [name, allowed] : kinds) {
    if (!allowed || !s.has(name)) continue;
    const Field f = s.get(name);
    if (!chosen.empty()) {
      f.error("conflicts with '" + chosen + "' (expected only one of side, polygon, box, at, cells, line)");
      continue;
    }
    chosen = name;
    if (chosen == "side") {
      sel.kind = Selection::Kind::side;
      if (auto side = f.choice<std::string>({{"north", "north"}, {"south", "south"}, {"east", "east"}, {"west", "west"}}))
        sel.side = *side;
    } else if (chosen == "polygon") {
      sel.kind = Selection::Kind::polygon;
      if (auto p = read_polygon(f)) sel.polygon = *p;
    } else if (chosen == "box") {
      sel.kind = Selection::Kind::box;
      read_box(f, sel);
    } else if (chosen == "at") {
      sel.kind = Selection::Kind::at;
      if (auto p = read_point(f)) sel.at = *p;
    } else if (chosen == "line") {
      sel.kind = Selection::Kind::line;
      if (auto l = read_polyline(f)) sel.line = *l;
    } else {
      sel.kind = Selection::Kind::cells;
      if (auto c = read_cells(f)) sel.cells = *c;
    }
  }
  // Mark the remaining allowed kinds as known keys, so that misspellings suggest them.
  for (const auto& [name, allowed] : kinds)
    if (allowed) s.allow({name});

  if (keys.layers) {
    const Field layers = s.get("layers");
    sel.layers = read_layers(layers);
    if (layers && sel.kind == Selection::Kind::cells)
      layers.error("does not apply to a selection by cells (each cell names its layer)");
  }
  if (keys.line) {
    const Field width = s.get("width");
    if (width && sel.kind != Selection::Kind::line) width.error("applies only together with 'line'");
    sel.width = width.quantity(Dimension::length, Range::positive());
  }
  if (keys.z) {
    const Field z = s.get("z");
    if (z && sel.kind != Selection::Kind::at) z.error("applies only together with 'at'");
    sel.z = z.quantity(Dimension::length);
  }
  if (keys.screen) {
    const Field screen = s.get("screen");
    if (screen && sel.kind != Selection::Kind::at) screen.error("applies only together with 'at'");
    if (auto sc = read_top_bottom(screen)) sel.screen = *sc;
    if (screen && keys.layers && s.has("layers"))
      screen.error("conflicts with 'layers' (expected either screen or layers)");
  }
  return sel;
}

}  // namespace gwp::model
