// What a picture built on the plan map of a result adds to it (the centre-of-mass track, the
// Mann-Kendall trend map): its own symbols and lines drawn over the map, its legend entries, the
// monitoring points it draws itself instead of their usual symbol, a fainter field, and a few
// words for the title. The plan map keeps everything else (field, limits, features, margins), so
// those pictures look like every other map and change with it.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "postprocess/render/canvas.hpp"
#include "postprocess/render/label_placer.hpp"
#include "postprocess/render/legend.hpp"
#include "postprocess/render/map_frame.hpp"

namespace gwp::render {

// Where an overlay draws: the map's placement and the placer of its labels, shared with the
// features' names.
struct OverlayPlace {
  const MapFrame& frame;
  LabelPlacer& labels;
  double font = 24;   // pixels, the map's body font
  double small = 20;  // pixels, names and legend labels
  double time = 0;    // d, the output time of the field drawn
};

struct PlanOverlay {
  std::string subject;                    // replaces the species in the automatic title; empty: the species
  std::string subtitle;                   // added to the subtitle (after the depth and the peak)
  std::vector<LegendEntry> legend;        // after the map's own entries
  std::vector<std::string> drawn_points;  // features.wells drawn by the overlay: left out of the
                                          // features' symbols, names and legend
  double field_strength = 1.0;            // 0..1: the field's colours (and its colour bar) moved
                                          // towards white, see ColourMap::faded
  bool outline_features = false;          // the other wells' symbols drawn outlined (plan_features.hpp)
  // Before the features' names are placed: blocks the places the overlay will draw on, so the
  // names keep clear of them.
  std::function<void(const OverlayPlace&)> reserve;
  // After the features: draws the overlay and places its labels.
  std::function<void(Canvas&, const OverlayPlace&)> draw;
};

}  // namespace gwp::render
