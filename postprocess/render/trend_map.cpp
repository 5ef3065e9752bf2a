#include "postprocess/render/trend_map.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <stdexcept>

#include "postprocess/metrics/mna_table.hpp"
#include "postprocess/render/nice_numbers.hpp"
#include "postprocess/render/plan_overlay.hpp"
#include "postprocess/render/result_scene.hpp"

namespace gwp::render {

namespace {

const Rgb kBelowLimit{0.13, 0.4, 0.85};
const Rgb kWhite{1.0, 1.0, 1.0};
constexpr double kSymbol = 1.1;  // fonts across a symbol
// Where the mark of "back at or below the limit" sits, in symbols from the symbol's centre: on the
// upper-right corner of a downward triangle, the edge of a circle, beside an upward triangle.
constexpr std::array<double, 2> kMarkAt{0.42, 0.32};

// "MW-1  +0.12 mg/L/yr"; the name alone without a slope.
std::string mark_label(const TrendMark& m, const PictureWording& w) {
  if (!std::isfinite(m.sen_slope)) return m.point;
  const std::string sign = m.sen_slope > 0.0 ? "+" : "";
  return m.point + "  " + sign + format_number(m.sen_slope, 2) + " " + w.slope_units;
}

void draw_symbol(Canvas& canvas, const TrendMark& m, double size) {
  const TrendLook look = trend_look(m.trend);
  canvas.marker(m.at, look.marker, look.scale * size, look.fill, look.edge, look.marker == Marker::cross ? 0.0 : 2.0);
  if (m.below_limit_mark)
    canvas.marker({m.at[0] + kMarkAt[0] * size, m.at[1] + kMarkAt[1] * size}, Marker::circle, 0.5 * size, kBelowLimit, kWhite, 1.5);
}

LegendEntry symbol_entry(TrendClass c, const std::string& label, double size) {
  const TrendLook look = trend_look(c);
  LegendEntry e;
  e.sample = LegendEntry::Sample::marker;
  e.label = label;
  e.colour = look.fill;
  e.edge = look.edge;
  e.marker = look.marker;
  e.width = look.scale * size;
  return e;
}

}  // namespace

std::optional<Point> feature_place(const Grid& g, const results::ResultFeatures& f, const std::string& name) {
  for (const results::FeatureWell& w : f.wells)
    if (w.name == name) return Point{w.x, w.y};
  for (const results::FeatureLine& l : f.lines) {
    if (l.name != name || l.line.empty()) continue;
    double half = 0.5 * polyline_length(l.line);
    for (std::size_t n = 0; n + 1 < l.line.size(); ++n) {
      const Point a = l.line[n], b = l.line[n + 1];
      const double s = std::hypot(b[0] - a[0], b[1] - a[1]);
      if (s >= half && s > 0.0) return Point{a[0] + half / s * (b[0] - a[0]), a[1] + half / s * (b[1] - a[1])};
      half -= s;
    }
    return l.line.back();
  }
  for (const results::FeatureBoundary& b : f.boundaries) {
    if (b.name != name) continue;
    double x = 0, y = 0;
    std::size_t count = 0;
    std::vector<bool> seen(std::size_t(g.column_count()), false);
    for (std::int64_t n : b.cells) {
      if (n < 0 || n >= g.cell_count()) continue;
      const std::int64_t c = n % g.column_count();
      if (seen[std::size_t(c)]) continue;
      seen[std::size_t(c)] = true;
      const auto p = g.to_world(g.x_centre(int(c % g.nx)), g.y_centre(int(c / g.nx)));
      x += p[0], y += p[1], ++count;
    }
    if (count > 0) return Point{x / double(count), y / double(count)};
  }
  return std::nullopt;
}

std::vector<Pixel> spread_symbols(const std::vector<Pixel>& anchors, double size, double spacing) {
  std::vector<Pixel> out = anchors;
  std::vector<int> group(anchors.size(), -1);
  int groups = 0;
  // Groups grow by neighbours of neighbours, so a chain of close points shares one row.
  for (std::size_t a = 0; a < anchors.size(); ++a) {
    if (group[a] >= 0) continue;
    group[a] = groups;
    std::vector<std::size_t> members{a};
    for (std::size_t m = 0; m < members.size(); ++m)
      for (std::size_t b = 0; b < anchors.size(); ++b)
        if (group[b] < 0 && std::hypot(anchors[b][0] - anchors[members[m]][0], anchors[b][1] - anchors[members[m]][1]) < size) {
          group[b] = groups;
          members.push_back(b);
        }
    ++groups;
    if (members.size() < 2) continue;
    std::sort(members.begin(), members.end());
    double cx = 0, cy = 0;
    for (std::size_t m : members) cx += anchors[m][0], cy += anchors[m][1];
    cx /= double(members.size()), cy /= double(members.size());
    for (std::size_t k = 0; k < members.size(); ++k)
      out[members[k]] = {cx + (double(k) - 0.5 * double(members.size() - 1)) * spacing * size, cy};
  }
  return out;
}

TrendMapPicture render_trend_map(const results::ResultReader& reader, const TrendMapOptions& options,
                                 const std::string& png_path) {
  if (options.map.field != PlanField::concentration)
    throw std::invalid_argument("trends are drawn over a concentration map, not heads");
  const ResultScene scene = read_scene(reader);
  const std::string species = choose_species(scene, options.map.species);
  const Language lang = options.map.language;
  const PictureWording& w = wording(lang);
  const std::optional<metrics::MnaEvidence> evidence = metrics::read_mna_evidence(reader, species);
  if (!evidence)
    throw std::invalid_argument(reader.path() + " has no Mann-Kendall trends of " + species + " (/metrics/" + species +
                                "/trends): it was written before trends existed; run its case again to get them");

  TrendMapPicture picture;
  for (const metrics::PointTrend& row : evidence->trends) {
    TrendMark m;
    m.point = row.point;
    m.kind = row.kind;
    const std::optional<TrendClass> c = trend_class(row.trend);
    if (!c)
      throw std::invalid_argument(reader.path() + ": /metrics/" + species + "/trends: point " + row.point +
                                  " has the trend \"" + row.trend + "\", not one of the seven decisions");
    m.trend = *c;
    m.sen_slope = row.sen_slope;
    m.below_limit_from = row.below_limit_from;
    m.below_limit_mark = std::isfinite(row.below_limit_from) && row.below_limit_from > 0.0;
    if (const auto place = feature_place(scene.grid, scene.features, row.point)) {
      m.on_map = true;
      m.world = *place;
    }
    picture.marks.push_back(m);
  }
  picture.trend_to = scene.transport_times.empty() ? 0.0 : scene.transport_times.back();
  picture.trend_from = std::isfinite(evidence->trend_from) ? evidence->trend_from : picture.trend_to;

  PlanOverlay overlay;
  overlay.field_strength = options.field_strength;
  // An open abandoned well is a red triangle too: outlined, it is not read as a rising trend.
  overlay.outline_features = true;
  overlay.subject = species_label(limits_of(scene, species), lang) + " " + w.trends_title;
  overlay.subtitle = fill(w.trends_period, picture_time(picture.trend_from, scene.start_date, lang) + "\u2013" +
                                               picture_time(picture.trend_to, scene.start_date, lang));
  for (const TrendMark& m : picture.marks)
    if (m.on_map && std::any_of(scene.features.wells.begin(), scene.features.wells.end(),
                                [&](const results::FeatureWell& f) { return f.name == m.point; }))
      overlay.drawn_points.push_back(m.point);
  // The legend's samples at the size of the map's symbols for a 1600 px picture's font.
  const double legend_size = 0.85 * kSymbol * std::max(24.0, std::round(options.map.width / 64.0));
  overlay.legend.push_back({LegendEntry::Sample::heading, w.trends_heading, {}});
  for (TrendClass c : kTrendClasses) overlay.legend.push_back(symbol_entry(c, trend_words(c, lang), legend_size));
  if (std::any_of(picture.marks.begin(), picture.marks.end(), [](const TrendMark& m) { return m.below_limit_mark; })) {
    LegendEntry e{LegendEntry::Sample::marker, w.below_limit_since, kBelowLimit};
    e.edge = kWhite;
    e.width = 0.5 * legend_size;
    overlay.legend.push_back(e);
  }
  for (const TrendMark& m : picture.marks)
    if (!m.on_map) overlay.legend.push_back(symbol_entry(m.trend, fill(w.not_on_map, mark_label(m, w)), legend_size));

  // Where the symbols go is known once the map is placed; the features' names keep clear of them.
  overlay.reserve = [&](const OverlayPlace& at) {
    picture.symbol_size = kSymbol * at.font;
    std::vector<TrendMark*> shown;
    std::vector<Pixel> anchors;
    for (TrendMark& m : picture.marks)
      if (m.on_map) shown.push_back(&m), anchors.push_back(at.frame.to_pixel(m.world[0], m.world[1]));
    const std::vector<Pixel> spread = spread_symbols(anchors, picture.symbol_size);
    const double r = 0.5 * picture.symbol_size + 2.0;
    for (std::size_t k = 0; k < shown.size(); ++k) {
      shown[k]->at = spread[k];
      at.labels.block({spread[k][0] - r, spread[k][1] - r, spread[k][0] + r, spread[k][1] + r});
      if (shown[k]->below_limit_mark) {
        const Pixel mark{spread[k][0] + kMarkAt[0] * picture.symbol_size, spread[k][1] + kMarkAt[1] * picture.symbol_size};
        const double m = 0.25 * picture.symbol_size + 2.0;
        at.labels.block({mark[0] - m, mark[1] - m, mark[0] + m, mark[1] + m});
      }
    }
  };
  overlay.draw = [&](Canvas& canvas, const OverlayPlace& at) {
    for (const TrendMark& m : picture.marks)
      if (m.on_map) draw_symbol(canvas, m, picture.symbol_size);
    TextStyle style;
    style.size = at.small;
    style.halo = true;
    for (const TrendMark& m : picture.marks)
      if (m.on_map) at.labels.place(canvas, mark_label(m, w), m.at, 0.5 * picture.symbol_size, style);
  };

  PlanMapOptions o = options.map;
  o.overlay = &overlay;
  picture.map = render_plan_map(reader, o, png_path);
  return picture;
}

}  // namespace gwp::render
