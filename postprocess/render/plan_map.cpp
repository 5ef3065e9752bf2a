#include "postprocess/render/plan_map.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/plane_geometry.hpp"
#include "postprocess/render/canvas.hpp"
#include "postprocess/render/colour_bar.hpp"
#include "postprocess/render/colour_scale.hpp"
#include "postprocess/render/contours.hpp"
#include "postprocess/render/flow_arrows.hpp"
#include "postprocess/render/hatching.hpp"
#include "postprocess/render/label_placer.hpp"
#include "postprocess/render/legend.hpp"
#include "postprocess/render/limit_lines.hpp"
#include "postprocess/render/map_decorations.hpp"
#include "postprocess/render/nice_numbers.hpp"
#include "postprocess/render/picture_format.hpp"
#include "postprocess/render/picture_text.hpp"
#include "postprocess/render/plan_features.hpp"
#include "postprocess/render/plan_layout.hpp"
#include "postprocess/render/plan_field.hpp"
#include "postprocess/render/plan_overlay.hpp"
#include "postprocess/render/plan_values.hpp"

namespace gwp::render {

namespace {

const Rgb kInactive{0.86, 0.86, 0.86};
const Rgb kOutline{0.25, 0.25, 0.25};
const Rgb kSectionLine{0.45, 0.0, 0.55};
const Rgb kDryFill{0.95, 0.95, 0.95};
const Rgb kDryHatch{0.55, 0.55, 0.55};
const Rgb kWhite{1.0, 1.0, 1.0};

// Each column as a filled quadrilateral in the world (rotated with the grid): columns with no
// active cell grey, dry columns hatched, concentrations at or below the floor left white.
void draw_cells(Canvas& canvas, const MapFrame& frame, const Grid& g, const PlanFieldData& data,
                const FieldScale& scale, const ColourMap& map, double font) {
  std::vector<double> xe(std::size_t(g.nx) + 1, 0.0), ye(std::size_t(g.ny) + 1, g.length_y());
  std::partial_sum(g.dx.begin(), g.dx.end(), xe.begin() + 1);
  for (int i = 0; i < g.ny; ++i) ye[std::size_t(i) + 1] = ye[std::size_t(i)] - g.dy[std::size_t(i)];
  std::vector<std::vector<Pixel>> polygons, dry;
  std::vector<Rgb> colours;
  for (int i = 0; i < g.ny; ++i)
    for (int j = 0; j < g.nx; ++j) {
      const std::size_t c = std::size_t(i * g.nx + j);
      const double v = data.columns[c];
      const bool is_dry = !data.dry.empty() && data.dry[c];
      if (!is_dry && !std::isnan(v) && !scale.coloured(v)) continue;
      std::vector<Pixel> quad;
      for (auto [x, y] : {std::array{xe[j], ye[i + 1]}, std::array{xe[j + 1], ye[i + 1]}, std::array{xe[j + 1], ye[i]},
                          std::array{xe[j], ye[i]}}) {
        const auto w = g.to_world(x, y);
        quad.push_back(frame.to_pixel(w[0], w[1]));
      }
      if (is_dry) dry.push_back(quad);
      colours.push_back(is_dry ? kDryFill : std::isnan(v) ? kInactive : map.colour(scale.display(v)));
      polygons.push_back(std::move(quad));
    }
  canvas.fill_polygons(polygons, colours);
  canvas.polylines(hatch_lines(dry, hatch_spacing(font)), kDryHatch, 1.5);
}

// Equipotentials at round heads. Their labels are placed after the features' names, on the
// first free spot along the longest piece of each line (halfway, then nearer either end).

std::vector<LineLabel> draw_equipotentials(Canvas& canvas, const MapFrame& frame, const Grid& g,
                                           const std::vector<double>& columns, const ColourRange& range) {
  std::vector<LineLabel> labels;
  for (double level : nice_ticks(range.low, range.high, 12)) {
    const auto lines = to_pixels(frame, contour_lines(g, columns, level));
    if (lines.empty()) continue;
    canvas.polylines(lines, {0.1, 0.1, 0.1}, 1.8);
    const auto longest = std::max_element(lines.begin(), lines.end(), [](const auto& a, const auto& b) {
      return polyline_length(a) < polyline_length(b);
    });
    labels.push_back({format_number(level, 4), *longest});
  }
  return labels;
}

// The line of a vertical section, "A" beyond its start and "A′" beyond its end.
void draw_section_line(Canvas& canvas, const MapFrame& frame, const std::array<double, 4>& line, LabelPlacer& labels,
                       double font) {
  const Pixel a = frame.to_pixel(line[0], line[1]), b = frame.to_pixel(line[2], line[3]);
  canvas.polyline({a, b}, {1, 1, 1}, 6.0);
  canvas.polyline({a, b}, kSectionLine, 3.0);
  const double length = std::hypot(b[0] - a[0], b[1] - a[1]);
  if (!(length > 0.0)) return;
  const double ux = (b[0] - a[0]) / length, uy = (b[1] - a[1]) / length, away = 0.9 * font;
  TextStyle style;
  style.size = font;
  style.bold = true;
  style.halo = true;
  style.colour = kSectionLine;
  // Drawn even where other labels are: the ends must be named.
  style.h = HAlign::centre;
  style.v = VAlign::centre;
  for (const auto& [text, at] : {std::pair{std::string("A"), Pixel{a[0] - ux * away, a[1] - uy * away}},
                                 std::pair{std::string("A\u2032"), Pixel{b[0] + ux * away, b[1] + uy * away}}}) {
    canvas.text(text, at, style);
    labels.block({at[0] - font, at[1] - font, at[0] + font, at[1] + font});
  }
}

// The layers a map draws, as a range (the whole depth for the maximum or the water table).
LayerRange drawn_layers(const Grid& g, const PlanMapOptions& o) {
  return o.layer > 0 ? LayerRange{o.layer - 1, std::max(1, o.layer_count)} : all_layers(g);
}

// "Darcy flux 0.003–0.52 m/d": the range of the horizontal flux of the cells drawn, where
// there is any (flow arrows stand only where there is).
std::string flux_range(const std::vector<std::int64_t>& cells, const std::vector<double>& flux, Language language) {
  double low = 1e300, high = 0;
  for (std::int64_t n : cells) {
    if (n < 0) continue;
    const double q = std::hypot(flux[std::size_t(n) * 3], flux[std::size_t(n) * 3 + 1]);
    if (q > 1e-9) low = std::min(low, q), high = std::max(high, q);
  }
  if (!(high > 0)) return language == Language::zh ? "达西流速" : "Darcy flux";
  return (language == Language::zh ? "达西流速 " : "Darcy flux ") + format_number(low, 2) + "\u2013" +
         format_number(high, 2) + " m/d";
}

}  // namespace

PlanMapPicture render_plan_map(const results::ResultReader& reader, const PlanMapOptions& options,
                               const std::string& png_path) {
  require_picture_format(png_path);
  const Language lang = options.language;
  const PictureWording& w = wording(lang);
  const ResultScene scene = read_scene(reader);
  const PlanFieldData data = read_plan_field(reader, scene, options.field, options.species, options.time, options.layer,
                                             options.layer_count, lang);
  const bool concentration = options.field == PlanField::concentration;
  const double peak = finite_range(data.columns)[1];
  const FieldScale scale = field_scale(options.field, options.scale, data.limits, options.floor, peak, data.background);
  std::vector<double> shown;
  for (double v : data.columns)
    if (scale.coloured(v)) shown.push_back(scale.display(v));
  const ColourRange range = scale.range(shown, options.range);
  const PlanOverlay none;
  const PlanOverlay& overlay = options.overlay ? *options.overlay : none;
  const ColourMap map = scale.colour_map(range).faded(overlay.field_strength);
  // The features whose symbols the map draws: those the overlay draws itself are left out.
  results::ResultFeatures features = scene.features;
  std::erase_if(features.wells, [&](const results::FeatureWell& w) {
    return std::find(overlay.drawn_points.begin(), overlay.drawn_points.end(), w.name) != overlay.drawn_points.end();
  });
  const std::string species = concentration ? species_label(data.limits, lang) : std::string();
  const std::vector<BoundaryColumns> boundaries = boundary_columns(scene.grid, scene.features, drawn_layers(scene.grid, options));

  // Flow arrows of head maps come from the cells whose heads are drawn.
  std::vector<double> flux;
  if (!concentration && options.flow_arrows && data.flow_index && reader.exists("/flow/darcy_flux"))
    flux = reader.read_slice("/flow/darcy_flux", *data.flow_index).values;

  // The legend first: its length decides the picture's height.
  std::vector<LegendEntry> legend;
  const std::vector<LimitLine> limits = concentration ? limit_lines(data.limits, lang) : std::vector<LimitLine>{};
  if (!limits.empty()) legend.push_back({LegendEntry::Sample::heading, w.limits_heading, {}});
  for (const LimitLine& l : limits) legend.push_back({LegendEntry::Sample::line, l.label, l.colour, {}, l.width, l.dash});
  if (concentration && scale.floor > 0.0)
    legend.push_back({LegendEntry::Sample::patch, fill(w.below_floor, format_number(scale.floor, 3) + " mg/L"), kWhite});
  if (!concentration) legend.push_back({LegendEntry::Sample::line, w.equipotential, {0.1, 0.1, 0.1}, {}, 1.8});
  const bool arrows_wanted = !flux.empty();
  if (arrows_wanted)
    legend.push_back({LegendEntry::Sample::arrow, fill(w.flow_direction, flux_range(data.head_cells, flux, lang)),
                      kFlowArrowColour, {}, 3.0});
  legend.push_back({LegendEntry::Sample::line, w.model_boundary, kOutline, {}, 2.5});
  if (std::any_of(data.dry.begin(), data.dry.end(), [](unsigned char d) { return d != 0; })) {
    LegendEntry e{LegendEntry::Sample::patch, w.dry_cell, kDryFill};
    e.edge = kDryHatch;
    e.hatched = true;
    legend.push_back(e);
  }
  bool inactive = false;
  for (std::size_t c = 0; c < data.columns.size(); ++c)
    inactive = inactive || (std::isnan(data.columns[c]) && (data.dry.empty() || !data.dry[c]));
  if (inactive) legend.push_back({LegendEntry::Sample::patch, w.inactive, kInactive});
  for (const auto& e : feature_legend(features, boundaries, data.time, lang, overlay.outline_features)) legend.push_back(e);
  if (options.section_line) legend.push_back({LegendEntry::Sample::line, w.section_line, kSectionLine, {}, 3.0});
  legend.insert(legend.end(), overlay.legend.begin(), overlay.legend.end());

  PlanMapPicture picture;
  picture.time = data.time;
  picture.species = data.species;
  picture.range = range;
  picture.floor = scale.floor;
  const std::string subject = !overlay.subject.empty() ? overlay.subject : concentration ? species : w.head;
  picture.title = options.title.empty()
                      ? picture_title(scene.title, subject, picture_time(data.time, scene.start_date, lang))
                      : options.title;
  std::string subtitle = data.depth_label;
  if (concentration && std::isfinite(peak))
    subtitle += "  \u00b7  " + std::string(w.peak) + " " + format_number(peak, 3) + " mg/L";
  if (!overlay.subtitle.empty()) subtitle += "  \u00b7  " + overlay.subtitle;

  const WorldBox world = world_extent(scene.grid, scene.features);
  const PlanLayout layout =
      plan_layout(TextSetter(), options.width, options.height, world, legend, picture.title, subtitle);
  const double f = layout.font, small = layout.small;
  Canvas canvas(layout.width, layout.height);
  MapFrame frame = fit_frame(world, layout.map);
  // Up against the title rather than centred: what space is left goes to the bottom.
  frame.py0 += layout.map.top - frame.to_pixel(world.x_min, world.y_max)[1];

  draw_cells(canvas, frame, scene.grid, data, scale, map, f);
  draw_boundary_cells(canvas, frame, scene.grid, boundaries, f);
  std::vector<BarMark> marks;
  std::vector<LineLabel> line_labels;
  for (const LimitLine& l : limits) {
    canvas.polylines(to_pixels(frame, contour_lines(scene.grid, data.columns, l.level)), l.colour, l.width, l.dash,
                     0.6 * l.dash);
    marks.push_back({scale.display(l.level), l.colour, l.width, l.dash});
  }
  if (!concentration) line_labels = draw_equipotentials(canvas, frame, scene.grid, data.columns, range);
  std::vector<Pixel> outline;
  for (const auto& c : grid_corners(scene.grid)) outline.push_back(frame.to_pixel(c[0], c[1]));
  outline.push_back(outline.front());
  canvas.polyline(outline, kOutline, 2.5);

  std::vector<FlowArrow> arrows;
  if (arrows_wanted) {
    const PixelBox grid_box{frame.to_pixel(world.x_min, 0)[0], frame.to_pixel(0, world.y_min)[1],
                            frame.to_pixel(world.x_max, 0)[0], frame.to_pixel(0, world.y_max)[1]};
    arrows = flow_arrows(scene.grid, frame, grid_box, data.head_cells, flux, kArrowSpacing * f, kArrowLength * f);
    draw_flow_arrows(canvas, arrows, 3.0, 0.7 * f);
  }

  LabelPlacer labels(layout.map);
  // Names go beside the arrows, not over them.
  for (const FlowArrow& a : arrows)
    labels.block({std::min(a.tail[0], a.tip[0]) - 4, std::min(a.tail[1], a.tip[1]) - 4,
                  std::max(a.tail[0], a.tip[0]) + 4, std::max(a.tail[1], a.tip[1]) + 4},
                 true);
  if (options.section_line) draw_section_line(canvas, frame, *options.section_line, labels, small);
  const OverlayPlace place{frame, labels, f, small, data.time};
  if (overlay.reserve) overlay.reserve(place);
  draw_plan_features(canvas, frame, features, data.time, labels, small, overlay.outline_features);
  if (overlay.draw) overlay.draw(canvas, place);
  place_line_labels(canvas, labels, line_labels, small);

  draw_map_margins(canvas, frame, layout, world,
                   {w.easting, w.northing, scene.crs, &map, scale.title(species, lang), marks, legend});
  canvas.save(png_path);
  picture.frame = frame;
  picture.width = layout.width;
  picture.height = layout.height;
  for (const FlowArrow& a : arrows) picture.flow_arrows.push_back({a.tail, a.tip});
  picture.warnings = canvas.warnings();
  picture.texts = canvas.texts();
  return picture;
}

}  // namespace gwp::render
