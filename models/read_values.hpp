// Readers for the composite values a case file uses in many places: points, polygons, boxes,
// [top, bottom] intervals, schedules, concentration maps, layer references, surfaces and
// selections. Each reports its problems through the Field or Section it reads and returns what
// it could read.
#pragma once
#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "models/case.hpp"
#include "models/toml_reader.hpp"
#include "solver/common/schedule.hpp"

namespace gwp::model {

std::optional<Point> read_point(const Field& f);              // [x, y], m
std::optional<Polygon> read_polygon(const Field& f);          // [[x, y], ...], at least 3 points
std::optional<Polyline> read_polyline(const Field& f);        // [[x, y], ...], at least 2 points
// [top, bottom] elevations (m) with top > bottom.
std::optional<std::array<double, 2>> read_top_bottom(const Field& f);
// [min, max] of `dimension` with min < max.
std::optional<std::array<double, 2>> read_min_max(const Field& f, Dimension dimension);

// A quantity, or [[time, value], ...] with strictly increasing times; values checked by `range`.
std::optional<solver::Schedule> read_schedule(const Field& f, Dimension dimension, const Range& range = Range::any());

// { species = concentration, ... }; every name must be a declared species; values mg/L >= 0.
std::map<std::string, double> read_concentrations(const Field& f);
// As read_concentrations, each value a schedule.
std::map<std::string, solver::Schedule> read_concentration_schedules(const Field& f);

// Reports a species name that is not declared in [[species]]; true when it is.
bool check_species(Reader& reader, const std::string& name, const Location& where);
// Reports a layer number or name that the grid's layer table does not have; true when it has it.
bool check_layer(Reader& reader, const LayerRef& layer);
// A layer given by number (1-based case layer) or name, checked.
std::optional<LayerRef> read_layer_ref(const Field& f);
// A layer key of a table keyed by layers: "2" is layer 2, anything else a name; checked.
LayerRef layer_ref_from_key(Reader& reader, const std::string& key, const Location& where);
// "all" (empty list), a number, a name, or a list of numbers and names.
std::vector<LayerRef> read_layers(const Field& f);

// A number (m), or { file = "..." } whose path has already been made absolute; the file must exist.
std::optional<Surface> read_surface(const Field& f);

// The keys that select cells in a given context (docs/case-format.md: side, polygon, box, at, cells, layers).
struct SelectionKeys {
  bool side = false, polygon = false, box = false, at = false, cells = false;
  bool layers = true;
  bool z = false, screen = false;  // only together with `at`
  bool line = false;               // `line`, with an optional `width`
  static SelectionKeys all_kinds() { return {true, true, true, true, true, true, false, false, true}; }
};

// A selection from the keys of `s` that `keys` allows; Kind::all when none of side, polygon,
// box, at, cells and line is given.
Selection read_selection(Section& s, const SelectionKeys& keys);

}  // namespace gwp::model
