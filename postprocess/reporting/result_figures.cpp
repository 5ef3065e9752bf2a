#include "postprocess/reporting/result_figures.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "postprocess/reporting/chain_figures.hpp"
#include "postprocess/metrics/mna_table.hpp"
#include "postprocess/reporting/figure_catalogue.hpp"
#include "postprocess/reporting/point_compliance.hpp"
#include "results/result_check.hpp"
#include "results/result_reader.hpp"

namespace gwp::reporting {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool is_outflow_kind(const std::string& kind) {
  const auto& kinds = outflow_boundary_kinds();
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

// The kind of every term that has mass-flux rows; a budget term without any (an older result)
// falls back on its "<kind>:" prefix, abandoned wells being connections.
std::map<std::string, std::string> term_kinds(const std::vector<metrics::MassFlux>& mass_flux) {
  std::map<std::string, std::string> kinds;
  for (const metrics::MassFlux& row : mass_flux) kinds.emplace(row.term, row.kind);
  return kinds;
}

std::string kind_of(const std::map<std::string, std::string>& kinds, const std::string& term) {
  if (const auto it = kinds.find(term); it != kinds.end()) return it->second;
  const std::string prefix = term.substr(0, term.find(':'));
  return prefix == "abandoned_well" ? "connection" : prefix;
}

// Adds one figure per term and, when there are several terms of a quantity, their sum as "(all)".
class FigureList {
 public:
  void add(const std::string& quantity, const std::string& subject, double value) {
    figures_.push_back({quantity, subject, value});
  }
  void add_term(const std::string& quantity, const std::string& subject, double value) {
    add(quantity, subject, value);
    auto& [count, sum] = totals_[quantity];
    ++count;
    sum += value;
  }
  // Figures in catalogue order; terms in the order added, their sum after them.
  std::vector<Figure> finish() {
    for (const auto& [quantity, total] : totals_)
      if (total.first > 1) add(quantity, kAllTerms, total.second);
    std::stable_sort(figures_.begin(), figures_.end(), [](const Figure& a, const Figure& b) {
      return quantity_order(a.quantity) < quantity_order(b.quantity);
    });
    return std::move(figures_);
  }

