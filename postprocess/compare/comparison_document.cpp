#include "postprocess/compare/comparison_document.hpp"

#include <algorithm>
#include <cmath>

#include "postprocess/compare/figure_change.hpp"
#include "postprocess/report/figure_catalogue.hpp"
#include "postprocess/report/figure_table.hpp"
#include "postprocess/report/number_format.hpp"

namespace gwp::post {

namespace {

constexpr std::size_t kMostDifferenceLines = 40;  // per side; the rest is counted, not listed

void add_scenarios(Document& doc, const Comparison& c) {
  doc.heading(2, "Scenarios", "scenarios");
  Table t;
  t.header = {"#", "scenario", "case", "file", "status", "grid (columns x rows x layers)", "output times"};
  t.numeric = {true, false, false, false, false, false, false};
  for (std::size_t i = 0; i < c.scenarios.size(); ++i) {
    const ScenarioInfo& s = c.scenarios[i];
    std::string times;
    for (double time : s.times) times += (times.empty() ? "" : ", ") + format_time(time);
    t.rows.push_back({std::to_string(i + 1), s.label + (i == 0 ? " (baseline)" : ""),
                      s.case_name + (s.title.empty() ? "" : " — " + s.title), s.path,
                      Cell(s.status, s.status == "complete" ? Tone::plain : Tone::bad), s.grid, times});
  }
  doc.table(std::move(t));
  doc.list(c.notes);
}

std::string verdict_cell_text(const VerdictRow& v) {
  const Compliance& k = v.compliance;
  if (k.samples == 0 && !k.recorded) return "no samples";
  if (k.exceeds) return "exceeds from " + format_time(k.first_exceedance) + "; peak " + format_figure(k.peak.value);
  return "at or below; peak " + format_figure(k.peak.value);
}

void add_verdicts(Document& doc, const Comparison& c) {
  doc.heading(2, "Verdict at the receptors", "verdict");
  if (c.verdicts.empty()) {
    doc.paragraph("No scenario has a monitoring point or a pumping well: there is no receptor to judge.");
    return;
  }
  doc.paragraph(std::string("Does each monitoring point and pumping well stay at or below GB/T 14848-2017 class IV "
                            "(the case's own limit for a species without one) ") +
                (std::isnan(c.judged_through) ? "through each scenario's last time"
                                              : "through " + format_time(c.judged_through) +
                                                    ", the last output time all results share") +
                "? If not, from when (interpolated between the samples straddling the limit). Peaks in mg/L. "
                "Monitoring points are judged at every transport step, pumping wells at the output times "
                "(the concentration of the water pumped over the step before each). Receptors on boundaries and wells "
                "([[receptors]]) are judged on the concentration of the water the aquifer discharges through them, "
                "every step (from the run's own record, against its own limit, where a result holds no series).");
  Table t;
  t.header = {"species", "receptor", "kind", "limit (mg/L)"};
  for (const ScenarioInfo& s : c.scenarios) t.header.push_back(s.label);
  t.numeric.assign(t.header.size(), false);
  t.numeric[3] = true;
  // One row per species and receptor, one column per scenario.
  for (std::size_t i = 0; i < c.verdicts.size();) {
    const VerdictRow& first = c.verdicts[i];
    std::vector<Cell> row{first.species, first.receptor, first.kind,
                          first.limit.name + " " + format_figure(first.limit.value)};
    row.resize(t.header.size(), Cell("not in this scenario"));
    for (; i < c.verdicts.size() && c.verdicts[i].species == first.species && c.verdicts[i].receptor == first.receptor &&
           c.verdicts[i].kind == first.kind;
         ++i) {
      const VerdictRow& v = c.verdicts[i];
      const Tone tone = v.compliance.samples == 0 && !v.compliance.recorded ? Tone::plain : v.compliance.exceeds ? Tone::bad : Tone::good;
      row[4 + v.scenario] = Cell(verdict_cell_text(v), tone);
    }
    t.rows.push_back(std::move(row));
  }
  doc.table(std::move(t));
}

void add_figures(Document& doc, const Comparison& c) {
  doc.heading(2, "Figures against the baseline", "figures");
  if (c.rows.empty()) {
    doc.paragraph("No figure is compared (no output time common to all results).");
    return;
  }
  doc.paragraph("Each cell: the scenario's value (its change against the baseline, absolute and in percent of the "
                "baseline). A dash: the figure does not exist there (a species without class III, a source or point "
                "the scenario lacks, nothing above the limit). All rows, at full precision, are in compare.csv.");
  for (const SpeciesLimits& species : c.species) {
    for (double time : c.times) {
      Table t;
      t.caption = species.name + " at " + format_time(time);
      t.header = {"figure", "units"};
      for (const ScenarioInfo& s : c.scenarios) t.header.push_back(s.label);
      t.numeric.assign(t.header.size(), true);
      t.numeric[0] = t.numeric[1] = false;
      for (const ComparedRow& row : c.rows) {
        if (row.species != species.name || !same_time(row.time, time)) continue;
        std::vector<Cell> cells{figure_label({row.quantity, row.subject}, species), quantity_info(row.quantity).units};
        for (std::size_t i = 0; i < row.values.size(); ++i)
          cells.emplace_back(compared_cell(row.quantity, row.values[i], row.values.front(), i == 0));
        t.rows.push_back(std::move(cells));
      }
      if (t.rows.empty()) continue;
      doc.heading(3, t.caption);
      t.caption.clear();  // the heading says it
      doc.table(std::move(t));
    }
  }
}

std::string lines(std::size_t n) { return std::to_string(n) + (n == 1 ? " line" : " lines"); }

std::string difference_text(const CaseDifference& d) {
  std::string text;
  const auto add = [&](const std::vector<std::string>& lines, char sign) {
    for (std::size_t i = 0; i < lines.size() && i < kMostDifferenceLines; ++i) text += sign + std::string(" ") + lines[i] + "\n";
    if (lines.size() > kMostDifferenceLines)
      text += sign + std::string(" ... ") + std::to_string(lines.size() - kMostDifferenceLines) + " more lines\n";
  };
  add(d.removed, '-');
  add(d.added, '+');
  return text;
}

void add_case_differences(Document& doc, const Comparison& c) {
  doc.heading(2, "What each scenario changes in the case", "case-changes");
  doc.paragraph("Lines of the case text as run (after --set overrides) that differ from the baseline's: '-' only in "
                "the baseline, '+' only in the scenario.");
  for (std::size_t i = 1; i < c.scenarios.size(); ++i) {
    const CaseDifference& d = c.differences[i];
    if (d.added.empty() && d.removed.empty()) {
      doc.paragraph(c.scenarios[i].label + ": the same case text as the baseline.");
      continue;
    }
    doc.details({c.scenarios[i].label + ": " + lines(d.removed.size()) + " only in the baseline, " +
                     lines(d.added.size()) + " only in this scenario",
                 difference_text(d), "diff"});
  }
}

}  // namespace

std::string compared_cell(const std::string& quantity, double value, double baseline, bool is_baseline) {
  const std::string text = figure_text(quantity, value);
  if (is_baseline) return text;
  const Change change = change_against(value, baseline);
  if (std::isnan(change.absolute)) return text;
  const std::string absolute = quantity == "point_first_exceedance" ? format_signed(change.absolute) + " d"
                                                                     : format_signed(change.absolute);
  return text + " (" + absolute + ", " + format_percent(change.percent) + ")";
}

Document comparison_document(const Comparison& c, const std::vector<PictureRequest>& charts,
                             const std::vector<PictureOutcome>& outcomes) {
  Document doc;
  std::string names;
  for (const ScenarioInfo& s : c.scenarios) names += (names.empty() ? "" : ", ") + s.label;
  doc.title = "gwplume comparison: " + names;
  add_scenarios(doc, c);
  add_verdicts(doc, c);
  add_figures(doc, c);
  add_case_differences(doc, c);
  doc.heading(2, "Charts", "charts");
  if (charts.empty()) doc.paragraph("No figure has values to draw.");
  for (const PictureRequest& r : charts) doc.picture({r.file, r.caption, outcome_for(outcomes, r.file).missing});
  return doc;
}

}  // namespace gwp::post
