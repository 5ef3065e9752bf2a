#include "postprocess/reporting/report_document.hpp"

#include <algorithm>

#include "postprocess/reporting/attenuation_section.hpp"
#include "postprocess/reporting/control_plane_section.hpp"
#include "postprocess/reporting/case_text.hpp"
#include "postprocess/reporting/figure_table.hpp"

#include "postprocess/reporting/number_format.hpp"
#include "postprocess/reporting/point_compliance.hpp"
#include "postprocess/reporting/report_sections.hpp"

namespace gwp::reporting {

namespace {

std::string count_text(long n) { return std::to_string(n); }

// Peaks of one species, 4 significant digits; values below the noise floor of the species'
// concentrations (its limit or its plume peak) are round-off.
FigureStyle peak_style(const SpeciesFigures& s) { return figure_style({}, concentration_scale(s)); }

}  // namespace

std::string metrics_layers_text(const CaseSummary& c, const Wording& w) {
  if (c.metrics_layers.empty()) return w(Msg::metrics_layers_all);
  std::vector<std::string> excluded;
  for (const LayerSummary& layer : c.layers) {
    const std::string name = case_layer_name(layer.name);
    const bool counted = std::find(c.metrics_layers.begin(), c.metrics_layers.end(), name) != c.metrics_layers.end();
    if (!counted && std::find(excluded.begin(), excluded.end(), name) == excluded.end()) excluded.push_back(name);
  }
  if (excluded.empty()) return w(Msg::metrics_layers_listed, {w.join(c.metrics_layers)});
  return w(Msg::metrics_layers_some, {w.join(c.metrics_layers), w.join(excluded)});
}

void add_verdict_section(Document& doc, const ReportInput& input, const Wording& w) {
  doc.heading(2, w(Msg::verdict_heading), "verdict");
  DocumentTable t;
  t.header = {w(Msg::col_species), w(Msg::col_receptor), w(Msg::col_kind),         w(Msg::col_limit),
              w(Msg::col_verdict), w(Msg::col_first_exceedance), w(Msg::col_peak_mg_per_l), w(Msg::col_peak_at)};
  t.numeric = {false, false, false, true, false, true, true, true};
  const double through = input.figures.times.empty() ? 0.0 : input.figures.times.back();
  for (const SpeciesFigures& s : input.figures.species) {
    const ComplianceLimit limit = compliance_limit(s.limits);
    FigureStyle style = peak_style(s);
    style.notation = Notation::per_value;
    const auto add = [&](const std::string& name, const std::string& kind, const ComplianceLimit& used,
                         const Compliance& c) {
      const Tone tone = c.samples == 0 && !c.recorded ? Tone::plain : c.exceeds ? Tone::bad : Tone::good;
      t.rows.push_back({w.species(s.limits), name, w.receptor_kind(kind), w.limit(used.name, used.value, s.limits.units),
                        Cell(w.verdict_word(c), tone), c.exceeds ? w.time(c.first_exceedance) : std::string(kMissing),
                        format_styled(c.peak.value, style), w.time(c.peak.time)});
    };
    for (const ReceptorSeries& r : s.receptors) add(r.name, r.kind, limit, judge_compliance(r.series, limit.value, through));
    const ComplianceLimit run_limit = recorded_limit(s.limits);
    for (const metrics::ReceptorSummary& r : s.recorded)
      add(r.receptor, recorded_kind(r), run_limit,
          judge_recorded(r.first_exceedance, r.peak, r.peak_time, run_limit.value, through));
  }
  if (t.rows.empty()) {
    doc.paragraph(w(Msg::verdict_none));
    return;
  }
  doc.paragraph(w(Msg::verdict_intro, {w.time(through)}));
  doc.table(std::move(t));
}

void add_case_section(Document& doc, const ReportInput& input, const Wording& w) {
  const CaseSummary& c = input.summary;
  doc.heading(2, w(Msg::case_heading), "case");
  DocumentTable t;
  t.header = {w(Msg::col_item), w(Msg::col_value)};
  t.rows = {
      {w(Msg::case_row_case), c.case_name + (c.title.empty() ? "" : " — " + c.title)},
      {w(Msg::case_row_grid), w(Msg::case_grid_value, {std::to_string(c.nx), std::to_string(c.ny), std::to_string(c.nz),
                                                        count_text(c.cells), count_text(c.active_cells)})},
      {w(Msg::case_row_cell_widths), w(Msg::case_cell_widths_value, {range_text(c.dx), range_text(c.dy)})},
      {w(Msg::case_row_extent), w(Msg::case_extent_value, {format_figure(c.extent_x), format_figure(c.extent_y)})},
      {w(Msg::case_row_origin), w(Msg::case_origin_value, {format_figure(c.origin_x, 8), format_figure(c.origin_y, 8),
                                                            format_figure(c.rotation)})},
      {w(Msg::case_row_crs), c.crs.empty() ? w(Msg::not_given) : c.crs},
      {w(Msg::case_row_start), w.start ? to_string(*w.start) : w(Msg::case_start_not_given)},
      {w(Msg::case_row_output_times), w.times(c.output_times)},
  };
  for (const SpeciesFigures& s : input.figures.species) {
    const results::SpeciesLimits& l = s.limits;
    t.rows.push_back({w(Msg::case_row_species, {w.species(l)}),
                      w(Msg::case_species_value, {format_limit(l.limit, l.units), format_limit(l.class_iii, l.units),
                                                   format_limit(l.class_iv, l.units)})});
  }
  doc.table(std::move(t));
  doc.paragraph(metrics_layers_text(c, w));

  doc.heading(3, w(Msg::layers_heading));
  DocumentTable layers;
  layers.header = {w(Msg::col_layer), w(Msg::col_name), w(Msg::col_active_cells), w(Msg::col_top_m),
                   w(Msg::col_bottom_m), w(Msg::col_thickness_m)};
  if (!c.layers.empty()) {
    for (const ValueRange& p : c.layers.front().properties)
      layers.header.push_back(p.name + (p.units.empty() || p.units == "1" ? "" : " (" + p.units + ")"));
  }
  layers.numeric.assign(layers.header.size(), true);
  layers.numeric[1] = false;
  for (std::size_t k = 0; k < c.layers.size(); ++k) {
    const LayerSummary& l = c.layers[k];
    std::vector<Cell> row{std::to_string(k + 1), l.name, count_text(l.active_cells), range_text(l.top),
                          range_text(l.bottom), range_text(l.thickness)};
    for (const ValueRange& p : l.properties) row.emplace_back(range_text(p));
    row.resize(layers.header.size());
    layers.rows.push_back(std::move(row));
  }
  layers.caption = w(Msg::layers_caption);
  doc.table(std::move(layers));
}

void add_sources_section(Document& doc, const ReportInput& input, const Wording& w) {
  doc.heading(2, w(Msg::sources_heading), "sources");
  const SiteSummary& site = input.site;
  if (site.landfills.empty()) {
    doc.paragraph(w(Msg::sources_no_landfill));
  } else {
    DocumentTable t;
    t.header = {w(Msg::col_landfill), w(Msg::col_area_m2), w(Msg::col_leakage_m3_per_d), w(Msg::col_leakage_mm_per_yr)};
    for (const auto& [species, value] : site.landfills.front().leachate) {
      const std::string name = w.species(species_limits(input.figures, species));
      t.header.push_back(w(Msg::col_leachate, {name}));
      t.header.push_back(w(Msg::col_mass_in, {name}));
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
    t.caption = w(Msg::landfills_caption);
    doc.table(std::move(t));
    doc.paragraph(w(Msg::landfills_note));
  }
  if (site.wells.empty()) return;
  DocumentTable t;
  t.header = {w(Msg::col_name),  w(Msg::col_kind),       w(Msg::col_x_m),          w(Msg::col_y_m),
              w(Msg::col_top_m), w(Msg::col_bottom_m),   w(Msg::col_state),        w(Msg::col_plugged_at),
              w(Msg::col_last_flow_m3_per_d), w(Msg::col_at)};
  t.numeric = {false, false, true, true, true, true, false, true, true, true};
  for (const WellSummary& s : site.wells) {
    const results::FeatureWell& f = s.feature;
    t.rows.push_back({f.name, w.feature_kind(f.kind), format_figure(f.x, 8), format_figure(f.y, 8), format_figure(f.top),
                      format_figure(f.bottom), w.well_state(f.state),
                      f.plugged_at >= 0.0 ? w.time(f.plugged_at) : std::string(kMissing), format_figure(s.last_flow),
                      w.time(s.last_time)});
  }
  t.caption = w(Msg::wells_caption);
  doc.table(std::move(t));
  doc.paragraph(w(Msg::wells_note));
}

Document report_document(const ReportInput& input, const std::vector<PictureOutcome>& pictures, Language language) {
  const Wording w{language, input.figures.start};
  Document doc;
  doc.language = language;
  const CaseSummary& c = input.summary;
  doc.title = w(Msg::report_title, {c.case_name.empty() ? input.result_path : c.case_name});
  doc.paragraph(w(Msg::report_intro, {input.result_path,
                                      c.program_version.empty() ? w(Msg::version_not_recorded) : c.program_version,
                                      c.created.empty() ? std::string(kMissing) : c.created, w.status(c.status)}));
  if (w.start) doc.paragraph(w(Msg::report_dates, {to_string(*w.start)}));
  if (c.status != "complete") {
    doc.paragraph(w(Msg::report_incomplete, {w.status(c.status) + (c.failure.empty() ? "" : ": " + c.failure)}));
  }
  add_verdict_section(doc, input, w);
  add_case_section(doc, input, w);
  add_sources_section(doc, input, w);
  add_budget_sections(doc, input, w);
  add_chain_sections(doc, input, pictures, w);
  add_abandoned_wells_section(doc, input, w);
  add_metrics_section(doc, input, w);
  add_control_plane_section(doc, input, pictures, w);
  add_picture_sections(doc, input, pictures, w);
  add_attenuation_section(doc, input, pictures, w);
  add_observations_section(doc, input, pictures, w);
  add_verification_section(doc, input, w);
  doc.heading(2, w(Msg::case_text_heading), "case-text");
  const std::string text = tidy_case_numbers(input.case_toml);
  doc.details({w(Msg::case_text_summary, {std::to_string(text.size())}),
               text.empty() ? w(Msg::case_text_missing) : text, "toml"});
  return doc;
}

}  // namespace gwp::reporting
