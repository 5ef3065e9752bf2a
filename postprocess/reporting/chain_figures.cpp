#include "postprocess/reporting/chain_figures.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

#include "postprocess/reporting/point_compliance.hpp"
#include "postprocess/reporting/wording.hpp"

namespace gwp::reporting {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const SpeciesFigures* member(const std::vector<SpeciesFigures>& species, const std::string& name) {
  for (const SpeciesFigures& s : species)
    if (s.limits.name == name) return &s;
  return nullptr;
}

const ReceptorSeries* series_at(const SpeciesFigures& s, const std::string& point) {
  for (const ReceptorSeries& r : s.receptors)
    if (r.name == point && r.kind != kPumpingWell) return &r;
  return nullptr;
}

std::string label_of(const std::vector<SpeciesFigures>& species, const std::string& name, Language language) {
  results::SpeciesLimits limits;
  if (const SpeciesFigures* s = member(species, name)) limits = s->limits;
  limits.name = name;
  return Wording{language, std::nullopt}.species_label(limits);
}

}  // namespace

std::string chain_total_name(const metrics::ReactionChain& chain) { return "total:" + chain.name(); }

bool is_chain_total(const std::string& species) { return species.starts_with("total:"); }

std::string chain_label(const metrics::ReactionChain& chain, const std::vector<SpeciesFigures>& species,
                        Language language) {
  std::string out;
  for (const std::string& name : chain.species) out += (out.empty() ? "" : " + ") + label_of(species, name, language);
  return out;
}

TimeSeries chain_total_series(const metrics::ReactionChain& chain, const std::vector<SpeciesFigures>& species,
                              const std::string& point) {
  std::vector<std::vector<double>> times, values;
  for (const std::string& name : chain.species) {
    const SpeciesFigures* s = member(species, name);
    const ReceptorSeries* r = s ? series_at(*s, point) : nullptr;
    if (!r || r->series.time.empty()) return {};
    times.push_back(r->series.time);
    values.push_back(r->series.value);
  }
  return {times.front(), metrics::chain_total(chain.weights, times, values)};
}

SpeciesFigures chain_total_figures(const metrics::ReactionChain& chain, const std::vector<SpeciesFigures>& species,
                                   const std::vector<double>& times) {
  if (!chain.has_total()) throw std::invalid_argument("the chain " + chain.name() + " has no total");
  SpeciesFigures total;
  results::SpeciesLimits& l = total.limits;
  l.name = chain_total_name(chain);
  l.limit = kNaN;
  const std::string first_en = label_of(species, chain.species.front(), Language::en);
  const std::string first_zh = label_of(species, chain.species.front(), Language::zh);
  const bool equivalent = chain.total == metrics::ChainTotal::equivalent;
  const Msg label = equivalent ? Msg::chain_total_label_equivalent : Msg::chain_total_label;
  l.label = say(Language::en, label, {chain_label(chain, species, Language::en), first_en});
  l.label_zh = say(Language::zh, label, {chain_label(chain, species, Language::zh), first_zh});
  // The points where every member has a series, in the first member's order.
  if (const SpeciesFigures* first = member(species, chain.species.front()))
    for (const ReceptorSeries& r : first->receptors) {
      if (r.kind == kPumpingWell) continue;
      TimeSeries series = chain_total_series(chain, species, r.name);
      if (!series.time.empty()) total.receptors.push_back({r.name, r.kind, std::move(series), {}});
    }
  for (double t : times) {
    FiguresAtTime at{t, {}};
    for (const ReceptorSeries& r : total.receptors) at.figures.push_back({"point_peak", r.name, peak_until(r.series, t).value});
    double mass = 0.0;
    for (std::size_t i = 0; i < chain.species.size(); ++i) {
      const SpeciesFigures* s = member(species, chain.species[i]);
      double m = kNaN;
      if (s)
        for (const FiguresAtTime& a : s->at)
          if (same_time(a.time, t)) m = figure_value(a, "dissolved_mass");
      mass += chain.weights[i] * m;
    }
    at.figures.push_back({"dissolved_mass", "", mass});
    total.at.push_back(std::move(at));
  }
  return total;
}

const SpeciesFigures* find_figures(const ResultFigures& result, const std::string& name) {
  for (const std::vector<SpeciesFigures>* list : {&result.species, &result.chain_totals})
    for (const SpeciesFigures& s : *list)
      if (s.limits.name == name) return &s;
  return nullptr;
}

}  // namespace gwp::reporting
