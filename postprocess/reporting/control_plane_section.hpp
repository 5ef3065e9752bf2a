// The report's section "Mass discharge through control planes": what passed each [[receptors]]
// line (/monitoring/<line>/mass_flux/<species>, every transport step), per species: the largest
// net rate and when, the rate at the end and the net mass since the start, and a chart of the net
// rate of every line against time.
#pragma once
#include <string>
#include <vector>

#include "postprocess/reporting/document.hpp"
#include "postprocess/reporting/picture_request.hpp"
#include "postprocess/reporting/report_input.hpp"
#include "postprocess/reporting/wording.hpp"

namespace gwp::reporting {

// One control plane and species over the whole run, from its net rate series.
struct ControlPlaneDischarge {
  std::string plane, species;
  double peak_rate = 0.0;  // g/d, the largest net rate forward (negative: the mass only went back)
  double peak_time = 0.0;  // d, when first reached
  double last_rate = 0.0;  // g/d, over the last step
  double net_mass = 0.0;   // g since the start: the rate integrated over the steps from t = 0
};

// Every control plane of every species of the result, in the result's order; none without them.
std::vector<ControlPlaneDischarge> control_plane_discharges(const ReportInput& input);

// A chart per species with control planes: each line's net rate (g/d) at every transport step.
std::vector<PictureRequest> control_plane_pictures(const ReportInput& input, Language language);

// The section, after the metrics (nothing for a result without control planes).
void add_control_plane_section(Document& doc, const ReportInput& input, const std::vector<PictureOutcome>& pictures,
                               const Wording& w);

}  // namespace gwp::reporting
