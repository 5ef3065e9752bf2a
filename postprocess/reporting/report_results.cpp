// The result sections of the report: budgets, plume metrics, pictures and verification status.
#include <algorithm>
#include <cmath>

#include "postprocess/reporting/figure_catalogue.hpp"
#include "postprocess/reporting/figure_table.hpp"
#include "postprocess/reporting/number_format.hpp"
#include "postprocess/reporting/report_sections.hpp"

namespace gwp::reporting {

namespace {

constexpr int kBudgetDigits = 6;  // budgets: enough digits to see in and out agree

// One style for every number of a budget table (the same decimals down each column), its noise
// floor set by the largest flow in or out: terms that close to round-off show as 0.
FigureStyle budget_style(const std::vector<double>& values) {
  double scale = 0.0;
  for (double v : values)
    if (!is_missing(v)) scale = std::max(scale, std::fabs(v));
  return aligned_style(values, scale, kBudgetDigits);
}

DocumentTable flow_budget_table(const FlowBudgetSummary& flow, const Wording& w) {
  DocumentTable t;
  t.header = {w(Msg::col_term), w(Msg::col_kind), w(Msg::col_in_m3_per_d), w(Msg::col_out_m3_per_d),
              w(Msg::col_net_in_m3_per_d)};
  t.numeric = {false, false, true, true, true};
  std::vector<double> all{flow.total_in, flow.total_out};
  for (const results::FlowBudgetRow& row : flow.rows) all.insert(all.end(), {row.inflow, row.outflow});
  const FigureStyle style = budget_style(all);
  // Net flows are differences: noise relative to the flows, not to themselves.
  const auto net = [&](double in, double out) { return format_styled(in - out, style); };
  for (const results::FlowBudgetRow& row : flow.rows) {
    t.rows.push_back({w.budget_term(row.term), w.budget_kind(row.kind), format_styled(row.inflow, style),
                      format_styled(row.outflow, style), net(row.inflow, row.outflow)});
  }
  t.rows.push_back({w(Msg::total), "", format_styled(flow.total_in, style), format_styled(flow.total_out, style),
                    net(flow.total_in, flow.total_out)});
  return t;
}

DocumentTable mass_budget_table(const MassBudgetSummary& mass, const Wording& w) {
  DocumentTable t;
  t.header = {w(Msg::col_term), w(Msg::col_in_g), w(Msg::col_out_g), w(Msg::col_net_in_g)};
  t.numeric = {false, true, true, true};
  std::vector<double> all{mass.total_in, mass.total_out};
  for (const MassBudgetEntry& row : mass.rows) all.insert(all.end(), {row.mass_in, row.mass_out});
  const FigureStyle style = budget_style(all);
  for (const MassBudgetEntry& row : mass.rows) {
    t.rows.push_back({w.budget_term(row.term), format_styled(row.mass_in, style), format_styled(row.mass_out, style),
                      format_styled(row.mass_in - row.mass_out, style)});
  }
  t.rows.push_back({w(Msg::total), format_styled(mass.total_in, style), format_styled(mass.total_out, style),
                    format_styled(mass.total_in - mass.total_out, style)});
  return t;
}

}  // namespace

void add_budget_sections(Document& doc, const ReportInput& input, const Wording& w) {
  doc.heading(2, w(Msg::budgets_heading), "budgets");
  const FlowBudgetSummary& flow = input.flow;
  if (flow.rows.empty()) {
    doc.paragraph(w(Msg::flow_budget_none));
  } else {
    doc.heading(3, w(Msg::flow_budget_heading, {w.time(flow.time)}));
    DocumentTable t = flow_budget_table(flow, w);
    t.caption = w(Msg::flow_budget_caption);
    doc.table(std::move(t));
    doc.paragraph(w(Msg::flow_budget_discrepancy, {format_figure(flow.discrepancy_percent, 3)}));
  }
  for (const MassBudgetSummary& mass : input.mass) {
    const std::string species = w.species(species_limits(input.figures, mass.species));
    doc.heading(3, w(Msg::mass_budget_heading, {species, w.time(mass.time)}));
    if (mass.rows.empty()) {
      doc.paragraph(w(Msg::mass_budget_none, {species}));
      continue;
    }
    DocumentTable t = mass_budget_table(mass, w);
    t.caption = w(Msg::mass_budget_caption);
    doc.table(std::move(t));
    const FigureStyle style = figure_style({mass.dissolved_mass, mass.sorbed_mass}, mass.total_in, kBudgetDigits);
    doc.paragraph(w(Msg::mass_budget_discrepancy, {format_figure(mass.discrepancy_percent, 3),
                                                   format_styled(mass.dissolved_mass, style),
                                                   format_styled(mass.sorbed_mass, style)}));
  }
}

void add_metrics_section(Document& doc, const ReportInput& input, const Wording& w) {
  doc.heading(2, w(Msg::metrics_heading), "metrics");
  doc.paragraph(w(Msg::metrics_intro));
  for (const SpeciesFigures& s : input.figures.species) {
    const std::string species = w.species(s.limits);
    doc.heading(3, species);
    std::vector<const FiguresAtTime*> sets;
    for (const FiguresAtTime& at : s.at) sets.push_back(&at);
    DocumentTable t;
    t.header = {w(Msg::col_figure), w(Msg::col_units)};
    for (const FiguresAtTime& at : s.at) t.header.push_back(w.time(at.time));
    t.numeric.assign(t.header.size(), true);
    t.numeric[0] = t.numeric[1] = false;
    const FigureScales scales(sets, s.limits);
    for (const FigureKey& key : figure_keys(sets)) {
      // Figures of the whole run, not of each time: the natural attenuation section shows them.
      if (key.quantity == "mass_sen_slope" || key.quantity == "plume_below_limit_from") continue;
      std::vector<double> values;
      for (const FiguresAtTime& at : s.at) values.push_back(figure_value(at, key.quantity, key.subject));
      const FigureStyle style = figure_style(values, scales.of(key.quantity));
      std::vector<Cell> row{figure_label(key, s.limits, w), units_text(key.quantity, w)};
      for (double v : values) row.emplace_back(figure_text(key.quantity, v, style, w));
      t.rows.push_back(std::move(row));
    }
    if (t.rows.empty()) {
      doc.paragraph(w(Msg::metrics_none, {species}));
      continue;
    }
    t.caption = w(Msg::metrics_caption, {species});
    doc.table(std::move(t));
  }
}

void add_picture_sections(Document& doc, const ReportInput& input, const std::vector<PictureOutcome>& pictures,
                          const Wording& w) {
  const std::vector<PictureRequest> requests = report_pictures(input, w.language);
  doc.heading(2, w(Msg::maps_heading), "maps");
  bool any_map = false;
  for (const PictureRequest& r : requests) {
    if (!std::holds_alternative<PlanMapRequest>(r.what)) continue;
    any_map = true;
    doc.picture({r.file, r.caption, outcome_for(pictures, r.file).missing});
  }
  if (!any_map) doc.paragraph(w(Msg::maps_none));
  doc.heading(2, w(Msg::breakthrough_heading), "breakthrough");
  bool any_curve = false;
  for (const PictureRequest& r : requests) {
    // The observations' charts have a section of their own.
    if (!std::holds_alternative<ChartRequest>(r.what) || !r.file.starts_with("breakthrough_")) continue;
    any_curve = true;
    doc.picture({r.file, r.caption, outcome_for(pictures, r.file).missing});
  }
  if (!any_curve) doc.paragraph(w(Msg::breakthrough_none));
}

void add_verification_section(Document& doc, const ReportInput& input, const Wording& w) {
  doc.heading(2, w(Msg::verification_heading), "verification");
  const VerificationStatus& v = input.verification;
  if (v.source.empty()) {
    doc.paragraph(input.verification_candidates.empty()
                      ? w(Msg::verification_unknown)
                      : w(Msg::verification_unknown_looked, {w.join(input.verification_candidates)}));
    return;
  }
  doc.paragraph(w(Msg::verification_source, {v.source}));
  if (v.sections.empty()) {
    doc.paragraph(w(Msg::verification_no_tables));
    return;
  }
  for (const VerificationSection& section : v.sections) {
    DocumentTable t;
    t.caption = section.heading;
    t.header = {w(Msg::col_id), w(Msg::col_problem), w(Msg::col_measured), w(Msg::col_tolerance), w(Msg::col_test)};
    for (const VerificationRow& row : section.rows)
      t.rows.push_back({row.id, row.problem, row.measured, row.tolerance,
                        row.state.empty() ? std::string(kMissing) : row.state});
    doc.table(std::move(t));
  }
}

}  // namespace gwp::reporting
