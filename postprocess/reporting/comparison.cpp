#include "postprocess/reporting/comparison.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <stdexcept>

#include "postprocess/reporting/chain_figures.hpp"
#include "postprocess/reporting/figure_table.hpp"
#include "postprocess/reporting/number_format.hpp"

namespace gwp::reporting {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string grid_text(const GridShape& g) {
  return std::to_string(g.nx) + " x " + std::to_string(g.ny) + " x " + std::to_string(g.nz);
}

// A species or a reaction chain's total (chain_figures.hpp).
const SpeciesFigures* find_species(const ResultFigures& r, const std::string& name) { return find_figures(r, name); }

const FiguresAtTime* find_time(const SpeciesFigures& s, double time) {
  for (const FiguresAtTime& at : s.at)
    if (same_time(at.time, time)) return &at;
  return nullptr;
}

std::vector<results::SpeciesLimits> all_species(const std::vector<ResultFigures>& results) {
  std::vector<results::SpeciesLimits> species;
  // The species first, then the chains' totals, each list in first-seen order.
  for (const auto list : {&ResultFigures::species, &ResultFigures::chain_totals})
    for (const ResultFigures& r : results)
      for (const SpeciesFigures& s : r.*list) {
        const bool known = std::any_of(species.begin(), species.end(),
                                       [&](const results::SpeciesLimits& l) { return l.name == s.limits.name; });
        if (!known) species.push_back(s.limits);
      }
  return species;
}

void add_notes(Comparison& c, const std::vector<ResultFigures>& results) {
  const Wording& w = c.wording;
  const std::vector<double>& base_times = results.front().times;
  const bool same_times = std::all_of(results.begin(), results.end(), [&](const ResultFigures& r) {
    return r.times.size() == base_times.size() && common_times({base_times, r.times}).size() == base_times.size();
  });
  if (same_times && base_times.empty()) {
    c.notes.push_back(w(Msg::note_no_transport));
  } else if (same_times) {
    c.notes.push_back(w(Msg::note_same_times, {w.times(c.times)}));
  } else if (c.times.empty()) {
    c.notes.push_back(w(Msg::note_no_common_time));
  } else {
    c.notes.push_back(w(Msg::note_common_times, {std::to_string(c.times.size()), w.times(c.times)}));
  }
  const bool same_start = std::all_of(results.begin(), results.end(),
                                      [&](const ResultFigures& r) { return r.start == results.front().start; });
  if (!same_start) c.notes.push_back(w(Msg::note_start_dates_differ));
  for (std::size_t i = 1; i < results.size(); ++i) {
    if (results[i].grid == results.front().grid) continue;
    c.notes.push_back(w(Msg::note_grids_differ, {c.scenarios[i].label, c.scenarios[i].grid, c.scenarios[0].grid}));
  }
  for (const results::SpeciesLimits& s : c.species)
    for (std::size_t i = 0; i < results.size(); ++i)
      if (find_species(results[i], s.name) == nullptr)
        c.notes.push_back(w(Msg::note_species_missing, {c.scenarios[i].label, w.species(s)}));
  for (const ScenarioInfo& s : c.scenarios)
    if (s.status != "complete") c.notes.push_back(w(Msg::note_incomplete, {s.label, w.status(s.status)}));
}

// The scale of every kind of figure of `species` over all results, against which round-off is told.
FigureScales scales_of(const std::vector<ResultFigures>& results, const results::SpeciesLimits& species) {
  std::vector<const FiguresAtTime*> sets;
  for (const ResultFigures& r : results)
    if (const SpeciesFigures* s = find_species(r, species.name))
      for (const FiguresAtTime& at : s->at) sets.push_back(&at);
  return FigureScales(sets, species);
}

void add_rows(Comparison& c, const std::vector<ResultFigures>& results) {
  for (const results::SpeciesLimits& species : c.species) {
    const FigureScales scales = scales_of(results, species);
    for (double t : c.times) {
      std::vector<const FiguresAtTime*> sets(results.size(), nullptr);
      std::vector<const FiguresAtTime*> present;
      for (std::size_t i = 0; i < results.size(); ++i) {
        if (const SpeciesFigures* s = find_species(results[i], species.name)) sets[i] = find_time(*s, t);
        if (sets[i]) present.push_back(sets[i]);
      }
      for (const FigureKey& key : figure_keys(present)) {
        ComparedRow row{species.name, t, key.quantity, key.subject, {}, scales.of(key.quantity)};
        for (const FiguresAtTime* set : sets)
          row.values.push_back(set ? without_noise(figure_value(*set, key.quantity, key.subject), row.scale) : kNaN);
        c.rows.push_back(std::move(row));
      }
    }
  }
}

void add_verdicts(Comparison& c, const std::vector<ResultFigures>& results) {
  for (const results::SpeciesLimits& species : c.species) {
    if (is_chain_total(species.name)) continue;  // a chain total has no limit to be judged against
    // Receptors in first-seen order over the scenarios, each judged in every scenario that has it.
    std::vector<std::pair<std::string, std::string>> receptors;  // name, kind
    for (const ResultFigures& r : results)
      if (const SpeciesFigures* s = find_species(r, species.name))
        for (const ReceptorSeries& rs : s->receptors)
          if (std::find(receptors.begin(), receptors.end(), std::make_pair(rs.name, rs.kind)) == receptors.end())
            receptors.emplace_back(rs.name, rs.kind);
    for (const ResultFigures& r : results)
      if (const SpeciesFigures* s = find_species(r, species.name))
        for (const metrics::ReceptorSummary& rec : s->recorded)
          if (std::find(receptors.begin(), receptors.end(), std::make_pair(rec.receptor, recorded_kind(rec))) ==
              receptors.end())
            receptors.emplace_back(rec.receptor, recorded_kind(rec));
    double scale = 0.0;  // the species' concentrations in any scenario
    for (const ResultFigures& r : results)
      if (const SpeciesFigures* s = find_species(r, species.name)) scale = std::max(scale, concentration_scale(*s));
    for (const auto& [name, kind] : receptors) {
      for (std::size_t i = 0; i < results.size(); ++i) {
        const SpeciesFigures* s = find_species(results[i], species.name);
        if (!s) continue;
        const double through = std::isnan(c.judged_through)
                                   ? (results[i].times.empty() ? 0.0 : results[i].times.back())
                                   : c.judged_through;
        for (const ReceptorSeries& rs : s->receptors) {
          if (rs.name != name || rs.kind != kind) continue;
          const ComplianceLimit limit = compliance_limit(s->limits);
          c.verdicts.push_back({i, species.name, name, kind, limit, judge_compliance(rs.series, limit.value, through)});
          c.verdicts.back().compliance.peak.value = without_noise(c.verdicts.back().compliance.peak.value, scale);
        }
        for (const metrics::ReceptorSummary& rec : s->recorded) {
          if (rec.receptor != name || kind != recorded_kind(rec)) continue;
          const ComplianceLimit limit = recorded_limit(s->limits);
          c.verdicts.push_back({i, species.name, name, kind, limit,
                                judge_recorded(rec.first_exceedance, rec.peak, rec.peak_time, limit.value, through)});
          c.verdicts.back().compliance.peak.value = without_noise(c.verdicts.back().compliance.peak.value, scale);
        }
      }
    }
  }
}

}  // namespace

