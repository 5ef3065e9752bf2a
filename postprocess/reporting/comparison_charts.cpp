#include "postprocess/reporting/comparison_charts.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "postprocess/reporting/chain_figures.hpp"
#include "postprocess/reporting/figure_catalogue.hpp"
#include "postprocess/reporting/figure_table.hpp"
#include "postprocess/reporting/number_format.hpp"

namespace gwp::reporting {

namespace {

// A species or a reaction chain's total (chain_figures.hpp).
const SpeciesFigures* find_species(const ResultFigures& r, const std::string& name) { return find_figures(r, name); }

double longest_time(const std::vector<ResultFigures>& results) {
  double longest = 0.0;
  for (const ResultFigures& r : results)
    for (double t : r.times) longest = std::max(longest, t);
  return longest;
}

// The y axis of a figure: what kind of quantity it is, by its units.
std::string axis_label(const std::string& units, const Wording& pw) {
  if (units == "mg/L") return pw(Msg::axis_concentration, {units});
  if (units == "m2") return pw(Msg::axis_area, {units});
  if (units == "m3") return pw(Msg::axis_volume, {units});
  if (units == "m") return pw(Msg::axis_distance, {units});
  if (units == "g/d") return pw(Msg::axis_mass_flux, {units});
  if (units == "g") return pw(Msg::axis_mass, {units});
  return units;
}

// One line per scenario of `key`: at every transport step where every scenario that has the
// subject holds a step series for it, else at the output times; none when no scenario has a
// finite value.
std::optional<PictureRequest> figure_chart(const Comparison& c, const std::vector<ResultFigures>& results,
                                           const results::SpeciesLimits& species, const FigureKey& key,
                                           const TimeAxis& axis, const Wording& pw) {
  const Wording& w = c.wording;
  bool every_step = true, any_subject = false;
  for (const ResultFigures& r : results)
    if (const SpeciesFigures* s = find_species(r, species.name)) {
      const bool has = std::any_of(s->at.begin(), s->at.end(), [&](const FiguresAtTime& at) {
        return !std::isnan(figure_value(at, key.quantity, key.subject));
      });
      any_subject = any_subject || has;
      if (has && !step_series(*s, key.quantity, key.subject)) every_step = false;
    }
  every_step = every_step && any_subject;
  ChartRequest chart;
  bool drawable = false;
  for (std::size_t i = 0; i < results.size(); ++i) {
    const SpeciesFigures* s = find_species(results[i], species.name);
    if (!s) continue;
    ChartLine line{c.scenarios[i].label, {}, {}, false};
    const TimeSeries* steps = every_step ? step_series(*s, key.quantity, key.subject) : nullptr;
    if (steps) {
      for (std::size_t k = 0; k < steps->time.size(); ++k) {
        if (std::isnan(steps->value[k])) continue;
        line.x.push_back(axis.x(steps->time[k]));
        line.y.push_back(steps->value[k]);
      }
    } else {
      for (const FiguresAtTime& at : s->at) {
        const double v = figure_value(at, key.quantity, key.subject);
        if (std::isnan(v)) continue;
        line.x.push_back(axis.x(at.time));
        line.y.push_back(v);
      }
    }
    drawable = drawable || !line.x.empty();
    chart.lines.push_back(std::move(line));
  }
  if (!drawable) return std::nullopt;
  const QuantityInfo& info = quantity_info(key.quantity);
  chart.title = pw.species(species) + ": " + figure_label(key, species, pw);
  chart.x_label = axis.label(pw.language);
  chart.x_dates = axis.start;
  chart.y_label = axis_label(info.units, pw);
  const std::string file = "compare_" + picture_stem(species.name) + "_" + key.quantity +
                           (key.subject.empty() ? "" : "_" + picture_stem(key.subject)) + ".png";
  const std::string label = figure_label(key, species, w);
  return PictureRequest{file,
                        w(every_step ? Msg::chart_caption_steps : Msg::chart_caption_outputs, {w.species(species), label}),
                        chart, pw.language};
}

std::optional<PictureRequest> receptor_chart(const Comparison& c, const std::vector<ResultFigures>& results,
                                             const results::SpeciesLimits& species, const std::string& point,
                                             const TimeAxis& axis, const Wording& pw) {
  const Wording& w = c.wording;
  ChartRequest chart;
  double first = NAN, last = NAN;
  ComplianceLimit limit{NAN, ""};
  for (std::size_t i = 0; i < results.size(); ++i) {
    const SpeciesFigures* s = find_species(results[i], species.name);
    if (!s) continue;
    for (const ReceptorSeries& r : s->receptors) {
      if (r.kind == kPumpingWell || r.name != point || r.series.time.empty()) continue;
      ChartLine line{c.scenarios[i].label, {}, r.series.value, false};
      for (double t : r.series.time) line.x.push_back(axis.x(t));
      first = std::isnan(first) ? r.series.time.front() : std::min(first, r.series.time.front());
      last = std::isnan(last) ? r.series.time.back() : std::max(last, r.series.time.back());
      if (std::isnan(limit.value)) limit = compliance_limit(s->limits);
      chart.lines.push_back(std::move(line));
    }
  }
  if (chart.lines.empty()) return std::nullopt;
  if (!std::isnan(limit.value) && last > first) {
    chart.lines.push_back({pw(Msg::chart_limit_line, {pw.limit(limit.name, limit.value, species.units)}),
                           {axis.x(first), axis.x(last)},
                           {limit.value, limit.value},
                           true});
  }
  chart.title = pw(Msg::chart_receptor_title, {pw.species(species), point});
  chart.x_label = axis.label(pw.language);
  chart.x_dates = axis.start;
  chart.y_label = pw(Msg::axis_concentration, {species.units});
  return PictureRequest{"compare_" + picture_stem(species.name) + "_at_" + picture_stem(point) + ".png",
                        w(Msg::chart_receptor_caption, {w.species(species), point, w.limit_name(limit.name)}), chart,
                        pw.language};
}

}  // namespace

const TimeSeries* step_series(const SpeciesFigures& s, const std::string& quantity, const std::string& subject) {
  for (const ReceptorSeries& r : s.receptors) {
    if (r.name != subject || r.kind != kBoundaryReceptor) continue;
    if (quantity == "pumped_concentration" && !r.series.time.empty()) return &r.series;
    const auto& kinds = outflow_boundary_kinds();
    const bool boundary_flux = std::any_of(kinds.begin(), kinds.end(),
                                           [&](const std::string& kind) { return quantity == kind + "_mass_flux"; });
    if (boundary_flux && !r.discharged_mass.time.empty()) return &r.discharged_mass;
  }
  return nullptr;
}

std::vector<PictureRequest> comparison_charts(const Comparison& c, const std::vector<ResultFigures>& results) {
  std::vector<PictureRequest> charts;
  const Wording pw{picture_language(c.wording.language), c.wording.start};
  const TimeAxis axis = time_axis(longest_time(results), c.wording.start);
  for (const results::SpeciesLimits& species : c.species) {
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
      if (auto chart = figure_chart(c, results, species, key, axis, pw)) charts.push_back(std::move(*chart));
    std::vector<std::string> points;
    for (const VerdictRow& v : c.verdicts)
      if (v.species == species.name && v.kind != kPumpingWell &&
          std::find(points.begin(), points.end(), v.receptor) == points.end())
        points.push_back(v.receptor);
    for (const std::string& point : points)
      if (auto chart = receptor_chart(c, results, species, point, axis, pw)) charts.push_back(std::move(*chart));
  }
  return charts;
}

}  // namespace gwp::reporting
