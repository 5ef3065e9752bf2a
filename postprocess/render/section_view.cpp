#include "postprocess/render/section_view.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "postprocess/render/canvas.hpp"
#include "postprocess/render/colour_bar.hpp"
#include "postprocess/render/colour_scale.hpp"
#include "postprocess/render/hatching.hpp"
#include "postprocess/render/label_placer.hpp"
#include "postprocess/render/legend.hpp"
#include "postprocess/render/limit_lines.hpp"
#include "postprocess/render/nice_numbers.hpp"
#include "postprocess/render/picture_format.hpp"
#include "postprocess/render/picture_text.hpp"
#include "postprocess/render/plan_features.hpp"
#include "postprocess/render/plan_field.hpp"
#include "postprocess/render/plan_values.hpp"
#include "postprocess/render/plot_axes.hpp"
#include "postprocess/render/result_scene.hpp"
#include "postprocess/render/section_geometry.hpp"
#include "postprocess/render/section_scale.hpp"

namespace gwp::render {

namespace {

const Rgb kInactive{0.86, 0.86, 0.86};
const Rgb kLayerLine{0.35, 0.35, 0.35};
const Rgb kGround{0.3, 0.2, 0.1};
const Rgb kWaterTable{0.1, 0.35, 0.9};
const Rgb kOpenBore{0.85, 0.1, 0.1};
const Rgb kPluggedBore{0.6, 0.6, 0.6};
const Rgb kScreen{0.13, 0.35, 0.75};
const Rgb kMonitoring{0.1, 0.6, 0.3};
const Rgb kDryFill{0.95, 0.95, 0.95};
const Rgb kDryHatch{0.55, 0.55, 0.55};
const Rgb kLandfill{0.35, 0.22, 0.1};
const Rgb kEnds{0.45, 0.0, 0.55};  // as the section line on a plan map

// A well, abandoned well or monitoring point close enough to the line to be drawn on it.
struct NearFeature {
  const results::FeatureWell* well;
  double s;  // m along the line
};

std::vector<NearFeature> features_near(const ResultScene& scene, const SectionOptions& o) {
  const Grid& g = scene.grid;
  std::vector<NearFeature> near;
  for (const results::FeatureWell& w : scene.features.wells) {
    const LinePosition p = position_on_line({w.x, w.y}, {o.x0, o.y0}, {o.x1, o.y1});
    const double length = std::hypot(o.x1 - o.x0, o.y1 - o.y0);
    double reach = o.well_distance;
    if (reach < 0.0) {
      // Two cell widths of the column the well stands in: "on the line" as far as the model can tell.
      const auto cell = g.locate(w.x, w.y);
      reach = cell ? 2.0 * std::max(g.dx[std::size_t((*cell)[1])], g.dy[std::size_t((*cell)[0])])
                   : 2.0 * std::max(g.length_x() / g.nx, g.length_y() / g.ny);
    }
    if (p.off <= reach && p.along >= 0.0 && p.along <= length) near.push_back({&w, p.along});
  }
  return near;
}

// A stepped line through the pieces: each column's value held flat across it, joined by
// vertical steps at column edges; NaN values break the line.
std::vector<std::vector<Pixel>> stepped(const std::vector<SectionPiece>& pieces, const std::vector<double>& z,
                                        const PlotArea& area) {
  std::vector<std::vector<Pixel>> lines(1);
  for (std::size_t p = 0; p < pieces.size(); ++p) {
    if (std::isnan(z[p])) {
      if (!lines.back().empty()) lines.emplace_back();
      continue;
    }
    lines.back().push_back(area.to_pixel(pieces[p].s0, z[p]));
    lines.back().push_back(area.to_pixel(pieces[p].s1, z[p]));
  }
  if (lines.back().empty()) lines.pop_back();
  return lines;
}

// The faces between cells on either side of `level` (strictly above it, or not): the outline of
// the region above a limit, as the block-centred model sees it.
std::vector<std::vector<Pixel>> limit_edges(const Grid& g, const std::vector<SectionPiece>& pieces,
                                            const std::vector<double>& cells, const std::vector<unsigned char>& dry,
                                            double level, const PlotArea& area) {
  auto above = [&](std::int64_t n) {
    return g.active[std::size_t(n)] && (dry.empty() || !dry[std::size_t(n)]) && cells[std::size_t(n)] > level;
  };
  std::vector<std::vector<Pixel>> edges;
  for (std::size_t p = 0; p < pieces.size(); ++p) {
    const SectionPiece& a = pieces[p];
    for (int k = 0; k < g.nz; ++k) {
      const std::int64_t n = g.index(k, a.i, a.j);
      if (k + 1 < g.nz && above(n) != above(g.index(k + 1, a.i, a.j)))
        edges.push_back({area.to_pixel(a.s0, g.cell_bottom(n)), area.to_pixel(a.s1, g.cell_bottom(n))});
      if (p + 1 == pieces.size()) continue;
      const SectionPiece& b = pieces[p + 1];
      const std::int64_t m = g.index(k, b.i, b.j);
      const double top = std::min(g.cell_top(n), g.cell_top(m)), bottom = std::max(g.cell_bottom(n), g.cell_bottom(m));
      if (above(n) != above(m) && top > bottom)
        edges.push_back({area.to_pixel(a.s1, bottom), area.to_pixel(a.s1, top)});
    }
  }
  return edges;
}


// The field at the chosen time, and what the picture says about it.
struct SectionData {
  std::vector<double> cells;        // per cell, mg/L or m
  std::vector<double> table;        // water table per column (m), empty when not drawn
  std::vector<unsigned char> dry;   // per cell, 1 where dry (head at or below its bottom); empty without heads
  results::SpeciesLimits limits;
  double background = 0.0;          // mg/L, as a plan map's of the same time (plan_field.hpp)
};

SectionData read_section_data(const results::ResultReader& reader, const ResultScene& scene, const SectionOptions& o,
                              SectionPicture& picture) {
  SectionData d;
  d.limits.limit = -1.0;
  if (o.field == PlanField::concentration) {
    picture.species = choose_species(scene, o.species);
    d.limits = limits_of(scene, picture.species);
    const std::size_t t = time_index(scene.transport_times, o.time, "concentration", scene.start_date);
    picture.time = scene.transport_times[t];
    d.cells = reader.read_slice("/transport/" + picture.species + "/concentration", t).values;
  } else {
    const std::size_t t = time_index(scene.flow_times, o.time, "head", scene.start_date);
    picture.time = scene.flow_times[t];
    d.cells = reader.read_slice("/flow/head", t).values;
  }
  const Grid& g = scene.grid;
  std::vector<double> heads;
  if (const auto flow = flow_index_for(scene.flow_times, picture.time)) {
    heads = reader.read_slice("/flow/head", *flow).values;
    d.dry.assign(heads.size(), 0);
    for (std::int64_t n = 0; n < g.cell_count(); ++n) d.dry[std::size_t(n)] = is_dry(g, heads, n) ? 1 : 0;
    if (o.water_table) d.table = water_table(g, heads);
  }
  if (o.field == PlanField::concentration)
    d.background = lower_quartile(range_maximum(g, wet_values(g, d.cells, heads), all_layers(g)));
  return d;
}

// What the legend lists: each kind of thing drawn, once.
struct SectionContents {
  bool table = false, inactive = false, dry = false, landfill = false;
  double floor = 0.0;  // mg/L, > 0 when concentrations are drawn and some are left white
};

std::vector<LegendEntry> section_legend(const std::vector<LimitLine>& limits, const SectionContents& has,
                                        const std::vector<NearFeature>& near, double time, Language language) {
  const PictureWording& w = wording(language);
  std::vector<LegendEntry> legend;
  if (!limits.empty()) legend.push_back({LegendEntry::Sample::heading, w.limits_heading, {}});
  for (const LimitLine& l : limits) legend.push_back({LegendEntry::Sample::line, l.label, l.colour, {}, l.width, l.dash});
  if (has.floor > 0.0)
    legend.push_back({LegendEntry::Sample::patch, fill(w.below_floor, format_number(has.floor, 3) + " mg/L"), {1, 1, 1}});
  legend.push_back({LegendEntry::Sample::line, w.ground_surface, kGround, {}, 3.0});
  legend.push_back({LegendEntry::Sample::line, w.layer_boundary, kLayerLine, {}, 1.3});
  if (has.table) legend.push_back({LegendEntry::Sample::line, w.water_table_line, kWaterTable, {}, 3.0});
  if (has.dry) {
    LegendEntry e{LegendEntry::Sample::patch, w.dry_cell, kDryFill};
    e.edge = kDryHatch;
    e.hatched = true;
    legend.push_back(e);
  }
  if (has.inactive) legend.push_back({LegendEntry::Sample::patch, w.inactive_cell, kInactive});
  if (has.landfill) legend.push_back({LegendEntry::Sample::patch, w.landfill, kLandfill});
  bool open = false, plugged = false, screen = false, point = false;
  for (const NearFeature& f : near) {
    if (f.well->kind == "monitoring") point = true;
    else if (f.well->kind != "abandoned_well") screen = true;
    else (abandoned_well_open(*f.well, time) ? open : plugged) = true;
  }
  if (open) legend.push_back({LegendEntry::Sample::patch, w.abandoned_open, kOpenBore});
  if (plugged) legend.push_back({LegendEntry::Sample::patch, w.abandoned_plugged, kPluggedBore});
  if (screen) legend.push_back({LegendEntry::Sample::patch, w.pumping_screen, kScreen});
  if (point) {
    LegendEntry e{LegendEntry::Sample::marker, w.monitoring_point, kMonitoring};
    e.marker = Marker::square;
    e.width = 16;
    legend.push_back(e);
  }
  return legend;
}

// Cells coloured by value, each with its own top and bottom; below the floor left white, dry
// cells hatched grey. Returns how many dry cells were drawn.
std::size_t draw_section_cells(Canvas& canvas, const Grid& g, const std::vector<SectionPiece>& pieces,
                               const SectionData& data, const FieldScale& scale, const ColourMap& map,
                               const PlotArea& area, double font) {
  std::vector<std::vector<Pixel>> quads, dry;
  std::vector<Rgb> colours;
  for (const SectionPiece& p : pieces)
    for (int k = 0; k < g.nz; ++k) {
      const std::int64_t n = g.index(k, p.i, p.j);
      const double v = data.cells[std::size_t(n)];
      const bool active = g.active[std::size_t(n)], is_dry = active && !data.dry.empty() && data.dry[std::size_t(n)];
      if (active && !is_dry && !scale.coloured(v)) continue;
      const double top = g.cell_top(n), bottom = g.cell_bottom(n);
      std::vector<Pixel> quad{area.to_pixel(p.s0, bottom), area.to_pixel(p.s1, bottom), area.to_pixel(p.s1, top),
                              area.to_pixel(p.s0, top)};
      if (is_dry) dry.push_back(quad);
      quads.push_back(std::move(quad));
      colours.push_back(!active ? kInactive : is_dry ? kDryFill : map.colour(scale.display(v)));
    }
  canvas.fill_polygons(quads, colours);
  canvas.polylines(hatch_lines(dry, hatch_spacing(font)), kDryHatch, 1.5);
  return dry.size();
}

// Landfills where the line crosses them: a bar on the ground over each stretch inside the
// outline, with the landfill's name above it.
std::vector<SectionPicture::Crossing> draw_section_areas(Canvas& canvas, const ResultScene& scene,
                                                         const SectionOptions& o,
                                                         const std::vector<SectionPiece>& pieces,
                                                         const PlotArea& area, double font) {
  const Grid& g = scene.grid;
  std::vector<SectionPicture::Crossing> crossings;
  const double bar = 0.55 * font;  // pixels high
  TextStyle name;
  name.size = font;
  name.bold = true;
  name.colour = kLandfill;
  name.h = HAlign::centre;
  name.halo = true;
  for (const results::FeatureOutline& a : scene.features.areas)
    for (const auto& [s0, s1] : stretches_inside(a.outline, {o.x0, o.y0}, {o.x1, o.y1})) {
      crossings.push_back({a.name, s0, s1});
      double top = -1e300;
      for (const SectionPiece& p : pieces) {
        const double from = std::max(p.s0, s0), to = std::min(p.s1, s1);
        if (!(to > from)) continue;
        const double ground = area.to_pixel(0, g.top[std::size_t(p.i * g.nx + p.j)])[1];
        const std::vector<Pixel> box{{area.to_pixel(from, 0)[0], ground}, {area.to_pixel(to, 0)[0], ground},
                                     {area.to_pixel(to, 0)[0], ground + bar}, {area.to_pixel(from, 0)[0], ground + bar}};
        canvas.fill_polygon(box, kLandfill);
        top = std::max(top, ground + bar);
      }
      if (top > -1e300) canvas.text(a.name, {area.to_pixel(0.5 * (s0 + s1), 0)[0], top + 0.25 * font}, name);
    }
  return crossings;
}

// Layer boundaries (each cell's bottom, stepped from column to column), the ground on top, the
// water table, and the names of the layers at the far end of the section where they fit.
void draw_section_layers(Canvas& canvas, const ResultScene& scene, const std::vector<SectionPiece>& pieces,
                         const std::vector<double>& table, const PlotArea& area, double font) {
  const Grid& g = scene.grid;
  auto per_piece = [&](auto value) {
    std::vector<double> z;
    for (const SectionPiece& p : pieces) z.push_back(value(p));
    return stepped(pieces, z, area);
  };
  for (int k = 0; k < g.nz; ++k)
    canvas.polylines(per_piece([&](const SectionPiece& p) { return g.cell_bottom(g.index(k, p.i, p.j)); }), kLayerLine,
                     k + 1 == g.nz ? 2.5 : 1.3);
  canvas.polylines(per_piece([&](const SectionPiece& p) { return g.top[std::size_t(p.i * g.nx + p.j)]; }), kGround, 3.0);
  if (!table.empty())
    canvas.polylines(per_piece([&](const SectionPiece& p) { return table[std::size_t(p.i * g.nx + p.j)]; }),
                     kWaterTable, 3.0);
  TextStyle style;
  style.size = font;
  style.h = HAlign::right;
  style.v = VAlign::centre;
  style.halo = true;
  style.colour = {0.2, 0.2, 0.2};
  const SectionPiece& last = pieces.back();
  for (int k = 0; k < g.nz; ++k) {
    const std::int64_t n = g.index(k, last.i, last.j);
    const double top = g.cell_top(n), bottom = g.cell_bottom(n);
    const double pixels = area.to_pixel(0, top)[1] - area.to_pixel(0, bottom)[1];
    if (pixels < 1.1 * font || scene.layer_names[std::size_t(k)].empty()) continue;
    canvas.text(scene.layer_names[std::size_t(k)],
                {area.to_pixel(last.s1, 0)[0] - 8, area.to_pixel(0, 0.5 * (top + bottom))[1]}, style);
  }
}

// Wells and abandoned wells near the line: the open interval (bore or screen) as a bar, a casing
// line up to the ground, the name above; monitoring points as squares at their depth.
void draw_section_wells(Canvas& canvas, const Grid& g, const std::vector<NearFeature>& near, double time,
                        const PlotArea& area, double font, LabelPlacer& labels) {
  TextStyle style;
  style.size = font;
  style.halo = true;
  std::vector<std::pair<std::string, Pixel>> names;
  for (const NearFeature& f : near) {
    const results::FeatureWell& w = *f.well;
    const double x = area.to_pixel(f.s, 0)[0];
    const double y_top = area.to_pixel(0, w.top)[1], y_bottom = area.to_pixel(0, w.bottom)[1];
    if (w.kind == "monitoring") {
      canvas.marker({x, y_top}, Marker::square, 16, kMonitoring, {0.05, 0.05, 0.05});
      labels.block({x - 8, y_top - 8, x + 8, y_top + 8});
      names.push_back({w.name, {x, y_top}});
      continue;
    }
    const auto cell = g.locate(w.x, w.y);
    const double y_ground = area.to_pixel(0, cell ? g.top[std::size_t((*cell)[0] * g.nx + (*cell)[1])] : w.top)[1];
    const Rgb fill = w.kind != "abandoned_well" ? kScreen : abandoned_well_open(w, time) ? kOpenBore : kPluggedBore;
    if (y_ground > y_top) canvas.polyline({{x, y_top}, {x, y_ground}}, {0.2, 0.2, 0.2}, 3.0);
    const double h = 6.0;  // half the bar's width, pixels
    const std::vector<Pixel> bar{{x - h, y_bottom}, {x + h, y_bottom}, {x + h, y_top}, {x - h, y_top}, {x - h, y_bottom}};
    canvas.fill_polygon({bar.begin(), bar.end() - 1}, fill);
    canvas.polyline(bar, {0.05, 0.05, 0.05}, 2.0);
    labels.block({x - h, y_bottom, x + h, std::max(y_top, y_ground)});
    names.push_back({w.name, {x, std::max(y_top, y_ground) + 0.8 * font}});
  }
  for (const auto& [text, at] : names) labels.place(canvas, text, at, 4.0, style);
}

}  // namespace

SectionPicture render_section(const results::ResultReader& reader, const SectionOptions& o,
                              const std::string& png_path) {
  require_picture_format(png_path);
  const Language lang = o.language;
  const PictureWording& w = wording(lang);
  const ResultScene scene = read_scene(reader);
  const Grid& g = scene.grid;
  const bool concentration = o.field == PlanField::concentration;
  SectionPicture picture;
  const SectionData data = read_section_data(reader, scene, o, picture);
  const std::vector<SectionPiece> pieces = section_pieces(g, {o.x0, o.y0}, {o.x1, o.y1});
  const std::string ends = "(" + format_number(o.x0, 8) + ", " + format_number(o.y0, 8) + ") " + w.to + " (" +
                           format_number(o.x1, 8) + ", " + format_number(o.y1, 8) + ")";
  double z_low = std::numeric_limits<double>::infinity(), z_high = -z_low, peak = -z_low;
  SectionContents has;
  has.table = !data.table.empty();
  for (const SectionPiece& p : pieces)
    for (int k = 0; k < g.nz; ++k) {
      const std::int64_t n = g.index(k, p.i, p.j);
      has.inactive = has.inactive || !g.active[std::size_t(n)];
      if (!g.active[std::size_t(n)]) continue;
      const bool dry = !data.dry.empty() && data.dry[std::size_t(n)];
      has.dry = has.dry || dry;
      z_low = std::min(z_low, g.cell_bottom(n));
      z_high = std::max(z_high, g.cell_top(n));
      if (!dry) peak = std::max(peak, data.cells[std::size_t(n)]);
    }
  if (!(z_high > z_low)) throw std::invalid_argument("the section line from " + ends + " crosses no active cell of the grid");

  const FieldScale scale = field_scale(o.field, o.scale, data.limits, o.floor, peak, data.background);
  if (concentration) has.floor = scale.floor;
  std::vector<double> shown;
  for (const SectionPiece& p : pieces)
    for (int k = 0; k < g.nz; ++k) {
      const std::size_t n = std::size_t(g.index(k, p.i, p.j));
      if (g.active[n] && (data.dry.empty() || !data.dry[n]) && scale.coloured(data.cells[n]))
        shown.push_back(scale.display(data.cells[n]));
    }
  picture.range = scale.range(shown, o.range);
  picture.floor = scale.floor;
  const ColourMap map = scale.colour_map(picture.range);
  const std::vector<NearFeature> near = features_near(scene, o);
  for (const NearFeature& f : near) picture.wells.push_back(f.well->name);
  for (const results::FeatureOutline& a : scene.features.areas)
    has.landfill = has.landfill || !stretches_inside(a.outline, {o.x0, o.y0}, {o.x1, o.y1}).empty();
  const std::vector<LimitLine> limits = concentration ? limit_lines(data.limits, lang) : std::vector<LimitLine>{};
  const std::vector<LegendEntry> legend = section_legend(limits, has, near, picture.time, lang);
  const std::string species = concentration ? species_label(data.limits, lang) : std::string();
  picture.title = o.title.empty() ? picture_title(scene.title, concentration ? species : w.head,
                                                  picture_time(picture.time, scene.start_date, lang))
                                  : o.title;

  // Layout: the plot on the left, colour bar and legend on the right, title above, axis below.
  const TextSetter setter;
  const double f = std::max(24.0, std::round(o.width / 64.0)), small = std::max(20.0, 0.85 * f);
  const double panel_left = o.width - std::max(15.0 * f, 0.21 * o.width);
  const double label_width = o.width - (panel_left + 0.5 * f) - 3.2 * small;
  const std::string ve_text = std::string(w.vertical_exaggeration) + " ";
  const double legend_h = legend_height(setter, legend, small, label_width), bar_min = 8.0 * f;
  // The exaggeration is only known after fitting; the subtitle's length hardly depends on it.
  const TitleLayout title_guess =
      fit_title(setter, picture.title, std::string(w.section_from) + " " + ends + "  \u00b7  " + ve_text + "10\u00d7",
                f, o.width - 2.0 * f);
  SectionFit fit;
  fit.length = std::hypot(o.x1 - o.x0, o.y1 - o.y0);
  fit.z_low = z_low;
  fit.z_high = z_high;
  fit.left = 5.5 * f;
  fit.right = panel_left - 1.2 * f;
  fit.above = title_guess.height + 2.4 * f;  // room for A and A′ over the plot
  fit.below = 5.4 * f;  // tick labels, the axis title, the exaggeration
  fit.height = o.height;
  fit.min_height = fit.above + 2.6 * f + bar_min + 1.4 * f + legend_h + f;
  fit.vertical_exaggeration = o.vertical_exaggeration;
  const SectionScale s = section_scale(fit);
  const PlotArea area = [&] {
    PlotArea a = s.area;
    a.x.title = w.distance_along;
    a.y.title = w.elevation;
    return a;
  }();
  picture.vertical_exaggeration = s.vertical_exaggeration;
  picture.frame.pixels_per_metre = s.pixels_per_metre;
  picture.frame.x0 = 0.0;
  picture.frame.y0 = area.y.min;
  picture.frame.px0 = area.box.left;
  picture.frame.py0 = area.box.bottom;
  picture.width = o.width;
  picture.height = s.height;

  Canvas canvas(o.width, s.height);
  picture.dry_cells = draw_section_cells(canvas, g, pieces, data, scale, map, area, f);
  draw_section_layers(canvas, scene, pieces, data.table, area, small);
  std::vector<BarMark> marks;
  for (const LimitLine& l : limits) {
    canvas.polylines(limit_edges(g, pieces, data.cells, data.dry, l.level, area), l.colour, l.width, l.dash,
                     0.6 * l.dash);
    marks.push_back({scale.display(l.level), l.colour, l.width, l.dash});
  }
  LabelPlacer labels(area.box);
  picture.areas = draw_section_areas(canvas, scene, o, pieces, area, small);
  for (const PictureText& t : canvas.texts()) labels.block(t.box);
  draw_section_wells(canvas, g, near, picture.time, area, small, labels);
  const double under_axis = draw_axes(canvas, area, small, false);
  // The ends, named as a plan map with this section line names them: a tick up from each end of
  // the plot's top edge, and the letter over it.
  TextStyle end_style;
  end_style.size = 1.25 * f;
  end_style.bold = true;
  end_style.colour = kEnds;
  end_style.h = HAlign::centre;
  end_style.v = VAlign::bottom;
  for (const auto& [text, s_end] : {std::pair{std::string("A"), 0.0}, std::pair{std::string("A\u2032"), fit.length}}) {
    const double x = area.to_pixel(s_end, 0)[0];
    canvas.polyline({{x, area.box.top}, {x, area.box.top + 0.6 * f}}, kEnds, 3.0);
    canvas.text(text, {x, area.box.top + 0.7 * f}, end_style);
  }
  const std::string ve = std::string(w.vertical_exaggeration) + " " + format_number(s.vertical_exaggeration, 4) + "\u00d7";
  TextStyle ve_style;
  ve_style.size = small;
  ve_style.h = HAlign::right;
  ve_style.v = VAlign::top;
  canvas.text(ve, {area.box.right, under_axis - 0.2 * small}, ve_style);

  const double x = panel_left + 0.5 * f, bar_top = area.box.top - 2.6 * f;
  const double bar_height = std::max(bar_min, std::min(0.4 * s.height, bar_top - 1.4 * f - legend_h - f));
  draw_colour_bar(canvas, map, {x, bar_top - bar_height, x + 1.6 * f, bar_top}, scale.title(species, lang), marks, small);
  draw_legend(canvas, legend, x, bar_top - bar_height - 1.4 * f, small, label_width);

  draw_title(canvas, fit_title(setter, picture.title, std::string(w.section_from) + " " + ends + "  \u00b7  " + ve, f,
                               o.width - 2.0 * f));
  canvas.save(png_path);
  picture.warnings = canvas.warnings();
  picture.texts = canvas.texts();
  return picture;
}

}  // namespace gwp::render
