#include "postprocess/reporting/control_plane_section.hpp"

#include <algorithm>

#include "postprocess/reporting/number_format.hpp"
#include "postprocess/reporting/report_sections.hpp"

namespace gwp::reporting {

namespace {

std::string picture_file(const std::string& species) { return "control_planes_" + picture_stem(species) + ".png"; }

}  // namespace

std::vector<ControlPlaneDischarge> control_plane_discharges(const ReportInput& input) {
  std::vector<ControlPlaneDischarge> out;
  for (const SpeciesFigures& s : input.figures.species)
    for (const ReceptorSeries& r : s.receptors) {
      const TimeSeries& rate = r.discharged_mass;
      if (r.kind != kControlPlane || rate.time.empty()) continue;
      ControlPlaneDischarge d{r.name, s.limits.name};
      const auto peak = std::max_element(rate.value.begin(), rate.value.end());
      d.peak_rate = *peak;
      d.peak_time = rate.time[std::size_t(peak - rate.value.begin())];
      d.last_rate = rate.value.back();
      double before = 0.0;  // d: the series holds the end of every step, from the first
      for (std::size_t k = 0; k < rate.time.size(); ++k) {
        d.net_mass += (rate.time[k] - before) * rate.value[k];
        before = rate.time[k];
      }
      out.push_back(std::move(d));
    }
  return out;
}

std::vector<PictureRequest> control_plane_pictures(const ReportInput& input, Language language) {
  const Wording w{language, input.figures.start};
  const Wording pw{picture_language(language), input.figures.start};
  const TimeAxis axis = time_axis(input.figures.times, input.figures.start);
  std::vector<PictureRequest> pictures;
  for (const SpeciesFigures& s : input.figures.species) {
    ChartRequest chart;
    for (const ReceptorSeries& r : s.receptors) {
      if (r.kind != kControlPlane || r.discharged_mass.time.empty()) continue;
      ChartLine line{r.name, {}, {}};
      for (std::size_t k = 0; k < r.discharged_mass.time.size(); ++k) {
        line.x.push_back(axis.x(r.discharged_mass.time[k]));
        line.y.push_back(r.discharged_mass.value[k]);
      }
      chart.lines.push_back(std::move(line));
    }
    if (chart.lines.empty()) continue;
    chart.title = pw(Msg::chart_control_plane_title, {pw.species(s.limits)});
    chart.x_label = axis.label(pw.language);
    chart.x_dates = axis.start;
    chart.y_label = pw(Msg::axis_net_mass_rate, {"g/d"});
    pictures.push_back({picture_file(s.limits.name), w(Msg::control_plane_caption, {w.species(s.limits)}), chart, pw.language});
  }
  return pictures;
}

void add_control_plane_section(Document& doc, const ReportInput& input, const std::vector<PictureOutcome>& pictures,
                               const Wording& w) {
  const std::vector<ControlPlaneDischarge> discharges = control_plane_discharges(input);
  if (discharges.empty()) return;
  doc.heading(2, w(Msg::control_planes_heading), "control-planes");
  doc.paragraph(w(Msg::control_planes_intro));
  DocumentTable t;
  t.header = {w(Msg::col_species), w(Msg::col_control_plane), w(Msg::col_peak_net_rate), w(Msg::col_peak_at),
              w(Msg::col_last_net_rate), w(Msg::col_net_mass)};
  t.numeric = {false, false, true, true, true, true};
  for (const ControlPlaneDischarge& d : discharges)
    t.rows.push_back({w.species(species_limits(input.figures, d.species)), d.plane, format_figure(d.peak_rate),
                      w.time(d.peak_time), format_figure(d.last_rate), format_figure(d.net_mass)});
  doc.table(std::move(t));
  for (const PictureRequest& r : control_plane_pictures(input, w.language))
    doc.picture({r.file, r.caption, outcome_for(pictures, r.file).missing});
}

}  // namespace gwp::reporting
