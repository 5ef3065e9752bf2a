// The report's section "Natural attenuation (model)": the lines of evidence of monitored natural
// attenuation the run computed from the model (/metrics/<species>/trends and plume_trend), per
// species: the trend of every well and receptor, the plume's centre, mass, rate constants and the
// time it falls below the limit, with a plain reading for the engineer and a chart of the
// dissolved mass with Sen's line.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "postprocess/metrics/metrics_table.hpp"
#include "postprocess/metrics/mna_table.hpp"
#include "postprocess/reporting/document.hpp"
#include "postprocess/reporting/picture_request.hpp"
#include "postprocess/reporting/report_input.hpp"
#include "postprocess/reporting/wording.hpp"

namespace gwp::reporting {

// What one species' section shows.
struct SpeciesAttenuation {
  std::string species;
  std::optional<metrics::MnaEvidence> evidence;  // none: the result predates the tables
  std::vector<double> times, mass;               // d, g: summary rows at every output time
};

// Per species of the result (in its order), its tables and dissolved mass, read from the result.
std::vector<SpeciesAttenuation> read_attenuation(const ReportInput& input);

// The plain reading of one species: mass trend, centre, wells, when it falls below the limit,
// rate constants. Empty for a species without the tables. `limit` (mg/L): the species' limit (NaN
// or not positive: none, and nothing is said of it).
std::string attenuation_reading(const SpeciesAttenuation& a, const std::string& species_label, double limit,
                                const Wording& w);

// The dissolved mass chart of every species with the tables and at least two output times: the
// mass (kg) at every output time and Sen's line over the trend's times, dashed.
std::vector<PictureRequest> attenuation_pictures(const ReportInput& input, Language language);

// The section, after the metrics (nothing for a result without transport species).
void add_attenuation_section(Document& doc, const ReportInput& input, const std::vector<PictureOutcome>& pictures,
                             const Wording& w);

}  // namespace gwp::reporting
