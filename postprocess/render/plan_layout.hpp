// How a plan map's picture is laid out, shared by the map of a result and the probability map of
// a sweep: the map on the left, a panel on the right for the north arrow, colour bar and legend,
// the title above, coordinates, their titles and the scale bar below; and the pieces both draw
// the same way (the world box shown, lines in pixels, labels along contour lines).
#pragma once
#include <string>
#include <vector>

#include "core/grid.hpp"
#include "core/plane_geometry.hpp"
#include "postprocess/render/canvas.hpp"
#include "postprocess/render/colour_bar.hpp"
#include "postprocess/render/colour_map.hpp"
#include "postprocess/render/label_placer.hpp"
#include "postprocess/render/legend.hpp"
#include "postprocess/render/map_frame.hpp"
#include "postprocess/render/picture_text.hpp"
#include "results/result_features.hpp"

namespace gwp::render {

// Fonts grow with the picture so the text stays readable when a report shrinks it (20 px at
// least). Without a height the picture is as tall as the map at full width needs, or as the panel
// needs if more.
struct PlanLayout {
  int width = 0, height = 0;
  double font = 24, small = 20;
  PixelBox map;
  double panel_left = 0;
  double bar_height = 0;
  double label_width = 0;  // of legend labels
  TitleLayout title;
};

inline constexpr double kPanelTop = 6.6;      // fonts from the map's top to the colour bar's top
inline constexpr double kBelow = 6.4;         // fonts under the map: ticks, axis title, scale bar
inline constexpr double kLeft = 5.2;          // fonts left of the map: northing labels and title
inline constexpr double kArrowSpacing = 4.4;  // fonts between flow arrows: a dozen or so across a map
inline constexpr double kArrowLength = 2.0;   // fonts

PlanLayout plan_layout(const TextSetter& setter, int width, int height, const WorldBox& world,
                       const std::vector<LegendEntry>& legend, const std::string& title, const std::string& subtitle);

// The grid, landfills and wells with a margin of 2 %.
WorldBox world_extent(const Grid& grid, const results::ResultFeatures& features);

std::vector<std::vector<Pixel>> to_pixels(const MapFrame& frame, const std::vector<std::vector<Point>>& lines);

// A label to put along a line (a contour's value).
struct LineLabel {
  std::string text;
  std::vector<Pixel> line;
};

// Each label on the first free spot along its line: halfway, then nearer either end.
void place_line_labels(Canvas& canvas, LabelPlacer& placer, const std::vector<LineLabel>& labels, double font);

// What surrounds the map, drawn the same way on every plan map: coordinates and their titles
// (in the CRS `crs`) and the scale bar below, the north arrow, the colour bar (with `marks`) and
// the legend in the right panel, top down, and the title.
struct MapMargins {
  std::string easting_title, northing_title;  // axis words, before the CRS is added
  std::string crs;
  const ColourMap* colours = nullptr;
  std::string bar_title;
  std::vector<BarMark> marks;
  std::vector<LegendEntry> legend;
};
void draw_map_margins(Canvas& canvas, const MapFrame& frame, const PlanLayout& layout, const WorldBox& world,
                      const MapMargins& margins);

}  // namespace gwp::render
