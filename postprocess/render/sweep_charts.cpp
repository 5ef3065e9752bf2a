#include "postprocess/render/sweep_charts.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "postprocess/render/picture_text.hpp"

namespace gwp::render {

namespace {

const char* say(Language lang, const char* en, const char* zh) { return lang == Language::zh ? zh : en; }

results::SpeciesLimits limits_in(const results::SweepScene& scene, const std::string& species) {
  for (const auto& s : scene.features.species)
    if (s.name == species) return s;
  results::SpeciesLimits s;
  s.name = species;
  return s;
}

std::string species_text(const results::SweepScene& scene, const std::string& species, Language lang) {
  return species_label(limits_in(scene, species), lang);
}

std::size_t count(const std::vector<bool>& flags) { return std::size_t(std::count(flags.begin(), flags.end(), true)); }

}  // namespace

std::string figure_label(const std::string& figure, Language lang) {
  if (figure == "peak") return say(lang, "peak concentration (mg/L)", "峰值浓度 (mg/L)");
  if (figure == "area_above_limit") return say(lang, "area above the limit (m\u00b2)", "超标面积 (m\u00b2)");
  if (figure == "volume_above_limit") return say(lang, "volume above the limit (m\u00b3)", "超标体积 (m\u00b3)");
  if (figure == "dissolved_mass") return say(lang, "dissolved mass (g)", "溶解质量 (g)");
  return figure;
}

std::vector<std::array<double, 2>> arrival_steps(std::vector<double> times, std::size_t collected, double until) {
  times.erase(std::remove_if(times.begin(), times.end(), [](double t) { return !std::isfinite(t); }), times.end());
  std::sort(times.begin(), times.end());
  std::vector<std::array<double, 2>> steps{{0.0, 0.0}};
  const double n = double(std::max<std::size_t>(collected, 1));
  for (std::size_t k = 0; k < times.size(); ++k) {
    steps.push_back({times[k], double(k) / n});
    steps.push_back({times[k], double(k + 1) / n});
  }
  steps.push_back({std::max(until, times.empty() ? until : times.back()), double(times.size()) / n});
  return steps;
}

ChartLayout render_arrival_chart(const results::ResultReader& reader, const results::SweepScene& scene,
                                 const SweepChartOptions& o, const std::string& png_path) {
  const Language lang = o.language;
  const results::SweepSpecies species = results::read_sweep_species(reader, scene, o.species);
  std::vector<std::string> points = o.points.empty() ? results::sweep_points(reader, species.name) : o.points;
  if (points.empty()) throw std::invalid_argument("the sweep has no monitoring point or receptor for " + species.name);
  const std::vector<bool> collected = results::collected_members(reader, species.name);
  const double until = species.times.empty() ? 0.0 : species.times.back();
  // With a start date the axis shows dates; else days, or years past 1000 d.
  const double unit = scene.start_date || until <= 1000.0 ? 1.0 : kDaysPerYear;
  LineChart chart;
  chart.x_dates = scene.start_date;
  chart.x_label = scene.start_date ? say(lang, "date", "日期")
                  : unit > 1.0   ? say(lang, "time (years)", "时间 (年)")
                                 : say(lang, "time (days)", "时间 (天)");
  chart.y_label = say(lang, "probability of having exceeded", "已超标概率");
  chart.y_range = std::array<double, 2>{0.0, 1.0};
  chart.title = o.title.empty() ? scene.name + " \u2014 " + say(lang, "first exceedance of ", "首次超标：") +
                                      species_text(scene, species.name, lang) + say(lang, " over ", "，") +
                                      std::to_string(count(collected)) + say(lang, " members", " 个成员")
                                : o.title;
  if (o.width > 0) chart.width = o.width;
  if (o.height > 0) chart.height = o.height;
  for (const std::string& point : points) {
    std::vector<double> times = results::first_exceedance_times(reader, species.name, point);
    for (std::size_t m = 0; m < times.size() && m < collected.size(); ++m)
      if (!collected[m]) times[m] = std::nan("");
    ChartSeries series;
    series.label = point;
    for (const auto& [t, p] : arrival_steps(times, count(collected), until)) {
      series.x.push_back(t / unit);
      series.y.push_back(p);
    }
    chart.series.push_back(std::move(series));
  }
  return render_line_chart_layout(chart, png_path);
}

BarChartLayout render_tornado_chart(const results::ResultReader& reader, const results::SweepScene& scene,
                                    const SweepChartOptions& o, const std::string& png_path) {
  const Language lang = o.language;
  const results::SweepSpecies species = results::read_sweep_species(reader, scene, o.species);
  const std::size_t t = results::sweep_time_index(species.times, o.time, scene.start_date);
  const results::SweepSensitivity s = results::partial_sensitivity(reader, species.name, o.figure, t);
  TornadoChart chart;
  chart.labels = s.parameters;
  chart.values = s.values;
  chart.value_label = say(lang, "partial rank correlation (PRCC)", "偏秩相关系数 (PRCC)");
  chart.title = o.title.empty() ? scene.name + " \u2014 " + species_text(scene, species.name, lang) + " " +
                                      figure_label(o.figure, lang) + " \u2014 " +
                                      picture_time(species.times[t], scene.start_date, lang)
                                : o.title;
  if (o.width > 0) chart.width = o.width;
  if (o.height > 0) chart.height = o.height;
  return render_tornado(chart, png_path);
}

BarChartLayout render_figure_histogram(const results::ResultReader& reader, const results::SweepScene& scene,
                                       const SweepChartOptions& o, const std::string& png_path) {
  const Language lang = o.language;
  const results::SweepSpecies species = results::read_sweep_species(reader, scene, o.species);
  const std::size_t t = results::sweep_time_index(species.times, o.time, scene.start_date);
  Histogram chart;
  chart.values = results::member_figure(reader, species.name, o.figure, t);
  std::size_t finite = 0;
  for (double v : chart.values) finite += std::isfinite(v) ? 1 : 0;
  if (finite == 0)
    throw std::invalid_argument("no member collected has a " + o.figure + " of " + species.name + " at " +
                                picture_time(species.times[t], scene.start_date, lang));
  chart.x_label = species_text(scene, species.name, lang) + " " + figure_label(o.figure, lang);
  chart.y_label = say(lang, "members", "成员数");
  chart.title = o.title.empty() ? scene.name + " \u2014 " + figure_label(o.figure, lang) + " \u2014 " +
                                      picture_time(species.times[t], scene.start_date, lang) + " (" +
                                      std::to_string(finite) + say(lang, " members)", " 个成员)")
                                : o.title;
  if (o.width > 0) chart.width = o.width;
  if (o.height > 0) chart.height = o.height;
  return render_histogram(chart, png_path);
}

}  // namespace gwp::render
