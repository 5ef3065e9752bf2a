#include "postprocess/reporting/attenuation_section.hpp"

#include <algorithm>
#include <cmath>

#include "postprocess/metrics/series_trend.hpp"
#include "postprocess/reporting/number_format.hpp"
#include "results/result_reader.hpp"

namespace gwp::reporting {

namespace {

constexpr int kDigits = 3;
constexpr double kGramsPerKilogram = 1000.0;

bool decreasing(const std::string& t) { return t == "decreasing" || t == "probably decreasing"; }
bool increasing(const std::string& t) { return t == "increasing" || t == "probably increasing"; }

Msg trend_message(const std::string& t) {
  if (t == "increasing") return Msg::trend_increasing;
  if (t == "probably increasing") return Msg::trend_probably_increasing;
  if (t == "stable") return Msg::trend_stable;
  if (t == "probably decreasing") return Msg::trend_probably_decreasing;
  if (t == "decreasing") return Msg::trend_decreasing;
  if (t == "insufficient data") return Msg::trend_insufficient_data;
  return Msg::trend_no_trend;
}

// Rising concentrations are the bad news of natural attenuation, falling ones the good.
Tone trend_tone(const std::string& t) { return increasing(t) ? Tone::bad : decreasing(t) ? Tone::good : Tone::plain; }

std::string kind_word(const std::string& kind, const Wording& w) {
  if (kind == "point") return w(Msg::kind_monitoring_point);
  if (kind == "boundary") return w(Msg::kind_boundary_receptor);
  if (kind == "well") return w(Msg::kind_pumping_well);
  if (kind == "line") return w(Msg::kind_control_plane);
  return kind;
}

// When a series or the plume went below the limit for good: a date or time, or why there is none.
std::string below_from(double t, const Wording& w) {
  if (std::isnan(t)) return w(Msg::mna_still_above);
  if (t == 0.0) return w(Msg::mna_never_above);
  return w.time(t);
}

// The output times the trends used, from the summary rows.
std::vector<std::size_t> trend_rows(const SpeciesAttenuation& a) {
  std::vector<std::size_t> rows;
  const double from = a.evidence ? a.evidence->trend_from : 0.0;
  for (std::size_t r = 0; r < a.times.size(); ++r)
    if (a.times[r] > 0.0 && !(a.times[r] < from - 1e-9 * std::max(1.0, from))) rows.push_back(r);
  return rows;
}

DocumentTable wells_table(const metrics::MnaEvidence& e, const std::string& label, double limit, const Wording& w) {
  DocumentTable t;
  t.caption = w(Msg::mna_wells_caption, {label, format_limit(limit, "mg/L")});
  t.header = {w(Msg::col_point), w(Msg::col_kind), "n", "S", "Z", w(Msg::col_confidence), "COV", w(Msg::col_trend),
              w(Msg::col_sens_slope), w(Msg::col_below_limit_from)};
  t.numeric = {false, false, true, true, true, true, true, false, true, false};
  for (const metrics::PointTrend& r : e.trends) {
    t.rows.push_back({r.point, kind_word(r.kind, w), std::to_string(r.samples), format_figure(r.s, 6),
                      format_figure(r.z, kDigits), format_figure(r.confidence, kDigits), format_figure(r.cv, kDigits),
                      Cell(w(trend_message(r.trend)), trend_tone(r.trend)), format_figure(r.sen_slope, kDigits),
                      below_from(r.below_limit_from, w)});
  }
  return t;
}

DocumentTable plume_table(const metrics::PlumeTrend& p, const std::string& label, const Wording& w) {
  DocumentTable t;
  t.caption = w(Msg::mna_plume_caption, {label});
  t.header = {w(Msg::col_item), w(Msg::col_value)};
  t.numeric = {false, true};
  t.rows.push_back({w(Msg::mna_row_centre_speed), format_figure(p.centre_speed, kDigits)});
  t.rows.push_back({w(Msg::mna_row_centre_direction), format_figure(std::round(p.centre_direction), kDigits)});
  t.rows.push_back({w(Msg::mna_row_mass_trend), Cell(w(trend_message(p.mass_trend)), trend_tone(p.mass_trend))});
  t.rows.push_back({w(Msg::mna_row_mass_confidence),
                    format_figure(p.mass_s, 6) + ", " + format_figure(p.mass_confidence, kDigits)});
  t.rows.push_back({w(Msg::mna_row_mass_sen), format_figure(p.mass_sen_slope / kGramsPerKilogram, kDigits)});
  t.rows.push_back({w(Msg::mna_row_bulk_rate),
                    format_figure(p.bulk_rate, kDigits) + ", " + format_figure(p.bulk_rate_r2, kDigits)});
  t.rows.push_back({w(Msg::mna_row_lambda), format_figure(p.lambda, kDigits)});
  t.rows.push_back({w(Msg::mna_row_area_below), below_from(p.below_limit_from, w)});
  return t;
}

std::string picture_file(const std::string& species) { return "attenuation_" + picture_stem(species) + ".png"; }

}  // namespace

std::vector<SpeciesAttenuation> read_attenuation(const ReportInput& input) {
  std::vector<SpeciesAttenuation> out;
  const results::ResultReader reader(input.result_path);
  for (const SpeciesFigures& s : input.figures.species) {
    const std::string& name = s.limits.name;
    if (!reader.exists("/metrics/" + name)) continue;
    SpeciesAttenuation a;
    a.species = name;
    a.evidence = metrics::read_mna_evidence(reader, name);
    for (const metrics::PlumeSummary& row : metrics::read_metrics(reader, name).summary) {
      a.times.push_back(row.time);
      a.mass.push_back(row.dissolved_mass);
    }
    out.push_back(std::move(a));
  }
  return out;
}

std::string attenuation_reading(const SpeciesAttenuation& a, const std::string& label, double limit, const Wording& w) {
  if (!a.evidence) return {};
  const metrics::MnaEvidence& e = *a.evidence;
  const metrics::PlumeTrend& p = e.plume;
  std::vector<std::string> parts;
  if (p.mass_trend == "insufficient data") {
    parts.push_back(w(Msg::mna_read_insufficient, {label, std::to_string(trend_rows(a).size())}));
  } else {
    // A plume whose mass falls or holds while concentrations rise at some of its wells is moving,
    // not shrinking or stable: the lines of evidence are read together, not the mass alone.
    const bool rising_somewhere = std::any_of(e.trends.begin(), e.trends.end(),
                                              [](const metrics::PointTrend& r) { return increasing(r.trend); });
    const Msg state = increasing(p.mass_trend)                                   ? Msg::mna_state_growing
                      : rising_somewhere && (decreasing(p.mass_trend) || p.mass_trend == "stable") ? Msg::mna_state_moving
                      : decreasing(p.mass_trend)                                 ? Msg::mna_state_shrinking
                      : p.mass_trend == "stable"                                 ? Msg::mna_state_stable
                                                                                 : Msg::mna_state_unclear;
    parts.push_back(w(Msg::mna_read_mass, {label, w(state), w(trend_message(p.mass_trend)),
                                           format_figure(p.mass_confidence, kDigits),
                                           format_figure(p.mass_sen_slope / kGramsPerKilogram, kDigits)}));
  }
  if (p.centre_speed > 0.0)
    parts.push_back(w(Msg::mna_read_centre,
                      {format_figure(p.centre_speed, kDigits), format_figure(std::round(p.centre_direction), kDigits)}));
  else if (p.centre_speed == 0.0)
    parts.push_back(w(Msg::mna_read_centre_still));
  if (!e.trends.empty()) {
    std::size_t down = 0, up = 0, flat = 0, few = 0;
    for (const metrics::PointTrend& r : e.trends) {
      if (decreasing(r.trend)) ++down;
      else if (increasing(r.trend)) ++up;
      else if (r.trend == "insufficient data") ++few;
      else ++flat;
    }
    parts.push_back(w(Msg::mna_read_wells, {std::to_string(e.trends.size()), std::to_string(down), std::to_string(up),
                                            std::to_string(flat), std::to_string(few)}));
  }
  if (std::isnan(p.below_limit_from)) {
    // NaN also for a species without a limit: then there is nothing to say.
    if (limit > 0.0) parts.push_back(w(Msg::mna_read_still_above));
  } else if (p.below_limit_from == 0.0) {
    parts.push_back(w(Msg::mna_read_never_above));
  } else {
    parts.push_back(w(Msg::mna_read_area_gone, {w.time(p.below_limit_from)}));
  }
  if (std::isfinite(p.bulk_rate))
    parts.push_back(w(Msg::mna_read_rate, {format_figure(p.bulk_rate, kDigits), format_figure(p.bulk_rate_r2, kDigits),
                                           format_figure(p.lambda, kDigits)}));
  std::string text;
  for (const std::string& s : parts) text += (text.empty() || w.language == Language::zh ? "" : " ") + s;
  return text;
}

std::vector<PictureRequest> attenuation_pictures(const ReportInput& input, Language language) {
  const Wording w{language, input.figures.start};
  const Wording pw{picture_language(language), input.figures.start};
  const TimeAxis axis = time_axis(input.figures.times, input.figures.start);
  std::vector<PictureRequest> pictures;
  for (const SpeciesAttenuation& a : read_attenuation(input)) {
    if (!a.evidence || a.times.size() < 2) continue;
    const results::SpeciesLimits limits = species_limits(input.figures, a.species);
    ChartRequest chart;
    ChartLine mass{pw(Msg::obs_series_model), {}, {}, false, ChartLine::Mark::filled};
    for (std::size_t r = 0; r < a.times.size(); ++r) {
      mass.x.push_back(axis.x(a.times[r]));
      mass.y.push_back(a.mass[r] / kGramsPerKilogram);
    }
    chart.lines.push_back(std::move(mass));
    // Sen's line: the slope through the median of the intercepts (Gilbert 1987, 16.5).
    const std::vector<std::size_t> rows = trend_rows(a);
    const double slope = a.evidence->plume.mass_sen_slope / metrics::kTrendDaysPerYear;  // g/d
    if (rows.size() >= 2 && std::isfinite(slope)) {
      std::vector<double> intercepts;
      for (std::size_t r : rows) intercepts.push_back(a.mass[r] - slope * a.times[r]);
      std::sort(intercepts.begin(), intercepts.end());
      const std::size_t n = intercepts.size();
      const double b = n % 2 ? intercepts[n / 2] : 0.5 * (intercepts[n / 2 - 1] + intercepts[n / 2]);
      ChartLine sen{pw(Msg::chart_sen_line), {}, {}, true};
      for (std::size_t r : {rows.front(), rows.back()}) {
        sen.x.push_back(axis.x(a.times[r]));
        sen.y.push_back((b + slope * a.times[r]) / kGramsPerKilogram);
      }
      chart.lines.push_back(std::move(sen));
    }
    chart.title = pw(Msg::chart_mna_mass_title, {pw.species(limits)});
    chart.x_label = axis.label(pw.language);
    chart.x_dates = axis.start;
    chart.y_label = pw(Msg::axis_dissolved_mass, {"kg"});
    pictures.push_back({picture_file(a.species), w(Msg::mna_mass_caption, {w.species(limits)}), chart, pw.language});
  }
  return pictures;
}

void add_attenuation_section(Document& doc, const ReportInput& input, const std::vector<PictureOutcome>& pictures,
                             const Wording& w) {
  const std::vector<SpeciesAttenuation> all = read_attenuation(input);
  if (all.empty()) return;
  doc.heading(2, w(Msg::mna_heading), "natural-attenuation-model");
  const auto with = std::find_if(all.begin(), all.end(), [](const SpeciesAttenuation& a) { return bool(a.evidence); });
  if (with == all.end()) {
    doc.paragraph(w(Msg::mna_predates));
    return;
  }
  std::size_t used = 0;
  for (double t : input.figures.times)
    if (t > 0.0 && !(t < with->evidence->trend_from - 1e-9 * std::max(1.0, with->evidence->trend_from))) ++used;
  doc.paragraph(w(Msg::mna_intro, {w.time(with->evidence->trend_from), std::to_string(used)}));
  for (const SpeciesAttenuation& a : all) {
    const results::SpeciesLimits limits = species_limits(input.figures, a.species);
    const std::string label = w.species(limits);
    doc.heading(3, label);
    if (!a.evidence) {
      doc.paragraph(w(Msg::mna_predates));
      continue;
    }
    doc.paragraph(attenuation_reading(a, label, limits.limit, w));
    if (!a.evidence->trends.empty()) doc.table(wells_table(*a.evidence, label, limits.limit, w));
    doc.table(plume_table(a.evidence->plume, label, w));
    const std::string file = picture_file(a.species);
    if (std::any_of(pictures.begin(), pictures.end(), [&](const PictureOutcome& o) { return o.file == file; }))
      doc.picture({file, w(Msg::mna_mass_caption, {label}), outcome_for(pictures, file).missing});
  }
}

}  // namespace gwp::reporting
