// The Mann-Kendall map of a species: every monitoring point and receptor of
// /metrics/<species>/trends drawn on the plan map as the symbol of its trend decision
// (trend_symbols.hpp), named with its Sen slope (mg/L per year), over the concentration field
// drawn faintly, with the features and a legend of the seven decisions. A point whose series went
// back to or below the limit before the end (below_limit_from finite and > 0) gets a small blue
// dot on its symbol. Points at one place are set side by side. A receptor whose place the result
// does not record (one on a boundary or well of another name) is listed in the legend instead.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/grid.hpp"
#include "core/plane_geometry.hpp"
#include "postprocess/render/canvas.hpp"
#include "postprocess/render/plan_map.hpp"
#include "postprocess/render/trend_symbols.hpp"
#include "results/result_features.hpp"

namespace gwp::render {

struct TrendMapOptions {
  PlanMapOptions map;            // the plan map under the symbols (concentration; overlay set here)
  double field_strength = 0.35;  // how strongly the field is coloured, 0..1 (ColourMap::faded)
};

// One point of the table as drawn.
struct TrendMark {
  std::string point, kind;
  TrendClass trend = TrendClass::insufficient;
  double sen_slope = 0.0;         // mg/L per year (NaN without a slope)
  double below_limit_from = 0.0;  // d, as the table holds it
  bool on_map = false;            // false: the result records no place for it (listed in the legend)
  Point world{};                  // m, where it is
  Pixel at{};                     // pixels, the centre of its symbol (moved aside when points share a place)
  bool below_limit_mark = false;  // the blue dot of "back at or below the limit before the end", at
                                  // (0.42, 0.32) symbol sizes up and right of `at`
};

struct TrendMapPicture {
  PlanMapPicture map;
  std::vector<TrendMark> marks;  // in the table's order
  double symbol_size = 0;        // pixels across a triangle or circle
  double trend_from = 0, trend_to = 0;  // d, the output times the trends span
};

// Renders the map and writes `png_path`. Throws std::invalid_argument naming the result when it
// has no trends table for the species (written before trends existed), and for what
// render_plan_map refuses; gwp::IoError when reading or writing fails.
TrendMapPicture render_trend_map(const results::ResultReader& reader, const TrendMapOptions& options,
                                 const std::string& png_path);

// Where a named feature of the result is drawn: a well or monitoring point at its place, a line at
// half its length, a boundary at the mean of its columns' centres; nullopt for another name.
std::optional<Point> feature_place(const Grid& grid, const results::ResultFeatures& features, const std::string& name);

// Centres for symbols of `size` pixels at `anchors`: anchors closer than `size` to another of
// their group are set in a row, `spacing` x `size` apart, centred on the group's mean place;
// others stay where they are.
std::vector<Pixel> spread_symbols(const std::vector<Pixel>& anchors, double size, double spacing = 1.15);

}  // namespace gwp::render
