// The sections of the report, each appended to the document in turn by report_document().
#pragma once
#include <vector>

#include "postprocess/report/document.hpp"
#include "postprocess/report/picture_request.hpp"
#include "postprocess/report/report_input.hpp"

namespace gwp::post {

// report_document.cpp
void add_verdict_section(Document& doc, const ReportInput& input);
void add_case_section(Document& doc, const ReportInput& input);
void add_sources_section(Document& doc, const ReportInput& input);

// report_results.cpp
void add_budget_sections(Document& doc, const ReportInput& input);
void add_metrics_section(Document& doc, const ReportInput& input);
void add_picture_sections(Document& doc, const ReportInput& input, const std::vector<PictureOutcome>& pictures);
void add_verification_section(Document& doc, const ReportInput& input);

}  // namespace gwp::post