 private:
  std::vector<Figure> figures_;
  std::map<std::string, std::pair<int, double>> totals_;  // quantity -> (terms, sum)
};

results::SpeciesLimits stored_limits(const results::ResultFeatures& features, const std::string& species) {
  for (const results::SpeciesLimits& s : features.species)
    if (s.name == species) return s;
  results::SpeciesLimits none;
  none.name = species;
  none.limit = kNaN;
  return none;
}

}  // namespace

std::string term_subject(const std::string& term) {
  const std::size_t colon = term.find(':');
  return colon == std::string::npos ? term : term.substr(colon + 1);
}

std::vector<ReceptorSeries> pumped_concentrations(const std::vector<metrics::MassFlux>& mass_flux,
                                                  const std::vector<std::string>& wells,
                                                  const std::vector<TimeSeries>& well_flow) {
  std::vector<ReceptorSeries> receptors;
  for (std::size_t w = 0; w < wells.size() && w < well_flow.size(); ++w) {
    ReceptorSeries r{wells[w], kPumpingWell, {}};
    const TimeSeries& flow = well_flow[w];
    for (const metrics::MassFlux& row : mass_flux) {
      if (row.kind != "well" || term_subject(row.term) != wells[w]) continue;
      // The rate in force at the output time: the last flow sample at or before it.
      double rate = kNaN;
      for (std::size_t i = 0; i < flow.time.size(); ++i)
        if (flow.time[i] <= row.time || same_time(flow.time[i], row.time)) rate = flow.value[i];
      if (!(rate < 0.0)) continue;
      r.series.time.push_back(row.time);
      r.series.value.push_back(row.rate_out / -rate);  // g/d over m3/d = g/m3 = mg/L
    }
    if (!r.series.time.empty()) receptors.push_back(std::move(r));
  }
  return receptors;
}

std::vector<Figure> species_figures_at(double time, const metrics::MetricsTable& metrics,
                                       const std::vector<MassBudgetEntry>& budget,
                                       const std::vector<ReceptorSeries>& receptors,
                                       const results::SpeciesLimits& limits) {
  FigureList list;
  for (const metrics::PlumeSummary& s : metrics.summary) {
    if (!same_time(s.time, time)) continue;
    list.add("peak", "", s.peak);
    list.add("area_above_limit", "", s.area_above_limit);
    list.add("volume_above_limit", "", s.volume_above_limit);
    list.add("area_above_class_iii", "", s.area_above_class_iii);
    list.add("volume_above_class_iii", "", s.volume_above_class_iii);
    list.add("dissolved_mass", "", s.dissolved_mass);
  }
  for (const metrics::SourceDistance& d : metrics.distance)
    if (same_time(d.time, time)) list.add("distance_from_source", d.source, d.distance);
  for (const ReceptorSeries& r : receptors) {
    if (r.kind != kPumpingWell) {
      list.add("point_peak", r.name, peak_until(r.series, time).value);
      list.add("point_first_exceedance", r.name, first_exceedance_until(r.series, limits.limit, time));
      continue;
    }
    for (std::size_t i = 0; i < r.series.time.size(); ++i)
      if (same_time(r.series.time[i], time)) list.add("pumped_concentration", r.name, r.series.value[i]);
  }
  for (const metrics::MassFlux& f : metrics.mass_flux) {
    if (!same_time(f.time, time)) continue;
    if (is_outflow_kind(f.kind)) list.add_term(f.kind + "_mass_flux", term_subject(f.term), f.rate_out - f.rate_in);
    if (f.kind == "connection") list.add("abandoned_well_mass_flux", term_subject(f.term), f.rate_in);
  }
  const auto kinds = term_kinds(metrics.mass_flux);
  for (const MassBudgetEntry& b : budget) {
    if (!same_time(b.time, time)) continue;
    const std::string kind = kind_of(kinds, b.term);
    if (is_outflow_kind(kind)) list.add_term(kind + "_mass_cumulative", term_subject(b.term), b.mass_out - b.mass_in);
    if (kind == "connection") list.add("abandoned_well_mass_cumulative", term_subject(b.term), b.mass_in);
    if (kind == "well") list.add_term("pumped_mass_removed", term_subject(b.term), b.mass_out - b.mass_in);
  }
  return list.finish();
}

ResultFigures read_result_figures(const results::ResultReader& reader) {
  ResultFigures r;
  r.path = reader.path();
  const auto root_text = [&](const char* name) {
    return reader.has_attribute("/", name) ? reader.text_attribute("/", name) : std::string();
  };
  r.case_name = root_text("case_name");
  r.title = root_text("case_title");
  if (reader.has_attribute("/", "status")) r.status = results::result_status(reader);
  r.case_toml = root_text("case_toml");
  if (reader.exists("/grid")) {
    r.grid.nx = int(reader.number_attribute("/grid", "nx"));
    r.grid.ny = int(reader.number_attribute("/grid", "ny"));
    r.grid.nz = int(reader.number_attribute("/grid", "nz"));
    r.grid.dx = read_values(reader, "/grid/dx");
    r.grid.dy = read_values(reader, "/grid/dy");
    if (reader.has_attribute("/grid", "origin")) r.grid.origin = reader.numbers_attribute("/grid", "origin");
    if (reader.has_attribute("/grid", "rotation")) r.grid.rotation = reader.number_attribute("/grid", "rotation");
  }
  r.times = read_values(reader, "/transport/times");
  r.start = reader.start_date();
  const results::ResultFeatures features = read_features(reader);
  std::vector<std::string> pumping_wells;
  std::vector<TimeSeries> pumping_flow;
  for (const results::FeatureWell& w : features.wells) {
    const std::string path = "/wells/" + w.name + "/flow";
    if (w.kind == "abandoned_well")
      r.abandoned_wells.push_back({w, reader.exists(path) ? read_series(reader, path) : TimeSeries{}});
    if (w.kind != "well" || !reader.exists(path)) continue;
    pumping_wells.push_back(w.name);
    pumping_flow.push_back(read_series(reader, path));
  }
  for (const std::string& name : result_species(reader)) {
    SpeciesFigures s;
    s.limits = stored_limits(features, name);
    const metrics::MetricsTable metrics =
        reader.exists("/metrics/" + name) ? metrics::read_metrics(reader, name) : metrics::MetricsTable{};
    for (const std::string& point : points_with_series(reader, name)) {
      const bool boundary = reader.exists("/monitoring/" + point + "/mass_flux");
      const std::string flux = "/monitoring/" + point + "/mass_flux/" + name;
      const bool line = reader.exists("/monitoring/" + point + "/line_flux");
      s.receptors.push_back({point, line ? kControlPlane : boundary ? kBoundaryReceptor : kMonitoringPoint,
                             read_series(reader, "/monitoring/" + point + "/" + name),
                             boundary && reader.exists(flux) ? read_series(reader, flux) : TimeSeries{}});
    }
    const auto is_receptor = [&](const std::string& receptor) {
      return std::any_of(s.receptors.begin(), s.receptors.end(),
                         [&](const ReceptorSeries& r) { return r.name == receptor; }) ||
             std::any_of(s.recorded.begin(), s.recorded.end(),
                         [&](const metrics::ReceptorSummary& r) { return r.receptor == receptor; });
    };
    s.bores = metrics.abandoned_wells;
    for (const metrics::ReceptorSummary& recorded : metrics.receptors)
      if (recorded.kind != "point" && !is_receptor(recorded.receptor)) s.recorded.push_back(recorded);
    // Every series gives figures; a well that is also a receptor is judged as the receptor.
    std::vector<ReceptorSeries> series = s.receptors;
    for (ReceptorSeries& well : pumped_concentrations(metrics.mass_flux, pumping_wells, pumping_flow)) {
      if (!is_receptor(well.name)) s.receptors.push_back(well);
      series.push_back(std::move(well));
    }
    const std::vector<MassBudgetEntry> budget = read_mass_budget(reader, name);
    for (double t : r.times) s.at.push_back({t, species_figures_at(t, metrics, budget, series, s.limits)});
    // The plume's trend over the whole run, a figure of its last output time.
    if (const auto mna = reader.exists("/metrics/" + name) ? metrics::read_mna_evidence(reader, name) : std::nullopt;
        mna && !s.at.empty()) {
      s.at.back().figures.push_back({"mass_sen_slope", "", mna->plume.mass_sen_slope});
      if (s.limits.limit > 0.0)  // a species without a limit has no area above it
        s.at.back().figures.push_back({"plume_below_limit_from", "", mna->plume.below_limit_from});
    }
    s.limits.name = name;
    r.species.push_back(std::move(s));
  }
  std::vector<results::SpeciesLimits> limits;
  for (const SpeciesFigures& s : r.species) limits.push_back(s.limits);
  r.chains = metrics::reaction_chains(limits);
  for (const metrics::ReactionChain& chain : r.chains)
    if (chain.has_total()) r.chain_totals.push_back(chain_total_figures(chain, r.species, r.times));
  return r;
}

results::SpeciesLimits species_limits(const ResultFigures& result, const std::string& species) {
  for (const SpeciesFigures& s : result.species)
    if (s.limits.name == species) return s.limits;
  results::SpeciesLimits none;
  none.name = species;
  none.limit = kNaN;
  return none;
}

double figure_value(const FiguresAtTime& at, const std::string& quantity, const std::string& subject) {
  for (const Figure& f : at.figures)
    if (f.quantity == quantity && f.subject == subject) return f.value;
  return kNaN;
}

}  // namespace gwp::reporting
