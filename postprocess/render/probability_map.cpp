#include "postprocess/render/probability_map.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "postprocess/render/canvas.hpp"
#include "postprocess/render/colour_bar.hpp"
#include "postprocess/render/colour_map.hpp"
#include "postprocess/render/contours.hpp"
#include "postprocess/render/language.hpp"
#include "postprocess/render/legend.hpp"
#include "postprocess/render/map_decorations.hpp"
#include "postprocess/render/nice_numbers.hpp"
#include "postprocess/render/picture_format.hpp"
#include "postprocess/render/picture_text.hpp"
#include "postprocess/render/plan_features.hpp"
#include "postprocess/render/plan_layout.hpp"
#include "postprocess/render/plan_values.hpp"
#include "postprocess/render/result_scene.hpp"

namespace gwp::render {

namespace {

const Rgb kInactive{0.86, 0.86, 0.86};
const Rgb kOutline{0.25, 0.25, 0.25};
const Rgb kWhite{1.0, 1.0, 1.0};

// How each probability contour looks: the likely edge solid and heavy, the possible reach dashed.
struct LevelLook {
  Rgb colour;
  double width, dash;
};
LevelLook level_look(double level) {
  if (level >= 0.9) return {{0.62, 0.0, 0.5}, 4.0, 0.0};
  if (level >= 0.4) return {{0.05, 0.05, 0.05}, 3.5, 0.0};
  return {{0.15, 0.15, 0.55}, 3.0, 14.0};
}

std::string percent_text(double fraction) { return format_number(100.0 * fraction, 3) + " %"; }

const char* say(Language lang, const char* en, const char* zh) { return lang == Language::zh ? zh : en; }

// "P(NH₃-N > class IV)", "P(氨氮 > IV类)".
std::string probability_name(const results::SpeciesLimits& limits, bool class_iii, Language lang) {
  const std::string species = species_label(limits, lang);
  std::string what;
  if (class_iii) {
    what = say(lang, "class III", "III类");
  } else if (limits.class_iv > 0.0 && std::abs(limits.limit - limits.class_iv) <= 1e-9 * limits.class_iv) {
    what = say(lang, "class IV", "IV类");
  } else {
    what = say(lang, "limit", "限值");
  }
  return "P(" + species + " > " + what + ")";
}

// Each column a filled quadrilateral in the world (rotated with the grid): inactive grey, a
// probability of 0 left white, the others coloured.
void draw_columns(Canvas& canvas, const MapFrame& frame, const Grid& g, const std::vector<double>& p,
                  const ColourMap& map) {
  std::vector<double> xe(std::size_t(g.nx) + 1, 0.0), ye(std::size_t(g.ny) + 1, g.length_y());
  std::partial_sum(g.dx.begin(), g.dx.end(), xe.begin() + 1);
  for (int i = 0; i < g.ny; ++i) ye[std::size_t(i) + 1] = ye[std::size_t(i)] - g.dy[std::size_t(i)];
  std::vector<std::vector<Pixel>> polygons;
  std::vector<Rgb> colours;
  for (int i = 0; i < g.ny; ++i)
    for (int j = 0; j < g.nx; ++j) {
      const double v = p[std::size_t(i * g.nx + j)];
      if (!std::isnan(v) && !(v > 0.0)) continue;
      std::vector<Pixel> quad;
      for (auto [x, y] : {std::array{xe[j], ye[i + 1]}, std::array{xe[j + 1], ye[i + 1]}, std::array{xe[j + 1], ye[i]},
                          std::array{xe[j], ye[i]}}) {
        const auto w = g.to_world(x, y);
        quad.push_back(frame.to_pixel(w[0], w[1]));
      }
      colours.push_back(std::isnan(v) ? kInactive : map.colour(100.0 * v));
      polygons.push_back(std::move(quad));
    }
  canvas.fill_polygons(polygons, colours);
}

}  // namespace

ProbabilityMapPicture render_probability_map(const results::ResultReader& reader, const results::SweepScene& scene,
                                             const ProbabilityMapOptions& o, const std::string& png_path) {
  require_picture_format(png_path);
  const Language lang = o.language;
  const PictureWording& w = wording(lang);
  const results::SweepSpecies species = results::read_sweep_species(reader, scene, o.species);
  if (o.class_iii && !(species.class_iii > 0.0))
    throw std::invalid_argument(species.name + " has no class III value: no class III probability to draw");
  const std::size_t t = results::sweep_time_index(species.times, o.time, scene.start_date);
  const std::vector<double> p = results::read_sweep_plan(
      reader, species.name, o.class_iii ? "class_iii_probability_plan" : "exceedance_probability_plan", t);
  const results::SpeciesLimits limits = [&] {
    for (const auto& s : scene.features.species)
      if (s.name == species.name) return s;
    results::SpeciesLimits s;
    s.name = species.name;
    s.limit = species.limit;
    return s;
  }();
  const ColourMap map(Palette::probability, 0.0, 100.0, false);
  const double time = species.times[t];

  std::vector<LegendEntry> legend{{LegendEntry::Sample::heading, say(lang, "Probability contours", "概率等值线"), {}}};
  for (double level : probability_levels()) {
    const LevelLook look = level_look(level);
    legend.push_back({LegendEntry::Sample::line, percent_text(level), look.colour, {}, look.width, look.dash});
  }
  legend.push_back({LegendEntry::Sample::patch, say(lang, "no member above", "无成员超过"), kWhite});
  legend.push_back({LegendEntry::Sample::line, w.model_boundary, kOutline, {}, 2.5});
  if (std::any_of(p.begin(), p.end(), [](double v) { return std::isnan(v); }))
    legend.push_back({LegendEntry::Sample::patch, w.inactive, kInactive});
  const std::vector<BoundaryColumns> boundaries = boundary_columns(scene.grid, scene.features, all_layers(scene.grid));
  for (const auto& e : feature_legend(scene.features, boundaries, time, lang)) legend.push_back(e);

  ProbabilityMapPicture picture;
  picture.time = time;
  picture.species = species.name;
  const std::string name = probability_name(limits, o.class_iii, lang);
  picture.title = o.title.empty() ? picture_title(scene.name, name, picture_time(time, scene.start_date, lang)) : o.title;
  double peak = 0.0;
  for (double v : p)
    if (v > peak) peak = v;
  const std::string subtitle = std::string(say(lang, "at any depth", "任一深度")) + "  \u00b7  " +
                               std::to_string(species.members) + say(lang, " members", " 个成员") + "  \u00b7  " +
                               say(lang, "largest ", "最大 ") + percent_text(peak);

  const WorldBox world = world_extent(scene.grid, scene.features);
  const PlanLayout layout = plan_layout(TextSetter(), o.width, o.height, world, legend, picture.title, subtitle);
  const double f = layout.font, small = layout.small;
  Canvas canvas(layout.width, layout.height);
  MapFrame frame = fit_frame(world, layout.map);
  frame.py0 += layout.map.top - frame.to_pixel(world.x_min, world.y_max)[1];

  draw_columns(canvas, frame, scene.grid, p, map);
  draw_boundary_cells(canvas, frame, scene.grid, boundaries, f);
  std::vector<BarMark> marks;
  std::vector<LineLabel> line_labels;
  for (double level : probability_levels()) {
    const LevelLook look = level_look(level);
    const auto lines = to_pixels(frame, contour_lines(scene.grid, p, level));
    canvas.polylines(lines, look.colour, look.width, look.dash, 0.6 * look.dash);
    marks.push_back({100.0 * level, look.colour, look.width, look.dash});
    if (lines.empty()) continue;
    const auto longest = std::max_element(lines.begin(), lines.end(), [](const auto& a, const auto& b) {
      return polyline_length(a) < polyline_length(b);
    });
    line_labels.push_back({percent_text(level), *longest});
  }
  std::vector<Pixel> outline;
  for (const auto& c : grid_corners(scene.grid)) outline.push_back(frame.to_pixel(c[0], c[1]));
  outline.push_back(outline.front());
  canvas.polyline(outline, kOutline, 2.5);

  LabelPlacer labels(layout.map);
  draw_plan_features(canvas, frame, scene.features, time, labels, small);
  place_line_labels(canvas, labels, line_labels, small);

  draw_map_margins(canvas, frame, layout, world, {w.easting, w.northing, scene.crs, &map, name + "\n(%)", marks, legend});
  canvas.save(png_path);

  picture.frame = frame;
  picture.width = layout.width;
  picture.height = layout.height;
  picture.warnings = canvas.warnings();
  return picture;
}

}  // namespace gwp::render
