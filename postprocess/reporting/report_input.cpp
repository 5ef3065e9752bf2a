#include "postprocess/reporting/report_input.hpp"

#include <algorithm>
#include <cmath>

#include "postprocess/reporting/attenuation_section.hpp"
#include "postprocess/reporting/chain_pictures.hpp"
#include "postprocess/reporting/control_plane_section.hpp"
#include "postprocess/reporting/number_format.hpp"
#include "postprocess/reporting/observation_pictures.hpp"
#include "postprocess/reporting/point_compliance.hpp"
#include "postprocess/reporting/result_series.hpp"
#include "postprocess/reporting/wording.hpp"
#include "results/result_reader.hpp"

namespace gwp::reporting {

namespace {

// The breakthrough curves of one species: one line per monitoring point and boundary receptor at
// every transport step, and its class IV and class III limits as dashed lines across them.
ChartRequest breakthrough_chart(const SpeciesFigures& s, const std::string& case_name, const TimeAxis& axis,
                                const Wording& pw) {
  ChartRequest chart;
  double first = NAN, last = NAN;
  for (const ReceptorSeries& r : s.receptors) {
    if (r.kind == kPumpingWell || r.series.time.empty()) continue;
    ChartLine line{r.name, {}, r.series.value, false};
    for (double t : r.series.time) line.x.push_back(axis.x(t));
    first = std::isnan(first) ? r.series.time.front() : std::min(first, r.series.time.front());
    last = std::isnan(last) ? r.series.time.back() : std::max(last, r.series.time.back());
    chart.lines.push_back(std::move(line));
  }
  std::vector<std::pair<const char*, double>> limits{{"class IV", s.limits.class_iv}, {"class III", s.limits.class_iii}};
  if (s.limits.limit != s.limits.class_iv && s.limits.limit != s.limits.class_iii) limits.push_back({"case limit", s.limits.limit});
  for (const auto& [name, value] : limits) {
    if (chart.lines.empty() || !(value >= 0.0) || !(last > first)) continue;
    chart.lines.push_back({pw(Msg::chart_limit_line, {pw.limit(name, value, s.limits.units)}),
                           {axis.x(first), axis.x(last)}, {value, value}, true});
  }
  const std::string species = pw.species(s.limits);
  chart.title = case_name.empty() ? pw(Msg::chart_breakthrough_title, {species})
                                  : case_name + " — " + pw(Msg::chart_breakthrough_title, {species});
  chart.x_label = axis.label(pw.language);
  chart.x_dates = axis.start;
  chart.y_label = pw(Msg::axis_concentration, {s.limits.units});
  return chart;
}

}  // namespace

ReportInput read_report_input(const results::ResultReader& reader,
                              const std::vector<std::string>& verification_candidates) {
  ReportInput input;
  input.result_path = reader.path();
  input.summary = read_case_summary(reader);
  input.site = read_site_summary(reader);
  input.flow = read_flow_budget_summary(reader);
  for (const std::string& species : result_species(reader)) input.mass.push_back(read_mass_budget_summary(reader, species));
  input.figures = read_result_figures(reader);
  input.case_toml = input.figures.case_toml;
  input.verification_candidates = verification_candidates;
  input.verification = read_verification_status(verification_candidates);
  input.observations = metrics::read_observations(reader);
  return input;
}

std::vector<PictureRequest> report_pictures(const ReportInput& input, Language language) {
  const Wording w{language, input.figures.start};                     // captions
  const Wording pw{picture_language(language), input.figures.start};  // text inside the pictures
  const std::string case_name = input.summary.title.empty() ? input.summary.case_name : input.summary.title;
  std::vector<PictureRequest> pictures;
  for (const SpeciesFigures& s : input.figures.species) {
    const std::string stem = picture_stem(s.limits.name);
    for (std::size_t t = 0; t < s.at.size(); ++t) {
      const double peak = figure_value(s.at[t], "peak");
      if (!(peak > s.limits.limit)) continue;
      const double time = s.at[t].time;
      const std::string title = (case_name.empty() ? "" : case_name + " — ") + pw.species(s.limits) + " — " + pw.time(time);
      pictures.push_back({"map_" + stem + "_t" + std::to_string(t + 1) + ".png",
                          w(Msg::map_caption, {w.species(s.limits), w.time(time), format_limit(s.limits.limit, s.limits.units)}),
                          PlanMapRequest{s.limits.name, time, title}, pw.language});
    }
  }
  const TimeAxis axis = time_axis(input.figures.times, input.figures.start);
  for (const SpeciesFigures& s : input.figures.species) {
    ChartRequest chart = breakthrough_chart(s, case_name, axis, pw);
    if (chart.lines.empty()) continue;
    pictures.push_back({"breakthrough_" + picture_stem(s.limits.name) + ".png",
                        w(Msg::breakthrough_caption, {w.species(s.limits)}), std::move(chart), pw.language});
  }
  for (PictureRequest& p : chain_pictures(input, language)) pictures.push_back(std::move(p));
  for (PictureRequest& p : attenuation_pictures(input, language)) pictures.push_back(std::move(p));
  for (PictureRequest& p : control_plane_pictures(input, language)) pictures.push_back(std::move(p));
  for (PictureRequest& p : observation_pictures(input, language)) pictures.push_back(std::move(p));
  return pictures;
}

}  // namespace gwp::reporting
