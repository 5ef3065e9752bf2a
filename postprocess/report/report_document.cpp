#include "postprocess/report/report_document.hpp"

#include "postprocess/report/number_format.hpp"
#include "postprocess/report/point_compliance.hpp"
#include "postprocess/report/report_sections.hpp"

namespace gwp::post {

namespace {

std::string limit_text(double value, const std::string& units) {
  return value >= 0.0 ? format_figure(value) + " " + units : std::string(kMissing);
}

std::string times_text(const std::vector<double>& times) {
  std::string text;
  for (double t : times) text += (text.empty() ? "" : ", ") + format_time(t);
  return text.empty() ? std::string(kMissing) : text;
}

}  // namespace

void add_verdict_section(Document& doc, const ReportInput& input) {
  doc.heading(2, "Verdict at the receptors", "verdict");
  Table t;
  t.header = {"species", "receptor", "kind", "limit", "verdict", "first exceedance", "peak (mg/L)", "peak at"};
  t.numeric = {false, false, false, true, false, true, true, true};
  for (const SpeciesFigures& s : input.figures.species) {
    const ComplianceLimit limit = compliance_limit(s.limits);
    const double through = input.figures.times.empty() ? 0.0 : input.figures.times.back();
    const auto add = [&](const std::string& name, const std::string& kind, const ComplianceLimit& used,
                         const Compliance& c) {
      t.rows.push_back({s.limits.name, name, kind, used.name + " " + limit_text(used.value, s.limits.units),
                        c.samples == 0 && !c.recorded ? Cell("no samples")
                        : c.exceeds                   ? Cell("exceeds", Tone::bad)
                                                      : Cell("at or below", Tone::good),
                        c.exceeds ? format_time(c.first_exceedance) : std::string(kMissing),
                        format_figure(c.peak.value), format_time(c.peak.time)});
    };
    for (const ReceptorSeries& r : s.receptors) add(r.name, r.kind, limit, judge_compliance(r.series, limit.value, through));
    const ComplianceLimit run_limit = recorded_limit(s.limits);
    for (const ReceptorSummary& r : s.recorded)
      add(r.receptor, kBoundaryReceptor, run_limit,
          judge_recorded(r.first_exceedance, r.peak, r.peak_time, run_limit.value, through));
  }
  if (t.rows.empty()) {
    doc.paragraph("The result has no monitoring points and no pumping wells: there is no receptor to judge.");
    return;
  }
  const double through = input.figures.times.empty() ? 0.0 : input.figures.times.back();
  doc.paragraph("Does each monitoring point (every transport step) and each pumping well (the concentration of the "
                "water it pumped over the step before each output time) stay at or below GB/T 14848-2017 class IV "
                "(the case's own limit for a species without one) through " + format_time(through) +
                "? A sample exceeds when strictly above the limit; the first exceedance is interpolated linearly "
                "between the samples that straddle it. Receptors on boundaries and wells ([[receptors]]) are judged "
                "on the concentration of the water the aquifer discharges through them, every transport step (from "
                "the run's own record, against its own limit, where the result holds no series).");
  doc.table(std::move(t));
}

void add_case_section(Document& doc, const ReportInput& input) {
  const CaseSummary& c = input.summary;
  doc.heading(2, "Case", "case");
  Table t;
  t.header = {"item", "value"};
  t.rows = {
      {"case", c.case_name + (c.title.empty() ? "" : " — " + c.title)},
      {"grid", std::to_string(c.nx) + " columns × " + std::to_string(c.ny) + " rows × " + std::to_string(c.nz) +
                   " layers = " + std::to_string(c.cells) + " cells (" + std::to_string(c.active_cells) + " active)"},
      {"cell widths", "dx " + range_text(c.dx) + " m, dy " + range_text(c.dy) + " m"},
      {"extent", format_figure(c.extent_x) + " m east × " + format_figure(c.extent_y) + " m north"},
      {"origin (south-west corner)", format_figure(c.origin_x, 8) + ", " + format_figure(c.origin_y, 8) +
                                         " m; rotation " + format_figure(c.rotation) + "°"},
      {"coordinate system", c.crs.empty() ? std::string("not given") : c.crs},
      {"output times", times_text(c.output_times)},
  };
  for (const SpeciesFigures& s : input.figures.species) {
    t.rows.push_back({"species " + s.limits.name, "limit " + limit_text(s.limits.limit, s.limits.units) +
                                                      "; GB/T 14848 class III " +
                                                      limit_text(s.limits.class_iii, s.limits.units) + ", class IV " +
                                                      limit_text(s.limits.class_iv, s.limits.units)});
  }
  doc.table(std::move(t));

  doc.heading(3, "Layers");
  Table layers;
  layers.header = {"layer", "name", "active cells", "top (m)", "bottom (m)", "thickness (m)"};
  if (!c.layers.empty()) {
    for (const ValueRange& p : c.layers.front().properties)
      layers.header.push_back(p.name + (p.units.empty() || p.units == "1" ? "" : " (" + p.units + ")"));
  }
  layers.numeric.assign(layers.header.size(), true);
  layers.numeric[1] = false;
  for (std::size_t k = 0; k < c.layers.size(); ++k) {
    const LayerSummary& l = c.layers[k];
    std::vector<Cell> row{std::to_string(k + 1), l.name, std::to_string(l.active_cells), range_text(l.top),
                          range_text(l.bottom), range_text(l.thickness)};
    for (const ValueRange& p : l.properties) row.emplace_back(range_text(p));
    row.resize(layers.header.size());
    layers.rows.push_back(std::move(row));
  }
  layers.caption = "Each layer's range over its active cells (one value where it is uniform)";
  doc.table(std::move(layers));
}

void add_sources_section(Document& doc, const ReportInput& input) {
  doc.heading(2, "Sources and wells", "sources");
  const SiteSummary& site = input.site;
  if (site.landfills.empty()) {
    doc.paragraph("No landfill is recorded in the result.");
  } else {
    Table t;
    t.header = {"landfill", "area (m2)", "leakage (m3/d)", "leakage (mm/yr)"};
    for (const auto& [species, value] : site.landfills.front().leachate) {
      t.header.push_back(species + " leachate (mg/L)");
      t.header.push_back(species + " mass in (g)");
    }
    t.numeric.assign(t.header.size(), true);
    t.numeric[0] = false;
    for (const LandfillSummary& l : site.landfills) {
      std::vector<Cell> row{l.name, format_figure(l.area), format_figure(l.leakage), format_figure(l.leakage_rate)};
      for (std::size_t s = 0; s < l.leachate.size(); ++s) {
        row.emplace_back(format_figure(l.leachate[s].second));
        row.emplace_back(s < l.mass_in.size() ? format_figure(l.mass_in[s].second) : std::string(kMissing));
      }
      row.resize(t.header.size());
      t.rows.push_back(std::move(row));
    }
    t.caption = "Landfills, from the result's features and budgets";
    doc.table(std::move(t));
    doc.paragraph("Leakage is the landfill's inflow in the flow budget at the last stored flow time, spread over its "
                  "outline. The leachate concentration is the mass the landfill brought in over the last step before "
                  "the last output time divided by that leakage; the mass in is cumulative since the start. The case "
                  "text below gives the values as specified.");
  }
  if (site.wells.empty()) return;
  Table w;
  w.header = {"name", "kind", "x (m)", "y (m)", "top (m)", "bottom (m)", "state", "plugged at", "last flow (m3/d)",
              "at"};
  w.numeric = {false, false, true, true, true, true, false, true, true, true};
  for (const WellSummary& s : site.wells) {
    const FeatureWell& f = s.feature;
    w.rows.push_back({f.name, f.kind, format_figure(f.x, 8), format_figure(f.y, 8), format_figure(f.top),
                      format_figure(f.bottom), f.state.empty() ? std::string(kMissing) : f.state,
                      f.plugged_at >= 0.0 ? format_time(f.plugged_at) : std::string(kMissing),
                      format_figure(s.last_flow), format_time(s.last_time)});
  }
  w.caption = "Wells, abandoned wells and monitoring points (top and bottom: screen, open bore or sampling depth)";
  doc.table(std::move(w));
  doc.paragraph("Flow: pumping wells' rate (negative extracts); abandoned wells' flow down the bore (negative: upward).");
}

Document report_document(const ReportInput& input, const std::vector<PictureOutcome>& pictures) {
  Document doc;
  const CaseSummary& c = input.summary;
  doc.title = "gwplume report: " + (c.case_name.empty() ? input.result_path : c.case_name);
  doc.paragraph("Result file " + input.result_path + ", written by gwplume " +
                (c.program_version.empty() ? std::string("(version not recorded)") : c.program_version) +
                (c.created.empty() ? "" : " on " + c.created) + "; status " + c.status + ".");
  if (c.status != "complete") {
    doc.paragraph("Warning: this run did not complete (status " + c.status +
                  (c.failure.empty() ? "" : ": " + c.failure) + "). Every figure stops at its last stored time.");
  }
  add_verdict_section(doc, input);
  add_case_section(doc, input);
  add_sources_section(doc, input);
  add_budget_sections(doc, input);
  add_metrics_section(doc, input);
  add_picture_sections(doc, input, pictures);
  add_verification_section(doc, input);
  doc.heading(2, "Case file as run", "case-text");
  doc.details({"The case text after extends and --set overrides (" + std::to_string(input.case_toml.size()) + " characters)",
               input.case_toml.empty() ? std::string("(the result does not hold its case text)") : input.case_toml,
               "toml"});
  return doc;
}

}  // namespace gwp::post
