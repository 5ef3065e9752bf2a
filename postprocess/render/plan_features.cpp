#include "postprocess/render/plan_features.hpp"

#include <cmath>
#include <string>

namespace gwp::post::render {

namespace {

// One look per kind, shared by the map and its legend.
struct Symbol {
  Marker marker;
  Rgb fill, edge;
  double size;  // pixels
  const char* label;
};
const Symbol kWell{Marker::circle, {0.13, 0.35, 0.75}, {0.05, 0.05, 0.05}, 22, "pumping well"};
const Symbol kOpenBore{Marker::triangle, {0.85, 0.1, 0.1}, {0.05, 0.05, 0.05}, 26, "abandoned well, open bore"};
const Symbol kPluggedBore{Marker::triangle, {0.7, 0.7, 0.7}, {0.05, 0.05, 0.05}, 26, "abandoned well, plugged"};
const Symbol kMonitoring{Marker::square, {0.1, 0.6, 0.3}, {0.05, 0.05, 0.05}, 18, "monitoring point"};
const Rgb kLandfillEdge{0.35, 0.22, 0.1};
const Rgb kRiver{0.15, 0.45, 0.85};
const Rgb kOtherLine{0.3, 0.3, 0.3};

const Symbol& symbol_of(const FeatureWell& w, double time) {
  if (w.kind == "abandoned_well") return abandoned_well_open(w, time) ? kOpenBore : kPluggedBore;
  if (w.kind == "monitoring") return kMonitoring;
  return kWell;
}

}  // namespace

bool abandoned_well_open(const FeatureWell& w, double time) {
  if (w.state == "plugged") return false;
  return !(w.plugged_at >= 0.0 && time >= w.plugged_at);
}

void draw_plan_features(Canvas& canvas, const MapFrame& frame, const ResultFeatures& features, double time,
                        LabelPlacer& labels, double font_size) {
  TextStyle name;
  name.size = font_size;
  name.halo = true;
  for (const FeatureLine& l : features.lines) {
    std::vector<Pixel> line;
    for (const auto& p : l.line) line.push_back(frame.to_pixel(p[0], p[1]));
    canvas.polyline(line, l.kind == "river" ? kRiver : kOtherLine, l.kind == "river" ? 5.0 : 4.0);
  }
  for (const FeatureOutline& a : features.areas) {
    if (a.outline.empty()) continue;
    std::vector<Pixel> outline;
    double cx = 0, cy = 0;
    for (const auto& p : a.outline) {
      outline.push_back(frame.to_pixel(p[0], p[1]));
      cx += outline.back()[0] / double(a.outline.size());
      cy += outline.back()[1] / double(a.outline.size());
    }
    outline.push_back(outline.front());
    // A dark edge over a white one keeps the outline visible over any plume colour.
    canvas.polyline(outline, {1, 1, 1}, 7.0);
    canvas.polyline(outline, kLandfillEdge, 3.5);
    TextStyle area_name = name;
    area_name.bold = true;
    area_name.colour = kLandfillEdge;
    labels.place(canvas, a.name, {cx, cy}, 0.0, area_name);
  }
  // Symbols first, then labels, so no label is hidden under a later symbol.
  std::vector<bool> labelled(features.wells.size(), false);
  for (const FeatureWell& w : features.wells) {
    const Symbol& s = symbol_of(w, time);
    const Pixel at = frame.to_pixel(w.x, w.y);
    canvas.marker(at, s.marker, s.size, s.fill, s.edge);
    labels.block({at[0] - s.size / 2, at[1] - s.size / 2, at[0] + s.size / 2, at[1] + s.size / 2});
  }
  for (std::size_t a = 0; a < features.wells.size(); ++a) {
    if (labelled[a]) continue;
    const FeatureWell& w = features.wells[a];
    const Symbol& s = symbol_of(w, time);
    const Pixel at = frame.to_pixel(w.x, w.y);
    std::string text = w.name;
    for (std::size_t b = a + 1; b < features.wells.size(); ++b) {
      const Pixel other = frame.to_pixel(features.wells[b].x, features.wells[b].y);
      if (!labelled[b] && features.wells[b].kind == w.kind && std::hypot(other[0] - at[0], other[1] - at[1]) < s.size) {
        text += ", " + features.wells[b].name;
        labelled[b] = true;
      }
    }
    labels.place(canvas, text, at, s.size / 2, name);
  }
}

std::vector<LegendEntry> feature_legend(const ResultFeatures& features, double time) {
  std::vector<LegendEntry> entries;
  bool landfill = false, river = false, other = false;
  for (const auto& a : features.areas) landfill = landfill || !a.outline.empty();
  for (const auto& l : features.lines) (l.kind == "river" ? river : other) = true;
  if (landfill) {
    LegendEntry e;
    e.sample = LegendEntry::Sample::line;
    e.label = "landfill";
    e.colour = kLandfillEdge;
    e.width = 3.5;
    entries.push_back(e);
  }
  if (river) entries.push_back({LegendEntry::Sample::line, "river", kRiver, {}, 5.0});
  if (other) entries.push_back({LegendEntry::Sample::line, "wall or other line", kOtherLine, {}, 4.0});
  for (const Symbol* s : {&kWell, &kOpenBore, &kPluggedBore, &kMonitoring}) {
    bool present = false;
    for (const auto& w : features.wells) present = present || &symbol_of(w, time) == s;
    if (!present) continue;
    LegendEntry e;
    e.sample = LegendEntry::Sample::marker;
    e.label = s->label;
    e.colour = s->fill;
    e.edge = s->edge;
    e.width = s->size * 0.85;
    e.marker = s->marker;
    entries.push_back(e);
  }
  return entries;
}

}  // namespace gwp::post::render
