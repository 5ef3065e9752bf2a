// The report of one result as a Document (written as report.html and report.md): what an engineer
// reads first (does each monitoring point and supply well stay at or below class IV), the case,
// its sources and wells, the budgets, the plume metrics at each output time, the maps and
// breakthrough curves, the verification status of the program, and the case text as run. In
// English or Chinese; every time is a date when the result has a start date.
#pragma once
#include <vector>

#include "postprocess/reporting/document.hpp"
#include "postprocess/reporting/messages.hpp"
#include "postprocess/reporting/picture_request.hpp"
#include "postprocess/reporting/report_input.hpp"

namespace gwp::reporting {

// `pictures` are the outcomes of report_pictures(input, language), in any order.
Document report_document(const ReportInput& input, const std::vector<PictureOutcome>& pictures,
                         Language language = Language::en);

}  // namespace gwp::reporting
