#include "postprocess/render/breakthrough.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "core/errors.hpp"
#include "postprocess/render/limit_lines.hpp"
#include "postprocess/render/nice_numbers.hpp"
#include "postprocess/render/result_scene.hpp"

namespace gwp::render {

namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::vector<std::string> species_of(const results::ResultReader& r) {
  std::vector<std::string> species;
  if (!r.exists("/transport")) return species;
  for (const auto& c : r.list("/transport"))
    if (c.kind == results::h5::ObjectKind::group) species.push_back(c.name);
  return species;
}

}  // namespace

std::vector<std::string> monitoring_points(const results::ResultReader& r) {
  std::vector<std::string> points;
  if (!r.exists("/monitoring")) return points;
  const std::vector<std::string> species = species_of(r);
  for (const auto& c : r.list("/monitoring")) {
    if (c.kind != results::h5::ObjectKind::group) continue;
    for (const auto& s : species)
      if (r.exists("/monitoring/" + c.name + "/" + s)) {
        points.push_back(c.name);
        break;
      }
  }
  return points;
}

MonitoringSeries read_monitoring_series(const results::ResultReader& r, const std::string& point,
                                        const std::string& species) {
  const std::string path = "/monitoring/" + point + "/" + species;
  if (!r.exists(path)) {
    const std::vector<std::string> points = monitoring_points(r);
    if (std::find(points.begin(), points.end(), point) == points.end())
      throw std::invalid_argument("no monitoring point '" + point + "' with concentrations in the result; it has: " +
                                  (points.empty() ? std::string("none") : joined(points)));
    throw std::invalid_argument("no series of '" + species + "' at monitoring point '" + point +
                                "'; species: " + joined(species_of(r)));
  }
  const results::h5::Array a = r.read(path);
  if (a.dims.size() != 2 || a.dims[1] < 2) throw IoError(r.path() + ": " + path + " is not a (n, 2) series");
  MonitoringSeries s{point, species, {}, {}};
  const std::size_t columns = a.dims[1];
  for (std::size_t row = 0; row < a.dims[0]; ++row) {
    s.time.push_back(a.values[row * columns]);
    s.concentration.push_back(a.values[row * columns + 1]);
  }
  return s;
}

namespace {

results::SpeciesLimits limits_for(const results::ResultFeatures& features, const std::string& name) {
  for (const results::SpeciesLimits& l : features.species)
    if (l.name == name) return l;
  results::SpeciesLimits none;
  none.name = name;
  none.limit = -1.0;
  return none;
}

// Whether the species go on panels of their own: their limits (or, without one, their peaks)
// lie a factor of 10 or more apart, so on one linear axis the lower ones would lie flat.
bool species_panels(const BreakthroughOptions& o, const std::vector<results::SpeciesLimits>& species,
                    const std::vector<MonitoringSeries>& series) {
  if (o.panels != BreakthroughPanels::automatic) return o.panels == BreakthroughPanels::per_species;
  if (species.size() < 2 || o.relative_to_limit) return false;
  double low = std::numeric_limits<double>::infinity(), high = 0.0;
  for (const results::SpeciesLimits& s : species) {
    double scale = s.limit;
    if (!(scale > 0.0))
      for (const MonitoringSeries& m : series)
        if (m.species == s.name)
          for (double c : m.concentration) scale = std::max(scale, c);
    if (!(scale > 0.0)) continue;
    low = std::min(low, scale), high = std::max(high, scale);
  }
  return high >= 10.0 * low;
}

}  // namespace

ConcentrationTimeFrame concentration_time_frame(const BreakthroughOptions& o, const std::optional<Date>& start,
                                                double end) {
  const PictureWording& w = wording(o.language);
  const bool years = !start && end > 1000.0;
  ConcentrationTimeFrame frame;
  frame.days_per_x = years ? kDaysPerYear : 1.0;
  frame.mg = o.language == Language::zh ? "（mg/L）" : " (mg/L)";
  LineChart& chart = frame.chart;
  chart.log_y = o.log_y;
  chart.width = o.width;
  chart.height = o.height;
  chart.x_dates = start;
  chart.x_label = start ? w.time_date : years ? w.time_years : w.time_days;
  chart.y_label = w.concentration + frame.mg;
  return frame;
}

