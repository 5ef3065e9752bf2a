#include "postprocess/reporting/comparison_document.hpp"

#include <algorithm>
#include <cmath>

#include "postprocess/reporting/case_text.hpp"
#include "postprocess/reporting/figure_catalogue.hpp"
#include "postprocess/reporting/figure_change.hpp"
#include "postprocess/reporting/figure_table.hpp"
#include "postprocess/reporting/number_format.hpp"

namespace gwp::reporting {

namespace {

constexpr std::size_t kMostDifferenceLines = 40;  // per side; the rest is counted, not listed

results::SpeciesLimits species_of(const Comparison& c, const std::string& name) {
  for (const results::SpeciesLimits& s : c.species)
    if (s.name == name) return s;
  results::SpeciesLimits none;
  none.name = name;
  return none;
}

void add_scenarios(Document& doc, const Comparison& c) {
  const Wording& w = c.wording;
  doc.heading(2, w(Msg::scenarios_heading), "scenarios");
  DocumentTable t;
  t.header = {"#", w(Msg::col_scenario), w(Msg::col_case), w(Msg::col_file), w(Msg::col_status), w(Msg::col_grid),
              w(Msg::col_output_times)};
  t.numeric = {true, false, false, false, false, false, false};
  for (std::size_t i = 0; i < c.scenarios.size(); ++i) {
    const ScenarioInfo& s = c.scenarios[i];
    t.rows.push_back({std::to_string(i + 1), s.label + (i == 0 ? w(Msg::baseline_mark) : ""),
                      s.case_name + (s.title.empty() ? "" : " — " + s.title), s.path,
                      Cell(w.status(s.status), s.status == "complete" ? Tone::plain : Tone::bad), s.grid, w.times(s.times)});
  }
  doc.table(std::move(t));
  doc.list(c.notes);
}

std::string verdict_cell_text(const VerdictRow& v, const Wording& w) {
  const Compliance& k = v.compliance;
  if (k.samples == 0 && !k.recorded) return w(Msg::word_no_samples);
  const std::string peak = format_styled(k.peak.value, FigureStyle{});
  if (k.exceeds) return w(Msg::compare_verdict_exceeds, {w.time(k.first_exceedance), peak});
  return w(Msg::compare_verdict_at_or_below, {peak});
}

void add_verdicts(Document& doc, const Comparison& c) {
  const Wording& w = c.wording;
  doc.heading(2, w(Msg::verdict_heading), "verdict");
  if (c.verdicts.empty()) {
    doc.paragraph(w(Msg::compare_verdict_none));
    return;
  }
  doc.paragraph(std::isnan(c.judged_through) ? w(Msg::compare_verdict_intro_own)
                                             : w(Msg::compare_verdict_intro_common, {w.time(c.judged_through)}));
  DocumentTable t;
  t.header = {w(Msg::col_species), w(Msg::col_receptor), w(Msg::col_kind), w(Msg::col_limit_mg_per_l)};
  for (const ScenarioInfo& s : c.scenarios) t.header.push_back(s.label);
  t.numeric.assign(t.header.size(), false);
  t.numeric[3] = true;
  // One row per species and receptor, one column per scenario.
  for (std::size_t i = 0; i < c.verdicts.size();) {
    const VerdictRow& first = c.verdicts[i];
    const results::SpeciesLimits limits = species_of(c, first.species);
    std::vector<Cell> row{w.species(limits), first.receptor, w.receptor_kind(first.kind),
                          w.limit_name(first.limit.name) + " " + format_figure(first.limit.value)};
    row.resize(t.header.size(), Cell(w(Msg::not_in_scenario)));
    for (; i < c.verdicts.size() && c.verdicts[i].species == first.species && c.verdicts[i].receptor == first.receptor &&
           c.verdicts[i].kind == first.kind;
         ++i) {
      const VerdictRow& v = c.verdicts[i];
      const Tone tone = v.compliance.samples == 0 && !v.compliance.recorded ? Tone::plain : v.compliance.exceeds ? Tone::bad : Tone::good;
      row[4 + v.scenario] = Cell(verdict_cell_text(v, w), tone);
    }
    t.rows.push_back(std::move(row));
  }
  doc.table(std::move(t));
}

void add_figures(Document& doc, const Comparison& c) {
  const Wording& w = c.wording;
  doc.heading(2, w(Msg::figures_heading), "figures");
  if (c.rows.empty()) {
    doc.paragraph(w(Msg::figures_none));
    return;
  }
  doc.paragraph(w(Msg::figures_intro));
  for (const results::SpeciesLimits& species : c.species) {
    for (double time : c.times) {
      DocumentTable t;
      const std::string caption = w(Msg::figures_caption, {w.species(species), w.time(time)});
      t.header = {w(Msg::col_figure), w(Msg::col_units)};
      for (const ScenarioInfo& s : c.scenarios) t.header.push_back(s.label);
      t.numeric.assign(t.header.size(), true);
      t.numeric[0] = t.numeric[1] = false;
      for (const ComparedRow& row : c.rows) {
        if (row.species != species.name || !same_time(row.time, time)) continue;
        const FigureStyle style = figure_style(row.values, row.scale);
        std::vector<Cell> cells{figure_label({row.quantity, row.subject}, species, w), units_text(row.quantity, w)};
        for (std::size_t i = 0; i < row.values.size(); ++i)
          cells.emplace_back(compared_cell(row.quantity, row.values[i], row.values.front(), i == 0, style, w));
        t.rows.push_back(std::move(cells));
      }
      if (t.rows.empty()) continue;
      doc.heading(3, caption);  // the heading says what the table holds
      doc.table(std::move(t));
    }
  }
}

// What each scenario's abandoned wells carried down into each layer by the last common time.
void add_bores(Document& doc, const Comparison& c) {
  const Wording& w = c.wording;
  doc.heading(2, w(Msg::bores_heading), "abandoned-wells");
  if (c.times.empty()) {
    doc.paragraph(w(Msg::bores_compare_no_time));
    return;
  }
  const double last = c.times.back();
  std::vector<std::string> labels;
  for (const ScenarioInfo& s : c.scenarios) labels.push_back(s.label);
  bool any = false;
  for (const results::SpeciesLimits& species : c.species) {
    DocumentTable t = bore_comparison_table(c.bores, species.name, last, labels, w);
    if (t.rows.empty()) continue;
    if (!any) doc.paragraph(w(Msg::bores_compare_intro, {w.time(last)}));
    any = true;
    doc.heading(3, w(Msg::figures_caption, {w.species_label(species), w.time(last)}));
    doc.table(std::move(t));
  }
  if (!any) doc.paragraph(w(Msg::bores_compare_none));
}

std::string lines(std::size_t n, const Wording& w) {
  return w(n == 1 ? Msg::one_line : Msg::n_lines, {std::to_string(n)});
}

std::string difference_text(const CaseDifference& d, const Wording& w) {
  std::string text;
  const auto add = [&](const std::vector<std::string>& lines, char sign) {
    for (std::size_t i = 0; i < lines.size() && i < kMostDifferenceLines; ++i)
      text += sign + std::string(" ") + tidy_case_numbers(lines[i]) + "\n";
    if (lines.size() > kMostDifferenceLines)
      text += sign + std::string(" ... ") + w(Msg::more_lines, {std::to_string(lines.size() - kMostDifferenceLines)}) + "\n";
  };
  add(d.removed, '-');
  add(d.added, '+');
  return text;
}

void add_case_differences(Document& doc, const Comparison& c) {
  const Wording& w = c.wording;
  doc.heading(2, w(Msg::case_changes_heading), "case-changes");
  doc.paragraph(w(Msg::case_changes_intro));
  for (std::size_t i = 1; i < c.scenarios.size(); ++i) {
    const CaseDifference& d = c.differences[i];
    if (d.added.empty() && d.removed.empty()) {
      doc.paragraph(w(Msg::case_changes_none, {c.scenarios[i].label}));
      continue;
    }
    doc.details({w(Msg::case_changes_summary, {c.scenarios[i].label, lines(d.removed.size(), w), lines(d.added.size(), w)}),
                 difference_text(d, w), "diff"});
  }
}

}  // namespace

std::string compared_cell(const std::string& quantity, double value, double baseline, bool is_baseline,
                          const FigureStyle& style, const Wording& w) {
  const std::string text = figure_text(quantity, value, style, w);
  if (is_baseline) return text;
  const Change change = change_against(value, baseline);
  if (std::isnan(change.absolute)) return text;
  if (change.absolute == 0.0 || std::fabs(change.absolute) < style.noise_floor) return text + " (0, 0 %)";
  // A change of a time is a duration in days; a change of a figure has the figure's digits and
  // notation (in scientific rows, scientific).
  FigureStyle change_style = style;
  change_style.decimals = -1;
  const std::string absolute = quantity_info(quantity).units == "d" ? format_signed(change.absolute) + " d"
                                                                    : format_signed_styled(change.absolute, change_style);
  return text + " (" + absolute + ", " + format_percent(change.percent) + ")";
}

Document comparison_document(const Comparison& c, const std::vector<PictureRequest>& charts,
                             const std::vector<PictureOutcome>& outcomes) {
  const Wording& w = c.wording;
  Document doc;
  doc.language = w.language;
  std::vector<std::string> names;
  for (const ScenarioInfo& s : c.scenarios) names.push_back(s.label);
  doc.title = w(Msg::compare_title, {w.join(names)});
  if (w.start) doc.paragraph(w(Msg::report_dates, {to_string(*w.start)}));
  add_scenarios(doc, c);
  add_verdicts(doc, c);
  add_figures(doc, c);
  add_bores(doc, c);
  add_case_differences(doc, c);
  doc.heading(2, w(Msg::charts_heading), "charts");
  if (charts.empty()) doc.paragraph(w(Msg::charts_none));
  for (const PictureRequest& r : charts) doc.picture({r.file, r.caption, outcome_for(outcomes, r.file).missing});
  return doc;
}

}  // namespace gwp::reporting
