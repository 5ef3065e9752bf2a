// The sections of the report, each appended to the document in turn by report_document(), all
// worded by one Wording (the report's language and the result's start date).
#pragma once
#include <string>
#include <vector>

#include "postprocess/reporting/document.hpp"
#include "postprocess/reporting/picture_request.hpp"
#include "postprocess/reporting/report_input.hpp"
#include "postprocess/reporting/wording.hpp"

namespace gwp::reporting {

// report_document.cpp
void add_verdict_section(Document& doc, const ReportInput& input, const Wording& w);
void add_case_section(Document& doc, const ReportInput& input, const Wording& w);
void add_sources_section(Document& doc, const ReportInput& input, const Wording& w);

// report_results.cpp
void add_budget_sections(Document& doc, const ReportInput& input, const Wording& w);
void add_metrics_section(Document& doc, const ReportInput& input, const Wording& w);
void add_picture_sections(Document& doc, const ReportInput& input, const std::vector<PictureOutcome>& pictures,
                          const Wording& w);
void add_verification_section(Document& doc, const ReportInput& input, const Wording& w);

// observation_section.cpp: the samples beside the model, residual statistics and trends (only
// for a result with /observations).
void add_observations_section(Document& doc, const ReportInput& input, const std::vector<PictureOutcome>& pictures,
                              const Wording& w);

// chain_section.cpp: each reaction chain's members together, its budget and its total (only for
// a result with reaction chains).
void add_chain_sections(Document& doc, const ReportInput& input, const std::vector<PictureOutcome>& pictures,
                        const Wording& w);

// bore_section.cpp: what each abandoned well's bore carried, by direction and case layer.
void add_abandoned_wells_section(Document& doc, const ReportInput& input, const Wording& w);

// What the plume metrics count: "Areas, volumes and verdicts count layers: sand-gravel, karst (clay
// cover, red clay excluded)." when the result records the layers they were restricted to, else
// that they count all layers.
std::string metrics_layers_text(const CaseSummary& summary, const Wording& w);

}  // namespace gwp::reporting