LineChart breakthrough_chart(const results::ResultReader& r, const BreakthroughOptions& o) {
  const std::vector<std::string> points = o.points.empty() ? monitoring_points(r) : o.points;
  const std::vector<std::string> names = o.species.empty() ? species_of(r) : o.species;
  if (points.empty()) throw std::invalid_argument("the result has no monitoring points with concentrations");
  if (names.empty()) throw std::invalid_argument("the result holds no species");
  const Language lang = o.language;
  const PictureWording& w = wording(lang);
  const results::ResultFeatures features = read_features(r);
  std::vector<results::SpeciesLimits> species;
  for (const auto& n : names) species.push_back(limits_for(features, n));
  const std::optional<Date> start = r.start_date();

  std::vector<MonitoringSeries> series;
  double end = 0.0;
  for (const auto& p : points)
    for (const auto& s : names) {
      series.push_back(read_monitoring_series(r, p, s));
      if (!series.back().time.empty()) end = std::max(end, series.back().time.back());
    }
  const bool panels = species_panels(o, species, series);
  ConcentrationTimeFrame frame = concentration_time_frame(o, start, end);
  auto x_of = [&](double t) { return frame.x(t); };
  LineChart& chart = frame.chart;
  const std::string& mg = frame.mg;
  if (o.relative_to_limit) chart.y_label = w.relative_concentration;
  if (panels)
    for (const results::SpeciesLimits& s : species)
      chart.panels.push_back({species_label(s, lang), w.concentration + mg, o.log_y});
  auto panel_of = [&](const std::string& name) {
    if (!panels) return 0;
    return int(std::find(names.begin(), names.end(), name) - names.begin());
  };
  auto label_of = [&](const std::string& name) { return species_label(limits_for(features, name), lang); };
  // Labels say what tells the lines of one plot apart.
  const bool several_species = names.size() > 1 && !panels, several_points = points.size() > 1;
  for (const MonitoringSeries& m : series) {
    ChartSeries c;
    c.label = panels                            ? m.point  // the panel's title names the species
              : several_species && several_points ? m.point + " " + label_of(m.species)
              : several_species                 ? label_of(m.species)
              : several_points                  ? m.point
              : lang == Language::zh            ? m.point + " " + label_of(m.species)
                                                : label_of(m.species) + " " + w.at + " " + m.point;
    c.panel = panel_of(m.species);
    const double scale = o.relative_to_limit ? limits_for(features, m.species).limit : 1.0;
    if (!(scale > 0.0)) throw std::invalid_argument("species '" + m.species + "' has no limit to scale by");
    for (std::size_t n = 0; n < m.time.size(); ++n) {
      c.x.push_back(x_of(m.time[n]));
      c.y.push_back(m.concentration[n] / scale);
    }
    chart.series.push_back(std::move(c));
  }
  // Limits as dashed lines across the whole time; on a shared plot a species' lines carry its
  // name when several species are drawn, so they take its colour.
  const double x_end = x_of(end);
  if (o.relative_to_limit) {
    chart.series.push_back({lang == Language::zh ? "限值" : "limit", {0.0, x_end}, {1.0, 1.0}, true});
  } else {
    for (const results::SpeciesLimits& s : species) {
      std::vector<LimitLine> lines = limit_lines(s, lang);
      std::reverse(lines.begin(), lines.end());  // class IV first: it takes the longer dashes
      for (const LimitLine& l : lines) {
        if (!o.class_iii && l.level == s.class_iii && l.level != s.class_iv) continue;
        const std::string label = (several_species ? species_label(s, lang) + " " : std::string()) + l.label;
        chart.series.push_back({label, {0.0, x_end}, {l.level, l.level}, true, panel_of(s.name)});
      }
    }
  }
  std::string where;
  for (const auto& p : points) where += (where.empty() ? "" : w.list_separator) + p;
  const std::string what = names.size() == 1 ? label_of(names.front()) + " " : std::string();
  const std::string title = case_title(r);
  const std::string about = lang == Language::zh ? what + w.breakthrough_at + "（" + where + "）"
                                                 : what + w.breakthrough_at + " " + where;
  chart.title = o.title.empty() ? (title.empty() ? "" : title + " \u2014 ") + about : o.title;
  return chart;
}

ChartLayout render_breakthrough(const results::ResultReader& r, const BreakthroughOptions& o,
                                const std::string& png_path) {
  return render_line_chart_layout(breakthrough_chart(r, o), png_path);
}

}  // namespace gwp::render
