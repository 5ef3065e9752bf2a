// The result sections of the report: budgets, plume metrics, pictures and verification status.
#include "postprocess/report/figure_catalogue.hpp"
#include "postprocess/report/figure_table.hpp"
#include "postprocess/report/number_format.hpp"
#include "postprocess/report/report_sections.hpp"

namespace gwp::post {

namespace {

Table flow_budget_table(const FlowBudgetSummary& flow) {
  Table t;
  t.header = {"term", "kind", "in (m3/d)", "out (m3/d)", "net in (m3/d)"};
  t.numeric = {false, false, true, true, true};
  for (const FlowBudgetRow& row : flow.rows) {
    t.rows.push_back({row.term, row.kind, format_figure(row.inflow, 6), format_figure(row.outflow, 6),
                      format_figure(row.inflow - row.outflow, 6)});
  }
  t.rows.push_back({"total", "", format_figure(flow.total_in, 6), format_figure(flow.total_out, 6),
                    format_figure(flow.total_in - flow.total_out, 6)});
  return t;
}

Table mass_budget_table(const MassBudgetSummary& mass) {
  Table t;
  t.header = {"term", "in (g)", "out (g)", "net in (g)"};
  t.numeric = {false, true, true, true};
  for (const MassBudgetEntry& row : mass.rows) {
    t.rows.push_back({row.term, format_figure(row.mass_in, 6), format_figure(row.mass_out, 6),
                      format_figure(row.mass_in - row.mass_out, 6)});
  }
  t.rows.push_back({"total", format_figure(mass.total_in, 6), format_figure(mass.total_out, 6),
                    format_figure(mass.total_in - mass.total_out, 6)});
  return t;
}

}  // namespace

void add_budget_sections(Document& doc, const ReportInput& input) {
  doc.heading(2, "Budgets", "budgets");
  const FlowBudgetSummary& flow = input.flow;
  if (flow.rows.empty()) {
    doc.paragraph("The result holds no flow budget.");
  } else {
    doc.heading(3, "Flow budget at " + format_time(flow.time));
    Table t = flow_budget_table(flow);
    t.caption = "Water entering and leaving the aquifer through each term (storage: released from / taken into storage)";
    doc.table(std::move(t));
    doc.paragraph("Discrepancy 100 (in - out) / ((in + out) / 2): " + format_figure(flow.discrepancy_percent, 3) +
                  " %.");
  }
  for (const MassBudgetSummary& mass : input.mass) {
    doc.heading(3, "Mass budget of " + mass.species + ", cumulative to " + format_time(mass.time));
    if (mass.rows.empty()) {
      doc.paragraph("The result holds no mass budget for " + mass.species + ".");
      continue;
    }
    Table t = mass_budget_table(mass);
    t.caption = "Mass since the start through each term (storage: mass now held in the dissolved or sorbed phase)";
    doc.table(std::move(t));
    doc.paragraph("Discrepancy of the cumulative budget: " + format_figure(mass.discrepancy_percent, 3) +
                  " %. Dissolved mass in the model: " + format_figure(mass.dissolved_mass, 6) +
                  " g; sorbed: " + format_figure(mass.sorbed_mass, 6) + " g.");
  }
}

void add_metrics_section(Document& doc, const ReportInput& input) {
  doc.heading(2, "Plume metrics", "metrics");
  doc.paragraph("Per output time. A column counts in an area when any active cell in it is strictly above the limit; "
                "volumes are aquifer volumes of such cells. Distances are measured in plan from a source's outline "
                "(0 inside it) to the farthest column above the limit. Peaks and first exceedances at monitoring "
                "points use every transport step up to that time. Mass fluxes are over the step before the output "
                "time (g/d); cumulative masses come from the mass budget. Pumped mass removed is a pumping well's "
                "cumulative mass out less any mass it injected.");
  for (const SpeciesFigures& s : input.figures.species) {
    doc.heading(3, s.limits.name);
    std::vector<const FiguresAtTime*> sets;
    for (const FiguresAtTime& at : s.at) sets.push_back(&at);
    Table t;
    t.header = {"figure", "units"};
    for (const FiguresAtTime& at : s.at) t.header.push_back(format_time(at.time));
    t.numeric.assign(t.header.size(), true);
    t.numeric[0] = t.numeric[1] = false;
    for (const FigureKey& key : figure_keys(sets)) {
      std::vector<Cell> row{figure_label(key, s.limits), quantity_info(key.quantity).units};
      for (const FiguresAtTime& at : s.at) row.emplace_back(figure_text(key.quantity, figure_value(at, key.quantity, key.subject)));
      t.rows.push_back(std::move(row));
    }
    if (t.rows.empty()) {
      doc.paragraph("No metrics are recorded for " + s.limits.name + ".");
      continue;
    }
    t.caption = s.limits.name + " at each output time";
    doc.table(std::move(t));
  }
}

void add_picture_sections(Document& doc, const ReportInput& input, const std::vector<PictureOutcome>& pictures) {
  const std::vector<PictureRequest> requests = report_pictures(input);
  doc.heading(2, "Maps", "maps");
  bool any_map = false;
  for (const PictureRequest& r : requests) {
    if (!std::holds_alternative<PlanMapRequest>(r.what)) continue;
    any_map = true;
    doc.picture({r.file, r.caption, outcome_for(pictures, r.file).missing});
  }
  if (!any_map) doc.paragraph("No species is above its limit at any output time, so there is no map to show.");
  doc.heading(2, "Breakthrough curves", "breakthrough");
  bool any_curve = false;
  for (const PictureRequest& r : requests) {
    if (!std::holds_alternative<BreakthroughRequest>(r.what)) continue;
    any_curve = true;
    doc.picture({r.file, r.caption, outcome_for(pictures, r.file).missing});
  }
  if (!any_curve) doc.paragraph("The result has no monitoring series.");
}

void add_verification_section(Document& doc, const ReportInput& input) {
  doc.heading(2, "Verification status of the program", "verification");
  const VerificationStatus& v = input.verification;
  if (v.source.empty()) {
    std::string where;
    for (const std::string& c : input.verification_candidates) where += (where.empty() ? "" : ", ") + c;
    doc.paragraph("Unknown: the verification document (docs/verification.md) was not found" +
                  (where.empty() ? std::string(".") : " (looked for " + where + ").") +
                  " Set GWPLUME_SOURCE_DIR to the source tree to include it.");
    return;
  }
  doc.paragraph("As recorded in " + v.source + " (not re-run for this report).");
  if (v.sections.empty()) {
    doc.paragraph("That document holds no table of verification results.");
    return;
  }
  for (const VerificationSection& section : v.sections) {
    Table t;
    t.caption = section.heading;
    t.header = {"id", "problem", "measured", "tolerance", "test"};
    for (const VerificationRow& row : section.rows)
      t.rows.push_back({row.id, row.problem, row.measured, row.tolerance,
                        row.state.empty() ? std::string(kMissing) : row.state});
    doc.table(std::move(t));
  }
}

}  // namespace gwp::post
