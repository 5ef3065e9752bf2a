#include "postprocess/render/plan_features.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>
#include <string>

#include "postprocess/render/hatching.hpp"

namespace gwp::render {

namespace {

// One look per kind, shared by the map and its legend.
struct Symbol {
  Marker marker;
  Rgb fill, edge;
  double size;  // pixels
};
const Symbol kWell{Marker::circle, {0.13, 0.35, 0.75}, {0.05, 0.05, 0.05}, 22};
const Symbol kOpenBore{Marker::triangle, {0.85, 0.1, 0.1}, {0.05, 0.05, 0.05}, 26};
const Symbol kPluggedBore{Marker::triangle, {0.7, 0.7, 0.7}, {0.05, 0.05, 0.05}, 26};
const Symbol kMonitoring{Marker::square, {0.1, 0.6, 0.3}, {0.05, 0.05, 0.05}, 18};
const Rgb kLandfillEdge{0.35, 0.22, 0.1};
const Rgb kWhite{1.0, 1.0, 1.0};

const Symbol& symbol_of(const results::FeatureWell& w, double time) {
  if (w.kind == "abandoned_well") return abandoned_well_open(w, time) ? kOpenBore : kPluggedBore;
  if (w.kind == "monitoring") return kMonitoring;
  return kWell;
}

const char* symbol_label(const Symbol* s, const PictureWording& w) {
  if (s == &kOpenBore) return w.abandoned_open;
  if (s == &kPluggedBore) return w.abandoned_plugged;
  if (s == &kMonitoring) return w.monitoring_point;
  return w.pumping_well;
}

const char* kind_label(const std::string& kind, const PictureWording& w) {
  if (kind == "river") return w.river;
  if (kind == "drain") return w.drain;
  if (kind == "general_head") return w.general_head;
  if (kind == "head") return w.fixed_head;
  if (kind == "flux") return w.flux_boundary;
  if (kind == "cutoff_wall") return w.cutoff_wall;
  if (kind == "control_plane") return w.control_plane;
  return w.other_line;
}

// Kinds in the order the legend lists them.
const char* const kKinds[] = {"head", "general_head", "river", "drain", "flux", "cutoff_wall", "control_plane"};

bool drawn_as_line(const results::ResultFeatures& f, const std::string& name) {
  return std::any_of(f.lines.begin(), f.lines.end(), [&](const results::FeatureLine& l) { return l.name == name; });
}

// The corners of column (i, j) in pixels, counter-clockwise from its south-west corner.
std::vector<Pixel> column_quad(const Grid& g, const MapFrame& frame, const std::vector<double>& xe,
                               const std::vector<double>& ye, int i, int j) {
  std::vector<Pixel> quad;
  for (auto [x, y] : {std::array{xe[std::size_t(j)], ye[std::size_t(i) + 1]}, std::array{xe[std::size_t(j) + 1], ye[std::size_t(i) + 1]},
                      std::array{xe[std::size_t(j) + 1], ye[std::size_t(i)]}, std::array{xe[std::size_t(j)], ye[std::size_t(i)]}}) {
    const auto w = g.to_world(x, y);
    quad.push_back(frame.to_pixel(w[0], w[1]));
  }
  return quad;
}

}  // namespace

LineLook line_look(const std::string& kind) {
  if (kind == "river") return {{0.15, 0.45, 0.85}, 5.0, 0.0};
  if (kind == "drain") return {{0.3, 0.45, 0.1}, 4.0, 12.0};
  if (kind == "general_head") return {{0.0, 0.55, 0.55}, 4.0, 0.0};
  if (kind == "head") return {{0.0, 0.2, 0.6}, 4.0, 0.0};
  if (kind == "flux") return {{0.35, 0.35, 0.55}, 4.0, 12.0};
  if (kind == "cutoff_wall") return {{0.25, 0.25, 0.25}, 5.0, 0.0};
  // A control plane measures and holds nothing back: thin, dashed, in a colour no boundary has.
  if (kind == "control_plane") return {{0.45, 0.2, 0.75}, 3.0, 10.0};
  return {{0.3, 0.3, 0.3}, 4.0, 0.0};
}

bool abandoned_well_open(const results::FeatureWell& w, double time) {
  if (w.state == "plugged") return false;
  return !(w.plugged_at >= 0.0 && time >= w.plugged_at);
}

std::vector<BoundaryColumns> boundary_columns(const Grid& g, const results::ResultFeatures& features,
                                              LayerRange layers) {
  std::vector<BoundaryColumns> out;
  for (const results::FeatureBoundary& b : features.boundaries) {
    if (drawn_as_line(features, b.name)) continue;
    std::set<std::int64_t> columns;
    for (std::int64_t n : b.cells) {
      if (n < 0 || n >= g.cell_count()) continue;
      const int k = int(n / g.column_count());
      if (k >= layers.first && k < layers.end()) columns.insert(n % g.column_count());
    }
    if (!columns.empty()) out.push_back({&b, {columns.begin(), columns.end()}});
  }
  return out;
}

void draw_boundary_cells(Canvas& canvas, const MapFrame& frame, const Grid& g,
                         const std::vector<BoundaryColumns>& boundaries, double font_size) {
  std::vector<double> xe(std::size_t(g.nx) + 1, 0.0), ye(std::size_t(g.ny) + 1, g.length_y());
  std::partial_sum(g.dx.begin(), g.dx.end(), xe.begin() + 1);
  for (int i = 0; i < g.ny; ++i) ye[std::size_t(i) + 1] = ye[std::size_t(i)] - g.dy[std::size_t(i)];
  for (const BoundaryColumns& b : boundaries) {
    const LineLook look = line_look(b.boundary->kind);
    const std::set<std::int64_t> in(b.columns.begin(), b.columns.end());
    std::vector<std::vector<Pixel>> quads, edges;
    for (std::int64_t c : b.columns) {
      const int i = int(c / g.nx), j = int(c % g.nx);
      const std::vector<Pixel> q = column_quad(g, frame, xe, ye, i, j);  // SW, SE, NE, NW
      quads.push_back(q);
      // An edge is on the outline when the neighbour across it is not in the boundary.
      const bool south = i + 1 < g.ny && in.count(c + g.nx), north = i > 0 && in.count(c - g.nx);
      const bool west = j > 0 && in.count(c - 1), east = j + 1 < g.nx && in.count(c + 1);
      if (!south) edges.push_back({q[0], q[1]});
      if (!east) edges.push_back({q[1], q[2]});
      if (!north) edges.push_back({q[2], q[3]});
      if (!west) edges.push_back({q[3], q[0]});
    }
    canvas.fill_polygons(quads, std::vector<Rgb>(quads.size(), Rgb{1, 1, 1}), 0.35);
    canvas.polylines(hatch_lines(quads, hatch_spacing(font_size)), look.colour, 2.0);
    canvas.polylines(edges, look.colour, 2.5);
  }
}

void draw_plan_features(Canvas& canvas, const MapFrame& frame, const results::ResultFeatures& features, double time,
                        LabelPlacer& labels, double font_size, bool outlined) {
  TextStyle name;
  name.size = font_size;
  name.halo = true;
  for (const results::FeatureLine& l : features.lines) {
    std::vector<Pixel> line;
    for (const auto& p : l.line) line.push_back(frame.to_pixel(p[0], p[1]));
    const LineLook look = line_look(l.kind);
    canvas.polyline(line, {1, 1, 1}, look.width + 3.0);  // a white edge keeps it apart from any colour
    canvas.polyline(line, look.colour, look.width, look.dash, 0.6 * look.dash);
  }
  for (const results::FeatureOutline& a : features.areas) {
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
  for (const results::FeatureWell& w : features.wells) {
    const Symbol& s = symbol_of(w, time);
    const Pixel at = frame.to_pixel(w.x, w.y);
    if (outlined) canvas.marker(at, s.marker, s.size, kWhite, s.fill, 3.0);
    else canvas.marker(at, s.marker, s.size, s.fill, s.edge);
    labels.block({at[0] - s.size / 2, at[1] - s.size / 2, at[0] + s.size / 2, at[1] + s.size / 2});
  }
  for (std::size_t a = 0; a < features.wells.size(); ++a) {
    if (labelled[a]) continue;
    const results::FeatureWell& w = features.wells[a];
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

std::vector<LegendEntry> feature_legend(const results::ResultFeatures& features,
                                        const std::vector<BoundaryColumns>& boundaries, double time,
                                        Language language, bool outlined) {
  const PictureWording& w = wording(language);
  std::vector<LegendEntry> entries;
  for (const char* kind : kKinds) {
    const LineLook look = line_look(kind);
    if (std::any_of(boundaries.begin(), boundaries.end(), [&](const BoundaryColumns& b) { return b.boundary->kind == kind; })) {
      LegendEntry e{LegendEntry::Sample::patch, kind_label(kind, w), {1, 1, 1}};
      e.edge = look.colour;
      e.hatched = true;
      entries.push_back(e);
    }
    if (std::any_of(features.lines.begin(), features.lines.end(),
                    [&](const results::FeatureLine& l) { return l.kind == kind; }))
      entries.push_back({LegendEntry::Sample::line, kind_label(kind, w), look.colour, {}, look.width, look.dash});
  }
  const bool other = std::any_of(features.lines.begin(), features.lines.end(), [](const results::FeatureLine& l) {
    return std::find_if(std::begin(kKinds), std::end(kKinds), [&](const char* k) { return l.kind == k; }) == std::end(kKinds);
  });
  if (other) entries.push_back({LegendEntry::Sample::line, w.other_line, line_look("").colour, {}, 4.0});
  if (std::any_of(features.areas.begin(), features.areas.end(),
                  [](const results::FeatureOutline& a) { return !a.outline.empty(); }))
    entries.push_back({LegendEntry::Sample::line, w.landfill, kLandfillEdge, {}, 3.5});
  for (const Symbol* s : {&kWell, &kOpenBore, &kPluggedBore, &kMonitoring}) {
    bool present = false;
    for (const auto& well : features.wells) present = present || &symbol_of(well, time) == s;
    if (!present) continue;
    LegendEntry e;
    e.sample = LegendEntry::Sample::marker;
    e.label = symbol_label(s, w);
    e.colour = outlined ? kWhite : s->fill;
    e.edge = outlined ? s->fill : s->edge;
    e.width = s->size * 0.85;
    e.marker = s->marker;
    entries.push_back(e);
  }
  return entries;
}

}  // namespace gwp::render
