// The report's section on observations and natural attenuation: how far the model lies from the
// samples, and whether each point's concentrations rise, fall or hold (the lines of evidence of
// monitored natural attenuation), in the samples and in the model at the same times.
#include <algorithm>
#include <cmath>

#include "postprocess/reporting/number_format.hpp"
#include "postprocess/reporting/observation_pictures.hpp"
#include "postprocess/reporting/observation_summary.hpp"
#include "postprocess/reporting/report_sections.hpp"

namespace gwp::reporting {

namespace {

constexpr int kDigits = 3;  // residuals and statistics: enough to compare, not to mislead

Msg trend_message(metrics::Trend t) {
  switch (t) {
    case metrics::Trend::insufficient_data: return Msg::trend_insufficient_data;
    case metrics::Trend::increasing: return Msg::trend_increasing;
    case metrics::Trend::probably_increasing: return Msg::trend_probably_increasing;
    case metrics::Trend::no_trend: return Msg::trend_no_trend;
    case metrics::Trend::stable: return Msg::trend_stable;
    case metrics::Trend::probably_decreasing: return Msg::trend_probably_decreasing;
    case metrics::Trend::decreasing: return Msg::trend_decreasing;
  }
  return Msg::trend_no_trend;
}

// Rising concentrations are the bad news of natural attenuation, falling ones the good.
Tone trend_tone(metrics::Trend t) {
  if (t == metrics::Trend::increasing || t == metrics::Trend::probably_increasing) return Tone::bad;
  if (t == metrics::Trend::decreasing || t == metrics::Trend::probably_decreasing) return Tone::good;
  return Tone::plain;
}

std::string species_name(const ReportInput& input, const std::string& species, const Wording& w) {
  return species.empty() ? w(Msg::obs_all_species) : w.species(species_limits(input.figures, species));
}

DocumentTable residual_table(const ReportInput& input, const Wording& w) {
  DocumentTable t;
  t.caption = w(Msg::obs_stats_caption);
  t.header = {w(Msg::col_point), w(Msg::col_species), w(Msg::col_samples), w(Msg::col_below_detection), "ME", "MAE",
              "RMSE", "NRMSE (%)"};
  t.numeric = {false, false, true, true, true, true, true, true};
  for (const ResidualRow& r : residual_rows(input.observations)) {
    const metrics::ResidualStatistics& s = r.statistics;
    t.rows.push_back({r.point.empty() ? w(Msg::obs_all_points) : r.point, species_name(input, r.species, w),
                      std::to_string(r.samples), std::to_string(r.censored), format_figure(s.mean_error, kDigits),
                      format_figure(s.mean_absolute_error, kDigits), format_figure(s.root_mean_square_error, kDigits),
                      format_figure(100.0 * s.normalised_rmse, kDigits)});
  }
  return t;
}

DocumentTable trend_table(const ReportInput& input, const Wording& w) {
  DocumentTable t;
  t.caption = w(Msg::obs_trend_caption);
  t.header = {w(Msg::col_point), w(Msg::col_species), w(Msg::col_series), "n", "S", "Z", w(Msg::col_confidence), "COV",
              w(Msg::col_trend), w(Msg::col_sens_slope)};
  t.numeric = {false, false, false, true, true, true, true, true, false, true};
  for (const TrendRow& r : trend_rows(input.observations)) {
    const metrics::MannKendall& m = r.test;
    const bool decided = m.trend != metrics::Trend::insufficient_data;
    const auto shown = [&](double v, int digits) { return decided ? format_figure(v, digits) : std::string(kMissing); };
    t.rows.push_back({r.point, species_name(input, r.species, w),
                      w(r.model ? Msg::obs_series_model : Msg::obs_series_observed), std::to_string(m.count),
                      shown(m.s, 6), shown(m.z, kDigits), shown(100.0 * m.confidence, kDigits),
                      format_figure(m.coefficient_of_variation, kDigits),
                      Cell(w(trend_message(m.trend)), trend_tone(m.trend)), format_figure(r.sens_slope, kDigits)});
  }
  return t;
}

}  // namespace

void add_observations_section(Document& doc, const ReportInput& input, const std::vector<PictureOutcome>& pictures,
                              const Wording& w) {
  if (input.observations.empty()) return;
  std::size_t samples = 0, censored = 0;
  std::vector<std::string> points;
  for (const metrics::ObservedSeries& s : input.observations) {
    for (const metrics::ObservationRow& r : s.rows) samples += 1, censored += r.censored ? 1 : 0;
    if (std::find(points.begin(), points.end(), s.point) == points.end()) points.push_back(s.point);
  }
  doc.heading(2, w(Msg::obs_heading), "observations");
  doc.paragraph(w(Msg::obs_intro, {std::to_string(samples), std::to_string(points.size()), std::to_string(censored)}));
  doc.table(residual_table(input, w));
  doc.table(trend_table(input, w));
  for (const PictureRequest& r : observation_pictures(input, w.language))
    doc.picture({r.file, r.caption, outcome_for(pictures, r.file).missing});
}

}  // namespace gwp::reporting
