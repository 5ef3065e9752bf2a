// The report's section on abandoned wells: per well its state and the water in its bore, then per
// species a sentence on what the bore carried by direction, what moved after it was plugged, and
// a table by case layer at the last output time.
#include <cmath>

#include "postprocess/reporting/bore_text.hpp"
#include "postprocess/reporting/number_format.hpp"
#include "postprocess/reporting/report_sections.hpp"

namespace gwp::reporting {

namespace {

void add_species(Document& doc, const RecordedWell& well, const SpeciesFigures& s, const Wording& w) {
  const std::string& name = well.feature.name;
  const std::vector<double> times = bore_times(s.bores, name);
  if (times.empty()) {
    doc.paragraph(w.species_label(s.limits) + " — " + w(Msg::bores_not_recorded, {name}));
    return;
  }
  const double floor = kNoiseRatio * bore_mass_scale(s);
  const BoreTransfer transfer = bore_transfer(s.bores, name, times.back());
  const std::string species = w.species_label(s.limits);
  doc.paragraph(bore_sentence(transfer, species, floor, w));
  const std::string after = bore_after_plug_sentence(s.bores, well, floor, kNoiseRatio * bore_rate_scale(s), w);
  if (!after.empty()) doc.paragraph(after);
  DocumentTable table = bore_layer_table(transfer, floor, w);
  table.caption = w(Msg::bores_table_caption, {species, name, w.time(transfer.time)});
  doc.table(std::move(table));
}

}  // namespace

void add_abandoned_wells_section(Document& doc, const ReportInput& input, const Wording& w) {
  doc.heading(2, w(Msg::bores_heading), "abandoned-wells");
  const ResultFigures& r = input.figures;
  if (r.abandoned_wells.empty()) {
    doc.paragraph(w(Msg::bores_none));
    return;
  }
  const double last = r.times.empty() ? NAN : r.times.back();
  if (!r.species.empty()) doc.paragraph(w(Msg::bores_intro, {w.time(last)}));  // a flow-only run: state and water only
  for (const RecordedWell& well : r.abandoned_wells) {
    doc.heading(3, well.feature.name);
    doc.paragraph(bore_state_sentence(well, last, w));
    doc.paragraph(bore_flow_sentence(well, last, w));
    for (const SpeciesFigures& s : r.species) add_species(doc, well, s, w);
  }
}

}  // namespace gwp::reporting
