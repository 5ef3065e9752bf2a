// The site's features on a plan map: boundary conditions (the cells of a side, polygon or cell
// list, hatched in the boundary's colour; rivers, drains and other boundaries along a line as
// lines), cutoff walls, landfill outlines, pumping wells, abandoned wells (open, or plugged at the
// time drawn) and monitoring points, each kind with its own symbol, with their names; and the
// legend entries of the kinds present.
#pragma once
#include <vector>

#include "core/grid.hpp"
#include "postprocess/render/canvas.hpp"
#include "postprocess/render/label_placer.hpp"
#include "postprocess/render/language.hpp"
#include "postprocess/render/legend.hpp"
#include "postprocess/render/map_frame.hpp"
#include "postprocess/render/plan_values.hpp"
#include "results/result_features.hpp"

namespace gwp::render {

// Boundary cells drawn on a map of `layers`: those of every boundary not drawn as a line, in
// those layers, as the columns they fall in.
struct BoundaryColumns {
  const results::FeatureBoundary* boundary;
  std::vector<std::int64_t> columns;  // i * nx + j, each once
};
std::vector<BoundaryColumns> boundary_columns(const Grid& grid, const results::ResultFeatures& features,
                                              LayerRange layers);

// Hatches each boundary's columns in its kind's colour and outlines them (their edges that no
// other column of the same boundary shares). Drawn under the other features.
void draw_boundary_cells(Canvas& canvas, const MapFrame& frame, const Grid& grid,
                         const std::vector<BoundaryColumns>& boundaries, double font_size);

// Draws the line features, landfills and wells of `features` (time in d decides whether an
// abandoned well that is plugged during the run is drawn open or plugged) and places their names
// with `labels`. Points of one kind closer than a symbol's size share one label ("MW-1, MW-karst").
// `outlined` draws the wells' symbols white inside an edge of their colour, so that filled symbols
// of the same shapes drawn over the map (the trend map's) are not taken for them.
void draw_plan_features(Canvas& canvas, const MapFrame& frame, const results::ResultFeatures& features, double time,
                        LabelPlacer& labels, double font_size, bool outlined = false);

// Legend entries for the boundary cells drawn and the kinds of feature present in `features`
// (the wells' symbols outlined as draw_plan_features draws them).
std::vector<LegendEntry> feature_legend(const results::ResultFeatures& features,
                                        const std::vector<BoundaryColumns>& boundaries, double time,
                                        Language language = Language::en, bool outlined = false);

// Whether an abandoned well is open at `time` (d): not plugged from the start and not yet
// plugged during the run.
bool abandoned_well_open(const results::FeatureWell& well, double time);

// How a boundary or line of `kind` ("river", "general_head", "cutoff_wall" ...) is drawn.
struct LineLook {
  Rgb colour;
  double width;  // pixels
  double dash;   // pixels of dash, 0 for solid
};
LineLook line_look(const std::string& kind);

}  // namespace gwp::render