std::vector<std::string> scenario_labels(const std::vector<ResultFigures>& results) {
  const auto count = [](const std::vector<std::string>& v, const std::string& x) {
    return std::count(v.begin(), v.end(), x);
  };
  std::vector<std::string> names;
  for (const ResultFigures& r : results) names.push_back(r.case_name.empty() ? std::string("result") : r.case_name);
  std::vector<std::string> labels = names;
  for (std::size_t i = 0; i < results.size(); ++i) {
    if (count(names, names[i]) < 2) continue;
    const std::string folder = std::filesystem::path(results[i].path).parent_path().filename().string();
    labels[i] = names[i] + " (" + (folder.empty() ? std::string(".") : folder) + ")";
  }
  const std::vector<std::string> first = labels;
  for (std::size_t i = 0; i < labels.size(); ++i)
    if (count(first, first[i]) > 1) labels[i] = first[i] + " #" + std::to_string(i + 1);
  return labels;
}

std::vector<double> common_times(const std::vector<std::vector<double>>& lists) {
  std::vector<double> common;
  if (lists.empty()) return common;
  for (double t : lists.front()) {
    const bool everywhere = std::all_of(lists.begin() + 1, lists.end(), [&](const std::vector<double>& l) {
      return std::any_of(l.begin(), l.end(), [&](double u) { return same_time(t, u); });
    });
    if (everywhere) common.push_back(t);
  }
  return common;
}

Comparison compare_results(const std::vector<ResultFigures>& results, Language language) {
  if (results.size() < 2) {
    throw std::invalid_argument("a comparison needs at least two results, got " + std::to_string(results.size()));
  }
  Comparison c;
  // Dates only when they mean the same for every result; otherwise the notes say why not.
  const bool same_start = std::all_of(results.begin(), results.end(),
                                      [&](const ResultFigures& r) { return r.start == results.front().start; });
  c.wording = {language, same_start ? results.front().start : std::nullopt};
  const std::vector<std::string> labels = scenario_labels(results);
  std::vector<std::vector<double>> time_lists;
  for (std::size_t i = 0; i < results.size(); ++i) {
    const ResultFigures& r = results[i];
    c.scenarios.push_back({labels[i], r.case_name, r.title, r.path, r.status, grid_text(r.grid), r.times});
    time_lists.push_back(r.times);
    c.differences.push_back(i == 0 ? CaseDifference{} : case_difference(results.front().case_toml, r.case_toml));
  }
  c.times = common_times(time_lists);
  c.judged_through = c.times.empty() ? kNaN : c.times.back();
  c.species = all_species(results);
  add_notes(c, results);
  add_rows(c, results);
  add_verdicts(c, results);
  c.bores = compare_bores(results, c.species, c.times);
  return c;
}

}  // namespace gwp::reporting
