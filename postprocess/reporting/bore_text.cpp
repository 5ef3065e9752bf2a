#include "postprocess/reporting/bore_text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "postprocess/reporting/number_format.hpp"
#include "postprocess/reporting/result_series.hpp"

namespace gwp::reporting {

namespace {

constexpr double kGramsPerKilogram = 1000.0;
constexpr int kAboutDigits = 3;   // "about 176 kg"
constexpr int kLittleDigits = 2;  // "practically none (0.16 g)"

// `value` rounded to `significant` digits, as a number: 999.96 with 4 digits is 1000.
double rounded(double value, int significant) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*e", std::max(1, significant) - 1, value);
  return std::strtod(buffer, nullptr);
}

// Below the noise floor: no figure (shown as 0).
double cleaned(double grams, double noise_floor) {
  return std::fabs(grams) < noise_floor ? 0.0 : grams;
}

// The layers that received at least kNamedLayerShare of `total` through `part` (from above or
// below), joined as the language lists them.
template <class Part>
std::string receiving_layers(const BoreTransfer& t, double total, Part part, const Wording& w) {
  std::vector<std::string> names;
  for (const BoreLayer& layer : t.layers)
    if (part(layer) > 0.0 && part(layer) >= kNamedLayerShare * total) names.push_back(layer.layer);
  return w.join_and(names);
}

// "11.66 m3/d down", "0.5 m3/d up", "0 m3/d": the bore's water, down positive.
std::string flow_text(double flow, double noise_floor, const Wording& w) {
  if (is_missing(flow)) return kMissing;
  const double q = cleaned(flow, noise_floor);
  if (q == 0.0) return "0 m3/d";
  return w(q > 0.0 ? Msg::flow_down : Msg::flow_up, {format_figure(std::fabs(q))});
}

// The largest magnitude of a series' values, for its noise floor.
double largest(const std::vector<double>& values) {
  double m = 0.0;
  for (double v : values)
    if (!is_missing(v)) m = std::max(m, std::fabs(v));
  return m;
}

// The well was plugged during the run, before (or at) `last_time`.
bool plugged_during(const results::FeatureWell& f, double last_time) {
  return f.plugged_at > 0.0 && (f.plugged_at < last_time || same_time(f.plugged_at, last_time));
}

}  // namespace

std::string mass_text(double grams, double noise_floor, int significant, bool per_day) {
  if (is_missing(grams)) return kMissing;
  const char* per = per_day ? "/d" : "";
  const double g = cleaned(grams, noise_floor);
  if (g == 0.0) return std::string("0 g") + per;
  const bool kilograms = std::fabs(rounded(g, significant)) >= kGramsPerKilogram;
  const FigureStyle style{significant, Notation::per_value, -1, 0.0};
  return format_styled(kilograms ? g / kGramsPerKilogram : g, style) + (kilograms ? " kg" : " g") + per;
}

std::string signed_mass_text(double grams, double noise_floor, int significant) {
  const std::string text = mass_text(grams, noise_floor, significant);
  return cleaned(grams, noise_floor) > 0.0 ? "+" + text : text;
}

std::string carried_text(double grams, double noise_floor, const Wording& w, int significant) {
  if (is_missing(grams)) return kMissing;
  const double g = cleaned(grams, noise_floor);
  if (g == 0.0) return mass_text(0.0, noise_floor);
  return w(g > 0.0 ? Msg::mass_down : Msg::mass_up, {mass_text(std::fabs(g), noise_floor, significant)});
}

double bore_mass_scale(const SpeciesFigures& s) {
  double scale = 0.0;
  for (const metrics::BoreLayerMass& r : s.bores)
    scale = std::max(scale, largest({r.mass_in, r.mass_out, r.carried_down}));
  return scale;
}

double bore_rate_scale(const SpeciesFigures& s) {
  double scale = 0.0;
  for (const metrics::BoreLayerMass& r : s.bores)
    scale = std::max(scale, largest({r.rate_in, r.rate_out, r.rate_down}));
  return scale;
}

std::string bore_span(double time, const Wording& w) {
  if (w.start) return w(Msg::span_dates, {w.time(0.0), w.time(time)});
  if (std::fabs(time) >= kDaysPerJulianYear) {
    const std::string years = format_figure(time / kDaysPerJulianYear, kAboutDigits);
    return w(Msg::span_duration, {years == "1" ? w(Msg::duration_year) : w(Msg::duration_years, {years})});
  }
  const std::string days = format_figure(time);
  return w(Msg::span_duration, {days == "1" ? w(Msg::duration_day) : w(Msg::duration_days, {days})});
}

