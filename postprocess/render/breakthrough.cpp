#include "postprocess/render/breakthrough.hpp"

#include <algorithm>
#include <stdexcept>

#include "postprocess/render/limit_lines.hpp"
#include "postprocess/render/result_scene.hpp"
#include "postprocess/render/time_label.hpp"
#include "solver/common/errors.hpp"

namespace gwp::post {

// The drawing pieces of postprocess/render live in gwp::post::render.
using namespace render;

namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::vector<std::string> species_of(const ResultReader& r) {
  std::vector<std::string> species;
  if (!r.exists("/transport")) return species;
  for (const auto& c : r.list("/transport"))
    if (c.kind == h5::ObjectKind::group) species.push_back(c.name);
  return species;
}

}  // namespace

std::vector<std::string> monitoring_points(const ResultReader& r) {
  std::vector<std::string> points;
  if (!r.exists("/monitoring")) return points;
  const std::vector<std::string> species = species_of(r);
  for (const auto& c : r.list("/monitoring")) {
    if (c.kind != h5::ObjectKind::group) continue;
    for (const auto& s : species)
      if (r.exists("/monitoring/" + c.name + "/" + s)) {
        points.push_back(c.name);
        break;
      }
  }
  return points;
}

MonitoringSeries read_monitoring_series(const ResultReader& r, const std::string& point, const std::string& species) {
  const std::string path = "/monitoring/" + point + "/" + species;
  if (!r.exists(path)) {
    const std::vector<std::string> points = monitoring_points(r);
    if (std::find(points.begin(), points.end(), point) == points.end())
      throw std::invalid_argument("no monitoring point '" + point + "' with concentrations in the result; it has: " +
                                  (points.empty() ? std::string("none") : joined(points)));
    throw std::invalid_argument("no series of '" + species + "' at monitoring point '" + point +
                                "'; species: " + joined(species_of(r)));
  }
  const h5::Array a = r.read(path);
  if (a.dims.size() != 2 || a.dims[1] < 2) throw IoError(r.path() + ": " + path + " is not a (n, 2) series");
  MonitoringSeries s{point, species, {}, {}};
  const std::size_t columns = a.dims[1];
  for (std::size_t row = 0; row < a.dims[0]; ++row) {
    s.time.push_back(a.values[row * columns]);
    s.concentration.push_back(a.values[row * columns + 1]);
  }
  return s;
}

LineChart breakthrough_chart(const ResultReader& r, const BreakthroughOptions& o) {
  const std::vector<std::string> points = o.points.empty() ? monitoring_points(r) : o.points;
  const std::vector<std::string> species = o.species.empty() ? species_of(r) : o.species;
  if (points.empty()) throw std::invalid_argument("the result has no monitoring points with concentrations");
  if (species.empty()) throw std::invalid_argument("the result holds no species");
  const ResultFeatures features = read_features(r);
  auto limits = [&](const std::string& name) {
    for (const SpeciesLimits& l : features.species)
      if (l.name == name) return l;
    SpeciesLimits none;
    none.name = name;
    none.limit = -1.0;
    return none;
  };

  std::vector<MonitoringSeries> series;
  double end = 0.0;
  for (const auto& p : points)
    for (const auto& s : species) {
      series.push_back(read_monitoring_series(r, p, s));
      if (!series.back().time.empty()) end = std::max(end, series.back().time.back());
    }
  const bool years = end > 1000.0;
  LineChart chart;
  chart.log_y = o.log_y;
  chart.width = o.width;
  chart.height = o.height;
  chart.x_label = years ? "time (years)" : "time (d)";
  chart.y_label = o.relative_to_limit ? "concentration / limit" : "concentration (mg/L)";
  for (const MonitoringSeries& m : series) {
    ChartSeries c;
    c.label = points.size() > 1 && species.size() > 1 ? m.point + " " + m.species
              : species.size() > 1                    ? m.species
              : points.size() > 1                     ? m.point
                                                      : m.species + " at " + m.point;
    const double scale = o.relative_to_limit ? limits(m.species).limit : 1.0;
    if (!(scale > 0.0)) throw std::invalid_argument("species '" + m.species + "' has no limit to scale by");
    for (std::size_t n = 0; n < m.time.size(); ++n) {
      c.x.push_back(years ? m.time[n] / kDaysPerYear : m.time[n]);
      c.y.push_back(m.concentration[n] / scale);
    }
    chart.series.push_back(std::move(c));
  }
  // Limits as dashed lines across the whole time; a species' lines carry its name when several
  // species are drawn, so they take its colour.
  const double x_end = years ? end / kDaysPerYear : end;
  if (o.relative_to_limit) {
    chart.series.push_back({"limit", {0.0, x_end}, {1.0, 1.0}, true});
  } else {
    // Class IV first: it takes the longer dashes.
    for (const auto& s : species) {
      std::vector<LimitLine> lines = limit_lines(limits(s));
      std::reverse(lines.begin(), lines.end());
      for (const LimitLine& l : lines) {
        if (!o.class_iii && l.label.rfind("class III", 0) == 0) continue;
        const std::string label = (species.size() > 1 ? s + " " : std::string()) + l.label;
        chart.series.push_back({label, {0.0, x_end}, {l.level, l.level}, true});
      }
    }
  }
  const std::string what = species.size() == 1 ? species.front() + " " : std::string();
  const std::string title = case_title(r);
  chart.title = o.title.empty() ? (title.empty() ? "" : title + " \u2014 ") + what + "breakthrough at " + joined(points)
                                : o.title;
  return chart;
}

ChartLayout render_breakthrough(const ResultReader& r, const BreakthroughOptions& o, const std::string& png_path) {
  return render_line_chart_layout(breakthrough_chart(r, o), png_path);
}

}  // namespace gwp::post
