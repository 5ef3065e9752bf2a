#include "postprocess/compare/comparison_charts.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "postprocess/report/figure_catalogue.hpp"
#include "postprocess/report/figure_table.hpp"
#include "postprocess/report/number_format.hpp"

namespace gwp::post {

namespace {

const SpeciesFigures* find_species(const ResultFigures& r, const std::string& name) {
  for (const SpeciesFigures& s : r.species)
    if (s.limits.name == name) return &s;
  return nullptr;
}

double longest_time(const std::vector<ResultFigures>& results) {
  double longest = 0.0;
  for (const ResultFigures& r : results)
    for (double t : r.times) longest = std::max(longest, t);
  return longest;
}

// One line per scenario of `key` at its output times; none when no scenario has a finite value.
std::optional<PictureRequest> figure_chart(const Comparison& c, const std::vector<ResultFigures>& results,
                                           const SpeciesLimits& species, const FigureKey& key, const TimeAxis& axis) {
  ChartRequest chart;
  bool drawable = false;
  for (std::size_t i = 0; i < results.size(); ++i) {
    const SpeciesFigures* s = find_species(results[i], species.name);
    if (!s) continue;
    ChartLine line{c.scenarios[i].label, {}, {}, false};
    for (const FiguresAtTime& at : s->at) {
      const double v = figure_value(at, key.quantity, key.subject);
      if (std::isnan(v)) continue;
      line.x.push_back(at.time / axis.days_per_unit);
      line.y.push_back(v);
    }
    drawable = drawable || !line.x.empty();
    chart.lines.push_back(std::move(line));
  }
  if (!drawable) return std::nullopt;
  const std::string label = figure_label(key, species);
  const QuantityInfo& info = quantity_info(key.quantity);
  chart.title = species.name + ": " + label;
  chart.x_label = axis.label;
  chart.y_label = info.label.substr(0, info.label.find(" at")) + " (" + info.units + ")";
  const std::string file = "compare_" + picture_stem(species.name) + "_" + key.quantity +
                           (key.subject.empty() ? "" : "_" + picture_stem(key.subject)) + ".png";
  return PictureRequest{file, species.name + ": " + label + " against time, one line per scenario", chart};
}

std::optional<PictureRequest> receptor_chart(const Comparison& c, const std::vector<ResultFigures>& results,
                                             const SpeciesLimits& species, const std::string& point,
                                             const TimeAxis& axis) {
  ChartRequest chart;
  double first = NAN, last = NAN;
  ComplianceLimit limit{NAN, ""};
  for (std::size_t i = 0; i < results.size(); ++i) {
    const SpeciesFigures* s = find_species(results[i], species.name);
    if (!s) continue;
    for (const ReceptorSeries& r : s->receptors) {
      if (r.kind == kPumpingWell || r.name != point || r.series.time.empty()) continue;
      ChartLine line{c.scenarios[i].label, {}, r.series.value, false};
      for (double t : r.series.time) line.x.push_back(t / axis.days_per_unit);
      first = std::isnan(first) ? r.series.time.front() : std::min(first, r.series.time.front());
      last = std::isnan(last) ? r.series.time.back() : std::max(last, r.series.time.back());
      if (std::isnan(limit.value)) limit = compliance_limit(s->limits);
      chart.lines.push_back(std::move(line));
    }
  }
  if (chart.lines.empty()) return std::nullopt;
  if (!std::isnan(limit.value) && last > first) {
    chart.lines.push_back({limit.name + " limit " + format_figure(limit.value) + " " + species.units,
                           {first / axis.days_per_unit, last / axis.days_per_unit},
                           {limit.value, limit.value},
                           true});
  }
  chart.title = species.name + " at " + point;
  chart.x_label = axis.label;
  chart.y_label = species.name + " (" + species.units + ")";
  return PictureRequest{"compare_" + picture_stem(species.name) + "_at_" + picture_stem(point) + ".png",
                        species.name + " at " + point + ", one line per scenario; the " +
                            limit.name + " limit dashed",
                        chart};
}

}  // namespace

TimeAxis time_axis(double longest_time) {
  if (longest_time > 1000.0) return {kDaysPerJulianYear, "time (yr)"};
  return {1.0, "time (d)"};
}

std::vector<PictureRequest> comparison_charts(const Comparison& c, const std::vector<ResultFigures>& results) {
  std::vector<PictureRequest> charts;
  const TimeAxis axis = time_axis(longest_time(results));
  for (const SpeciesLimits& species : c.species) {
    std::vector<FigureKey> keys{{"area_above_limit", ""}, {"dissolved_mass", ""}};
    std::vector<const FiguresAtTime*> sets;
    for (const ResultFigures& r : results)
      if (const SpeciesFigures* s = find_species(r, species.name))
        for (const FiguresAtTime& at : s->at) sets.push_back(&at);
    for (const FigureKey& key : figure_keys(sets)) {
      const bool wanted = key.quantity == "pumped_mass_removed" || key.quantity == "pumped_concentration" ||
                          key.quantity == "abandoned_well_mass_flux" || key.quantity == "river_mass_flux";
      if (wanted) keys.push_back(key);
    }
    for (const FigureKey& key : keys)
      if (auto chart = figure_chart(c, results, species, key, axis)) charts.push_back(std::move(*chart));
    std::vector<std::string> points;
    for (const VerdictRow& v : c.verdicts)
      if (v.species == species.name && v.kind != kPumpingWell &&
          std::find(points.begin(), points.end(), v.receptor) == points.end())
        points.push_back(v.receptor);
    for (const std::string& point : points)
      if (auto chart = receptor_chart(c, results, species, point, axis)) charts.push_back(std::move(*chart));
  }
  return charts;
}

}  // namespace gwp::post