std::string bore_sentence(const BoreTransfer& t, const std::string& species, double noise_floor, const Wording& w) {
  const double down = cleaned(t.down, noise_floor), up = cleaned(t.up, noise_floor);
  const std::string span = bore_span(t.time, w);
  if (down == 0.0 && up == 0.0) return w(Msg::bore_nothing, {span, t.well, species});
  const auto about = [&](double g) { return mass_text(g, noise_floor, kAboutDigits); };
  const auto little = [&](double g) { return mass_text(g, noise_floor, kLittleDigits); };
  const std::string into_below = receiving_layers(t, down, [](const BoreLayer& l) { return l.from_above; }, w);
  const std::string into_above = receiving_layers(t, up, [](const BoreLayer& l) { return l.from_below; }, w);
  if (down >= up) {
    if (up == 0.0) return w(Msg::bore_down_none_up, {span, about(down), species, t.well, into_below});
    if (up < kPracticallyNone * down)
      return w(Msg::bore_down_little_up, {span, about(down), species, t.well, into_below, little(up)});
  } else {
    if (down == 0.0) return w(Msg::bore_up_none_down, {span, about(up), species, t.well, into_above});
    if (down < kPracticallyNone * up)
      return w(Msg::bore_up_little_down, {span, about(up), species, t.well, into_above, little(down)});
  }
  return w(Msg::bore_down_and_up, {span, about(down), species, t.well, into_below, about(up), into_above});
}

std::string bore_state_sentence(const RecordedWell& well, double last_time, const Wording& w) {
  const results::FeatureWell& f = well.feature;
  const std::vector<std::string> args{f.name, format_figure(f.top), format_figure(f.bottom), w.well_state(f.state),
                                      f.plugged_at > 0.0 ? w.moment(f.plugged_at) : std::string()};
  if (f.plugged_at <= 0.0) return w(Msg::bore_state_from_start, args);
  return w(plugged_during(f, last_time) ? Msg::bore_state_plugged : Msg::bore_state_plugged_after_end, args);
}

std::string bore_flow_sentence(const RecordedWell& well, double last_time, const Wording& w) {
  const TimeSeries& flow = well.flow;
  if (flow.time.empty()) return w(Msg::bore_flow_none);
  const double floor = kNoiseRatio * largest(flow.value);
  const double plug = well.feature.plugged_at;
  if (plugged_during(well.feature, last_time) && flow.time.back() >= plug - 1e-9 * std::max(1.0, plug)) {
    // The flow solved before the plug: the last sample strictly before it (the sample at the
    // plug's time is solved with the plug in place).
    double before = NAN;
    for (std::size_t i = 0; i < flow.time.size(); ++i)
      if (flow.time[i] < plug && !same_time(flow.time[i], plug)) before = flow.value[i];
    if (!std::isnan(before))
      return w(Msg::bore_flow_plugged, {flow_text(before, floor, w), flow_text(flow.value.back(), floor, w)});
  }
  return w(Msg::bore_flow, {w.time(flow.time.back()), flow_text(flow.value.back(), floor, w)});
}

std::string bore_after_plug_sentence(const std::vector<metrics::BoreLayerMass>& rows, const RecordedWell& well,
                                     double noise_floor, double rate_noise_floor, const Wording& w) {
  const results::FeatureWell& f = well.feature;
  const std::vector<double> times = bore_times(rows, f.name);
  if (times.empty() || !plugged_during(f, times.back()) || same_time(f.plugged_at, times.back())) return {};
  const double last = times.back();
  const bool on_output = std::any_of(times.begin(), times.end(), [&](double t) { return same_time(t, f.plugged_at); });
  if (!on_output) {
    const BoreTransfer rates = bore_rates(rows, f.name, last);
    return w(Msg::bore_after_plug_unknown, {w.moment(f.plugged_at), w.time(last),
                                            mass_text(rates.down, rate_noise_floor, 4, true),
                                            mass_text(rates.up, rate_noise_floor, 4, true)});
  }
  const BoreTransfer after = bore_transfer_between(rows, f.name, f.plugged_at, last);
  const BoreTransfer whole = bore_transfer(rows, f.name, last);
  const double down = cleaned(after.down, noise_floor), up = cleaned(after.up, noise_floor);
  const double moved = cleaned(whole.down + whole.up, noise_floor);
  if (down == 0.0 && up == 0.0) return w(Msg::bore_after_plug_nothing, {w.moment(f.plugged_at)});
  const std::string down_text = mass_text(down, noise_floor, kLittleDigits), up_text = mass_text(up, noise_floor, kLittleDigits);
  if (down + up < kPracticallyNone * moved)
    return w(Msg::bore_after_plug_little, {w.moment(f.plugged_at), down_text, up_text});
  return w(Msg::bore_after_plug, {w.moment(f.plugged_at), mass_text(down, noise_floor), mass_text(up, noise_floor)});
}

DocumentTable bore_layer_table(const BoreTransfer& t, double noise_floor, const Wording& w) {
  DocumentTable table;
  table.header = {w(Msg::col_case_layer), w(Msg::col_bore_into), w(Msg::col_bore_out), w(Msg::col_bore_net),
                  w(Msg::col_bore_past_bottom)};
  table.numeric = {false, true, true, true, true};
  for (std::size_t k = 0; k < t.layers.size(); ++k) {
    const BoreLayer& l = t.layers[k];
    const bool lowest = k + 1 == t.layers.size();  // the bore ends in it: nothing below to carry to
    table.rows.push_back({l.layer, mass_text(l.in, noise_floor), mass_text(l.out, noise_floor),
                          signed_mass_text(l.net(), noise_floor),
                          lowest ? std::string(kMissing) : carried_text(l.carried_down, noise_floor, w)});
  }
  return table;
}

}  // namespace gwp::reporting
