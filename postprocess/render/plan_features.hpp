// The site's features on a plan map: landfill outlines, river and wall lines, pumping wells,
// abandoned wells (open, or plugged at the time drawn) and monitoring points, each kind with its
// own symbol, with their names; and the legend entries of the kinds present.
#pragma once
#include <vector>

#include "postprocess/render/canvas.hpp"
#include "postprocess/render/label_placer.hpp"
#include "postprocess/render/legend.hpp"
#include "postprocess/render/map_frame.hpp"
#include "postprocess/result_features.hpp"

namespace gwp::post::render {

// Draws every feature of `features` (time in d decides whether an abandoned well that is plugged
// during the run is drawn open or plugged) and places its name with `labels`. Points of one
// kind closer than a symbol's size share one label ("MW-1, MW-karst").
void draw_plan_features(Canvas& canvas, const MapFrame& frame, const ResultFeatures& features, double time,
                        LabelPlacer& labels, double font_size);

// Legend entries for the kinds of feature present in `features`.
std::vector<LegendEntry> feature_legend(const ResultFeatures& features, double time);

// Whether an abandoned well is open at `time` (d): not plugged from the start and not yet
// plugged during the run.
bool abandoned_well_open(const FeatureWell& well, double time);

}  // namespace gwp::post::render
