#include "postprocess/render/chain_breakthrough.hpp"

#include <algorithm>
#include <stdexcept>

#include "postprocess/metrics/chain_groups.hpp"
#include "postprocess/render/limit_lines.hpp"
#include "postprocess/render/result_scene.hpp"

namespace gwp::render {

namespace {

const results::SpeciesLimits& limits_of(const results::ResultFeatures& features, const std::string& name) {
  for (const results::SpeciesLimits& l : features.species)
    if (l.name == name) return l;
  throw std::invalid_argument("the result records no species '" + name + "'");
}

bool has_series(const results::ResultReader& r, const std::string& point, const std::string& species) {
  return r.exists("/monitoring/" + point + "/" + species);
}

}  // namespace

LineChart chain_breakthrough_chart(const results::ResultReader& r, const std::string& species,
                                   const BreakthroughOptions& o) {
  const results::ResultFeatures features = read_features(r);
  const std::vector<metrics::ReactionChain> chains = metrics::reaction_chains(features.species);
  const metrics::ReactionChain* chain = metrics::chain_of(chains, species);
  if (!chain) {
    std::string known;
    for (const metrics::ReactionChain& c : chains) known += (known.empty() ? "" : "; ") + c.name();
    throw std::invalid_argument("--chain " + species + ": the species is in no reaction chain of the result; chains: " +
                                (known.empty() ? std::string("none") : known));
  }
  std::vector<std::string> points = o.points;
  if (points.empty())
    for (const std::string& p : monitoring_points(r))
      if (std::all_of(chain->species.begin(), chain->species.end(),
                      [&](const std::string& s) { return has_series(r, p, s); }))
        points.push_back(p);
  if (points.empty())
    throw std::invalid_argument("no monitoring point or receptor holds series of every member of " + chain->name());

  const Language lang = o.language;
  const PictureWording& w = wording(lang);
  const std::optional<Date> start = r.start_date();
  // Every member's series at every point, read first: the time axis spans them all.
  std::vector<std::vector<MonitoringSeries>> series;  // [point][member]
  double end = 0.0;
  for (const std::string& p : points) {
    series.emplace_back();
    for (const std::string& s : chain->species) {
      series.back().push_back(read_monitoring_series(r, p, s));
      if (!series.back().back().time.empty()) end = std::max(end, series.back().back().time.back());
    }
  }
  ConcentrationTimeFrame frame = concentration_time_frame(o, start, end);
  auto x_of = [&](double t) { return frame.x(t); };
  LineChart& chart = frame.chart;
  const std::string& mg = frame.mg;
  std::vector<std::string> labels;
  for (const std::string& s : chain->species) labels.push_back(species_label(limits_of(features, s), lang));
  const std::string total_label =
      chain->total == metrics::ChainTotal::equivalent ? fill(w.chain_total_as, labels.front()) : w.chain_total;
  for (std::size_t p = 0; p < points.size(); ++p) {
    chart.panels.push_back({points[p], w.concentration + mg, o.log_y});
    const int panel = int(p);
    std::vector<std::vector<double>> times, values;
    for (std::size_t m = 0; m < chain->species.size(); ++m) {
      const MonitoringSeries& s = series[p][m];
      ChartSeries c;
      c.label = labels[m];
      c.panel = panel;
      for (std::size_t n = 0; n < s.time.size(); ++n) {
        c.x.push_back(x_of(s.time[n]));
        c.y.push_back(s.concentration[n]);
      }
      chart.series.push_back(std::move(c));
      times.push_back(s.time);
      values.push_back(s.concentration);
    }
    if (chain->has_total() && !times.front().empty()) {
      ChartSeries total;
      total.label = total_label;
      total.panel = panel;
      total.thick = true;
      total.y = metrics::chain_total(chain->weights, times, values);
      for (double t : times.front()) total.x.push_back(x_of(t));
      chart.series.push_back(std::move(total));
    }
    // Class IV dashed across the whole time, labelled after its member so it takes its colour.
    for (std::size_t m = 0; m < chain->species.size(); ++m) {
      const results::SpeciesLimits& l = limits_of(features, chain->species[m]);
      for (const LimitLine& line : limit_lines(l, lang))
        if (line.level == l.class_iv)
          chart.series.push_back({labels[m] + " " + line.label, {0.0, x_of(end)}, {line.level, line.level}, true, panel});
    }
  }
  std::string members, where;
  for (const std::string& l : labels) members += (members.empty() ? "" : " → ") + l;
  for (const std::string& p : points) where += (where.empty() ? "" : w.list_separator) + p;
  const std::string about = lang == Language::zh ? members + w.breakthrough_at + "（" + where + "）"
                                                 : members + " " + w.breakthrough_at + " " + where;
  const std::string title = case_title(r);
  chart.title = o.title.empty() ? (title.empty() ? "" : title + " \u2014 ") + about : o.title;
  return chart;
}

ChartLayout render_chain_breakthrough(const results::ResultReader& r, const std::string& species,
                                      const BreakthroughOptions& o, const std::string& png_path) {
  return render_line_chart_layout(chain_breakthrough_chart(r, species, o), png_path);
}

}  // namespace gwp::render
