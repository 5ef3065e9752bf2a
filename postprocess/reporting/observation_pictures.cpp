#include "postprocess/reporting/observation_pictures.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "postprocess/reporting/wording.hpp"

namespace gwp::reporting {

namespace {

using Mark = ChartLine::Mark;

// Model against samples for one species: a dot per detected sample in its point's colour, the
// samples below detection hollow (at their limit), and the 1:1 line across both.
ChartRequest scatter(const std::vector<const metrics::ObservedSeries*>& series, const std::string& species,
                     const Wording& pw) {
  ChartRequest chart;
  ChartLine below{pw(Msg::chart_below_detection, {""}), {}, {}, false, Mark::hollow};
  double top = 0.0;
  for (const metrics::ObservedSeries* s : series) {
    ChartLine dots{s->point, {}, {}, false, Mark::filled};
    for (const metrics::ObservationRow& r : s->rows) {
      if (!std::isfinite(r.model)) continue;
      ChartLine& to = r.censored ? below : dots;
      to.x.push_back(r.observed);
      to.y.push_back(r.model);
      top = std::max({top, r.observed, r.model});
    }
    if (!dots.x.empty()) chart.lines.push_back(std::move(dots));
  }
  // The label of the censored dots is the word alone ("below detection"), without a species.
  below.label.erase(0, below.label.find_first_not_of(' '));
  if (!below.x.empty()) chart.lines.push_back(std::move(below));
  if (top > 0.0) chart.lines.push_back({pw(Msg::chart_one_to_one), {0.0, top}, {0.0, top}, true});
  chart.title = pw(Msg::chart_obs_scatter_title, {species});
  chart.x_label = pw(Msg::axis_observed, {"mg/L"});
  chart.y_label = pw(Msg::axis_modelled, {"mg/L"});
  return chart;
}

// One point's model series and samples of every species sampled there.
ChartRequest point_chart(const ReportInput& input, const std::string& point,
                         const std::vector<const metrics::ObservedSeries*>& series, const TimeAxis& axis,
                         const Wording& pw) {
  ChartRequest chart;
  for (const metrics::ObservedSeries* s : series) {
    const SpeciesFigures* figures = nullptr;
    for (const SpeciesFigures& f : input.figures.species)
      if (f.limits.name == s->species) figures = &f;
    const std::string label = pw.species(species_limits(input.figures, s->species));
    if (figures)
      for (const ReceptorSeries& r : figures->receptors)
        if (r.name == point && !r.series.time.empty()) {
          ChartLine line{label, {}, r.series.value, false};
          for (double t : r.series.time) line.x.push_back(axis.x(t));
          chart.lines.push_back(std::move(line));
        }
    ChartLine seen{label + " " + pw(Msg::obs_series_observed), {}, {}, false, Mark::filled};
    ChartLine below{pw(Msg::chart_below_detection, {label}), {}, {}, false, Mark::hollow};
    for (const metrics::ObservationRow& r : s->rows) {
      ChartLine& to = r.censored ? below : seen;
      to.x.push_back(axis.x(r.time));
      to.y.push_back(r.observed);
    }
    for (ChartLine* l : {&seen, &below})
      if (!l->x.empty()) chart.lines.push_back(std::move(*l));
  }
  chart.title = pw(Msg::chart_obs_series_title, {point});
  chart.x_label = axis.label(pw.language);
  chart.x_dates = axis.start;
  chart.y_label = pw(Msg::axis_concentration, {"mg/L"});
  return chart;
}

}  // namespace

std::vector<PictureRequest> observation_pictures(const ReportInput& input, Language language) {
  const Wording w{language, input.figures.start};
  const Wording pw{picture_language(language), input.figures.start};
  std::vector<PictureRequest> pictures;
  std::vector<std::string> species_order, point_order;
  std::map<std::string, std::vector<const metrics::ObservedSeries*>> by_species, by_point;
  for (const metrics::ObservedSeries& s : input.observations) {
    if (!by_species.count(s.species)) species_order.push_back(s.species);
    if (!by_point.count(s.point)) point_order.push_back(s.point);
    by_species[s.species].push_back(&s);
    by_point[s.point].push_back(&s);
  }
  for (const std::string& species : species_order) {
    const results::SpeciesLimits limits = species_limits(input.figures, species);
    pictures.push_back({"observed_" + picture_stem(species) + ".png", w(Msg::obs_scatter_caption, {w.species(limits)}),
                        scatter(by_species[species], pw.species(limits), pw), pw.language});
  }
  const TimeAxis axis = time_axis(input.figures.times, input.figures.start);
  for (const std::string& point : point_order)
    pictures.push_back({"samples_" + picture_stem(point) + ".png", w(Msg::obs_series_caption, {point}),
                        point_chart(input, point, by_point[point], axis, pw), pw.language});
  return pictures;
}

}  // namespace gwp::reporting
